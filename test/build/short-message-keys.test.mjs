// The shortening of the texts' names in the script-tag bundle (scripts/short-message-keys.mjs), on a small project
// of its own: which names it may shorten, and that the bundle it builds shows the same texts.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import ts from 'typescript';
import { shortenableMessageKeys, shortMessageKeys } from '../../scripts/short-message-keys.mjs';

const messagesTs = `
export interface BookingMessages {
  /** Read only as a property: shortened. */
  shown: string;
  /** Also read through a key that is data. */
  hinted: string;
  /** Also written as a string. */
  spelled: string;
  /** Also taken apart by destructuring. */
  picked: string;
  /** Also the name of a text inside another. */
  nested: string;
  steps: { nested: string };
}
export interface MoreMessages {
  later: string;
}
export type Messages = BookingMessages & MoreMessages;
`;

const project = {
  'src/i18n/messages.ts': messagesTs,
  'src/i18n/languages/de.ts': `import type { BookingMessages } from '../messages.js';
export const messages: BookingMessages = {
  shown: 'Gezeigt', hinted: 'Hinweis', spelled: 'Buchstabiert', picked: 'Gewählt', nested: 'Außen',
  steps: { nested: 'Innen' },
};`,
  'src/i18n/languages/more/de.ts': `import type { MoreMessages } from '../../messages.js';
export const messages: MoreMessages = { later: 'Später' };`,
  'src/show.ts': `import type { BookingMessages, Messages } from './i18n/messages.js';
import { messages as booking } from './i18n/languages/de.js';
import { messages as more } from './i18n/languages/more/de.js';
const m: Messages = { ...booking, ...more };
// The key's type names no text as a string: only the lookup tells which texts it may be.
export function show(hint: Extract<keyof BookingMessages, \`h\${string}\`>): string[] {
  const { picked } = m;
  return [m.shown, m[hint], 'spelled', m.spelled, picked, m.nested, m.steps.nested, m.later];
}`,
};

const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Writes a project (its sources, a tsconfig, and tsc's output in dist/npm/) and answers its tsconfig's path. */
function write(files) {
  const root = mkdtempSync(join(tmpdir(), 'short-message-keys-'));
  folders.push(root);
  const options = { target: 'es2022', module: 'es2022', moduleResolution: 'bundler', strict: true, rootDir: 'src' };
  const put = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('tsconfig.json', JSON.stringify({ compilerOptions: options, include: ['src/**/*.ts'] }));
  for (const [path, text] of Object.entries(files)) {
    put(path, text);
    const js = ts.transpileModule(text, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    put(path.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js'), js);
  }
  return join(root, 'tsconfig.json');
}

describe('shortening the texts’ names', () => {
  it('shortens only a name used as nothing but the name of a text', () => {
    assert.deepEqual(shortenableMessageKeys(write(project)), ['later', 'shown', 'steps']);
  });

  it('builds a bundle that shows the same texts, without the shortened names', async () => {
    const tsconfig = write(project);
    const root = dirname(tsconfig);
    const build = await rollup({
      input: join(root, 'dist/npm/show.js'),
      plugins: [shortMessageKeys({ tsconfig })],
      onwarn: (warning) => assert.fail(warning.message),
    });
    const { output } = await build.generate({ format: 'es' });
    const { code } = output[0];
    assert.doesNotMatch(code, /\bshown\b|\blater\b/);
    assert.match(code, /\$1: 'Gezeigt'/);
    writeFileSync(join(root, 'bundle.mjs'), code);
    const { show } = await import(pathToFileURL(join(root, 'bundle.mjs')).href);
    assert.deepEqual(show('hinted'), [
      'Gezeigt',
      'Hinweis',
      'spelled',
      'Buchstabiert',
      'Gewählt',
      'Außen',
      'Innen',
      'Später',
    ]);
  });

  for (const [how, code] of [
    ['Object.keys', 'Object.keys(m)'],
    ['JSON.stringify', 'JSON.stringify(m)'],
    ['a spread into an object of any names', '({ ...m }) as Record<string, string>'],
    ['a cast', '(m as Record<string, string>).shown'],
    ['for … in', '{ for (const name in m) return name; }'],
    ['in', "'shown' in m"],
    ['an assignment to a wider type', '{ const texts: object = m; return texts; }'],
    ['a return as a wider type', '((): unknown => m)()'],
    ['an object handed on', 'JSON.stringify({ texts: m })'],
    ['an array handed on', 'JSON.stringify([m])'],
    ['a shorthand property', 'JSON.stringify({ m })'],
    ['objects and arrays inside each other', '(): unknown => ({ a: [{ texts: m }] })'],
    ['texts that may be missing', 'JSON.stringify(Math.random() > 1 ? undefined : m)'],
  ]) {
    it(`refuses to guess when the texts are used as data: ${how}`, () => {
      const tsconfig = write({
        ...project,
        'src/look.ts': `import type { BookingMessages } from './i18n/messages.js';
export const look = (m: BookingMessages) => ${code};`,
      });
      assert.throws(() => shortenableMessageKeys(tsconfig), /look\.ts:2: the texts are used as data/);
    });
  }

  it('lets the texts go where their type goes: an argument, a merge, a cast, a promise', () => {
    const tsconfig = write({
      ...project,
      'src/look.ts': `import type { BookingMessages, Messages } from './i18n/messages.js';
const keep = (texts: BookingMessages) => texts.shown;
export const look = (m: BookingMessages, more: Messages) => {
  const merged = { ...m, ...more };
  return [keep(m), merged.later, { ...m } as BookingMessages, more as BookingMessages, Promise.resolve(m).then((texts) => texts)];
};`,
    });
    assert.deepEqual(shortenableMessageKeys(tsconfig), ['later', 'shown', 'steps']);
  });

  it('refuses to guess when a text is looked up by a key of any string', () => {
    const tsconfig = write({
      ...project,
      'src/look.ts': `import type { BookingMessages } from './i18n/messages.js';
export const look = (m: BookingMessages, key: string) => (m as never as BookingMessages & Record<string, string>)[key];`,
    });
    assert.throws(() => shortenableMessageKeys(tsconfig), /look\.ts:2: a text is looked up by a key of type string/);
  });
});
