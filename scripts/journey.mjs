// Books through the built script-tag bundle in Chromium, as a citizen would, on bench/journey.html: counts the
// API requests up to the first time shown, times the way there, and lists every JavaScript file the page
// downloaded (with its gzip -9 size). Used by `npm run bench` and by the download budget (check-size.mjs).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { serveMockServiceWorker } from '../test/support/serve-mock-service-worker.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** The languages the widget ships, each booked in by the size check and the benchmark. */
export const shippedLanguages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl', 'ro', 'bg', 'sq', 'fr'];

/** Serves the repository as the demo does (TypeScript compiled on the fly, msw's worker at the root). */
export async function startJourneys() {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      port: 0,
      nodeResolve: { exportConditions: ['browser', 'development'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), serveMockServiceWorker()],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    run: (options) => journey(browser, origin, options),
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/** A phone on a mobile network: about 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Lighthouse's "slow 4G"). */
const phone = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, offline: false };

const gzipSizeOf = (path) => gzipSync(readFileSync(path.slice(1)), { level: 9 }).length;

/**
 * One booking: `backend` `rest` or `zms`, `generation`, `lang`, `throttled` (the phone profile). Answers the
 * figures: `toFirstStep` and `toFirstTime` (ms), the API requests before the first step, after choosing the
 * service and in all, and `scripts`: each JavaScript file of the bundle the page fetched, with its size.
 */
async function journey(browser, origin, { backend = 'rest', generation = 'current', lang = 'de', throttled = false }) {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const apiPath = backend === 'zms' ? '/buergeransicht/api/citizen/' : '/api/v1/';
  const api = [];
  const scripts = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith(apiPath)) api.push(`${request.method()} ${url.pathname.slice(apiPath.length - 1)}`);
    if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', phone);
  }
  // The mocked API answers from the Service Worker, which the network emulation does not slow down: its
  // answers wait for the phone's round trip on the page instead.
  const latency = throttled ? String(phone.latency) : '0';
  const query = new URLSearchParams({ backend, generation, lang, latency });
  await page.goto(`${origin}/bench/journey.html?${query}`);
  const widget = page.locator('civic-booking');

  const concern = widget.locator('civic-concern-picker input[type="checkbox"]').first();
  await concern.waitFor({ timeout: 60000 });
  const beforeChoice = api.length;
  await concern.check({ force: true });
  await widget.locator('button.next').click();
  const firstTime = widget.locator('civic-slot-picker button').first();
  const location = widget.locator('civic-location-picker input[type="radio"]').first();
  await Promise.race([firstTime.waitFor({ timeout: 60000 }), location.waitFor({ timeout: 60000 })]);
  if (await location.isVisible()) {
    // "Earliest at any location" comes first.
    await location.check({ force: true });
    await widget.locator('button.next').click();
    await firstTime.waitFor({ timeout: 60000 });
  }
  // The page notes the first time on its next frame, which may come after Playwright saw it.
  await page.waitForFunction(() => window.journeyMarks.firstTime !== undefined, null, { timeout: 60000 });
  const marks = await page.evaluate(() => window.journeyMarks);
  const requestsToFirstTime = api.length;
  const afterChoice = api.length - beforeChoice;

  await firstTime.click();
  const form = widget.locator('civic-contact-form');
  await form.locator('input[autocomplete="name"]').fill('Ada Yılmaz');
  const email = form.locator('input[autocomplete="email"]');
  if (await email.count()) await email.fill('ada@example.org');
  const phoneField = form.locator('input[autocomplete="tel"]');
  if (await phoneField.count()) await phoneField.fill('+49 89 233 96000');
  await form.locator('input[type="checkbox"]').check({ force: true });
  await widget.locator('button.next').click();
  await widget.locator('button.book').click();
  // Done once the confirmation view has rendered itself.
  await page.waitForFunction(
    () =>
      document.querySelector('civic-booking').shadowRoot.querySelector('civic-booking-details')?.shadowRoot
        ?.childElementCount > 0,
    null,
    { timeout: 60000 },
  );
  await context.close();
  return {
    toFirstStep: marks.firstStep,
    toFirstTime: marks.firstTime - marks.chosen,
    requestsBeforeChoice: beforeChoice,
    requestsAfterChoice: afterChoice,
    requestsToFirstTime,
    requests: api,
    scripts: [...scripts].map((path) => ({ file: path.slice('/dist/'.length), bytes: gzipSizeOf(path) })),
    errors,
  };
}
