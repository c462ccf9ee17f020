// The layers (README, "How it is built") as the linter enforces them: an import against them fails `npm run lint`,
// one along them passes. Each case lints a made-up file at a path in src/, as a change there would be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The messages of the layer rule for `code` in a file at `path`. */
async function layerErrors(path, code) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('the layers', () => {
  const refused = [
    ['src/domain/made-up.ts', "import { html } from 'lit';", 'domain must not import lit'],
    [
      'src/domain/made-up.ts',
      "import { RestAdapter } from '../adapters/rest/rest-adapter.js';",
      'must not import adapters',
    ],
    [
      'src/adapters/rest/made-up.ts',
      "import { BookingFlow } from '../../flow/booking-flow.js';",
      'must not import flow',
    ],
    [
      'src/flow/made-up.ts',
      "import { RestAdapter } from '../adapters/rest/rest-adapter.js';",
      'must not import adapters',
    ],
    ['src/flow/made-up.ts', "import { languages } from '../i18n/languages.js';", 'must not import i18n'],
    [
      'src/elements/civic-calendar/made-up.ts',
      "import { ZmsAdapter } from '../../adapters/zms/zms-adapter.js';",
      'must not import adapters',
    ],
    [
      'src/elements/civic-calendar/made-up.ts',
      "import { worker } from '../../mocks/browser.js';",
      'must not import mocks',
    ],
  ];
  for (const [path, code, expected] of refused) {
    it(`refuses in ${path}: ${code}`, async () => {
      const errors = await layerErrors(path, `${code}\nexport const use = [${/\{ (\w+) \}/.exec(code)[1]}];\n`);
      assert.equal(errors.length, 1, `expected one layer error, got: ${JSON.stringify(errors)}`);
      assert.match(errors[0], new RegExp(expected));
    });
  }

  const allowed = [
    ['src/flow/made-up.ts', "import type { BookingAdapter } from '../adapters/booking-adapter.js';"],
    ['src/elements/civic-calendar/made-up.ts', "import { BookingFlow } from '../../flow/booking-flow.js';"],
    ['src/adapters/rest/made-up.ts', "import { BookingError } from '../../domain/booking-error.js';"],
  ];
  for (const [path, code] of allowed) {
    it(`allows in ${path}: ${code}`, async () => {
      assert.deepEqual(await layerErrors(path, `${code}\nexport type Used = ${/\{ (\w+) \}/.exec(code)[1]};\n`), []);
    });
  }
});
