// Prints the figures of the performance budget: bundle size, start-up, month switch, slot list, filter, and
// whole bookings (requests, time to the first time, JavaScript downloaded) against the mocked backends.
// Figures, not verdicts: CI enforces only the size budget (scripts/check-size.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { shippedLanguages, startJourneys } from './journey.mjs';

const root = process.cwd();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  if (!path.startsWith('/bench/') && !path.startsWith('/dist/')) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

async function run(page, url) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`page error in ${page}: ${error.message}`));
  await tab.goto(`${origin}${url}`);
  await tab.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 120000 });
  const result = await tab.evaluate(() => window.benchResult);
  await tab.close();
  return result;
}

const ms = (value) => `${value.toFixed(1)} ms`;
try {
  const bundle = readFileSync('dist/civic-booking.js');
  console.log(
    `bundle           dist/civic-booking.js: ${gzipSync(bundle, { level: 9 }).length} bytes gzip (${bundle.length} bytes raw)`,
  );

  const startups = [];
  for (let index = 0; index < 7; index += 1) startups.push(await run('startup', '/bench/startup.html'));
  startups.sort((a, b) => a - b);
  console.log(
    `start-up         script start to concern list: median ${ms(startups[3])} of 7 loads (max ${ms(startups[6])})`,
  );

  const result = await run('interaction', '/bench/interaction.html');
  console.log(
    `month switch     3 locations x 40 slots a day, calendar and slot list: median ${ms(result.monthSwitch.median)}, max ${ms(result.monthSwitch.max)} (${result.monthSwitch.runs} switches; ${result.slotsOnDay} slot buttons on the chosen day)`,
  );
  console.log(
    `slot list        render ${result.slotList.slots} slots of one day: median ${ms(result.slotList.median)}, max ${ms(result.slotList.max)} (${result.slotList.runs} renders)`,
  );
  console.log(
    `filter           400 concerns, one keystroke to updated list: median ${ms(result.filter.median)}, max ${ms(result.filter.max)} (${result.filter.runs} queries)`,
  );
} finally {
  await browser.close();
  server.close();
}

// Whole bookings through the built bundle against mocked backends: requests, time to the first time, bytes.
const journeys = await startJourneys();
try {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [label, options] of [
    ['REST', { backend: 'rest' }],
    ['ZMS current', { backend: 'zms', generation: 'current' }],
    ['ZMS legacy', { backend: 'zms', generation: 'legacy' }],
  ]) {
    for (const throttled of [false, true]) {
      const runs = [];
      for (let index = 0; index < 5; index += 1) runs.push(await journeys.run({ ...options, throttled }));
      const [first] = runs;
      const profile = throttled ? 'phone' : 'unthrottled';
      console.log(
        `journey          ${label}, ${profile}: first step ${ms(median(runs.map((r) => r.toFirstStep)))}, service to first time ${ms(median(runs.map((r) => r.toFirstTime)))} (medians of 5); API requests: ${first.requestsBeforeChoice} before the first step, ${first.requestsAfterChoice} from choosing the service to the first time, ${first.requests.length} in all`,
      );
      if (!throttled) {
        const total = first.scripts.reduce((sum, script) => sum + script.bytes, 0);
        console.log(
          `                 JavaScript of the whole booking: ${total} bytes gzip -9 in ${first.scripts.length} files (${first.scripts.map((script) => `${script.file} ${script.bytes}`).join(', ')})`,
        );
      }
    }
  }
  // What a booking downloads in each language: the same script, that language's texts.
  for (const lang of shippedLanguages) {
    const { scripts } = await journeys.run({ backend: 'rest', lang });
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    const texts = scripts.find((script) => script.file.startsWith('civic-booking-lang-'));
    console.log(
      `language         ${lang}: JavaScript of a whole REST booking ${total} bytes gzip -9 (its texts ${texts?.bytes ?? 0})`,
    );
  }
} finally {
  await journeys.stop();
}
