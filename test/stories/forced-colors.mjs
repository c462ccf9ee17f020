#!/usr/bin/env node
/**
 * Forced-colours smoke check: renders every built story in Chromium with `forced-colors: active` emulated
 * (Playwright's `forcedColors`, which a page cannot switch on by itself, so it cannot live in web-test-runner)
 * and checks that it renders text, throws nothing and that axe finds nothing.
 *
 *   npm run build-storybook && node test/stories/forced-colors.mjs
 *
 * Serves storybook-static/ on 127.0.0.1 only. Prints "N passed, N failed" last; exits 1 on any failure.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/* global window, document, matchMedia -- page.evaluate() runs in the browser */

const require = createRequire(import.meta.url);
const root = join(process.cwd(), 'storybook-static');
const indexPath = join(root, 'index.json');
if (!existsSync(indexPath)) {
  console.error('storybook-static/index.json is missing: run "npm run build-storybook" first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(await readFile(indexPath, 'utf8')).entries).filter((e) => e.type === 'story');
if (stories.length === 0) {
  console.error(`No stories in ${indexPath}: the check would pass on nothing.`);
  console.log('forced-colors: 0 passed, 1 failed');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const context = await browser.newContext({ forcedColors: 'active', viewport: { width: 1024, height: 800 } });
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 15000 });
    await page.waitForTimeout(200);
    const result = await page.evaluate(async (axe) => {
      const forced = matchMedia('(forced-colors: active)').matches;
      const errorShown = document.body.classList.contains('sb-show-errordisplay');
      const storyRoot = document.querySelector('#storybook-root');
      let text = '';
      const walk = (node) => {
        if (node.nodeType === 3) text += node.textContent;
        else if (node.shadowRoot) walk(node.shadowRoot);
        else if (!['SCRIPT', 'STYLE'].includes(node.tagName)) node.childNodes.forEach(walk);
      };
      walk(storyRoot);
      if (!window.axe) new Function(axe)();
      let violations = ['axe never ran: another run was always in progress'];
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          // In forced colours the user's palette sets every colour, but axe computes contrast from the
          // author's colours (a false alarm there, checked by eye); contrast is checked in the normal pass.
          const options = { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } };
          violations = (await window.axe.run(storyRoot, options)).violations.map(
            (v) => `${v.id} ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`,
          );
          break;
        } catch (error) {
          if (!String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return { forced, errorShown, text: text.trim().length, violations };
    }, axeSource);
    const problems = [];
    if (!result.forced) problems.push('forced colours not active');
    if (result.errorShown) problems.push('Storybook error display');
    if (result.text === 0) problems.push('no visible text');
    if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
    if (result.violations.length) problems.push(`axe: ${result.violations.join(', ')}`);
    if (problems.length) {
      failed++;
      console.log(`✗ ${story.title} › ${story.name}: ${problems.join(' | ')}`);
    } else passed++;
  } catch (error) {
    failed++;
    console.log(`✗ ${story.title} › ${story.name}: ${error}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`forced-colors: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
