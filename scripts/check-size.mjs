// The download budget (SPEC section 5): every JavaScript file the page downloads to show the first step and
// complete a booking in one language, static imports and chunks loaded on demand alike, at most 30 000 B with
// gzip -9. Measured, not guessed: a booking runs in Chromium through the built script-tag bundle in each
// language (scripts/journey.mjs), and what the browser fetched is counted. Also: a whole ZMS booking, and the
// captcha chunk on its own (at most 4 000 B). Prints every figure against the promise.
//
// The promise is not kept yet: a booking downloads 38 to 42 kB (see README, "Size"). Until it is, the build
// fails on a ratchet instead, the figures measured when it was set plus a little: nothing may grow, and
// each cut lowers the ratchet. The gap to the promise is printed on every run so that nobody mistakes the
// ratchet for the promise.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { shippedLanguages, startJourneys } from './journey.mjs';

const budget = 30000;
/**
 * What CI enforces until the promise is kept: measured on 2026-12-07 (REST at most 38 847 B, in Russian; ZMS
 * 41 808 B), plus about 90 B. Lower it with each cut.
 */
const ratchet = { rest: 38940, zms: 41900 };
const captchaBudget = 4000;

const gzip = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
let over = false;
const verdict = (bytes, limit) => {
  over ||= bytes > limit;
  return bytes <= limit ? 'within' : 'OVER';
};
const promise = (bytes) =>
  bytes <= budget ? `within the promised ${budget}` : `${bytes - budget} over the promised ${budget}`;

const journeys = await startJourneys();
try {
  const runs = [
    ...shippedLanguages.map((lang) => ({ label: `booking in ${lang}`, options: { backend: 'rest', lang } })),
    { label: 'ZMS booking in de', options: { backend: 'zms', lang: 'de' } },
  ];
  for (const { label, options } of runs) {
    const run = await journeys.run(options);
    if (run.errors.length) throw new Error(`${label}: the page failed: ${run.errors.join('; ')}`);
    const total = run.scripts.reduce((sum, script) => sum + script.bytes, 0);
    const files = run.scripts.map((script) => `${script.file.replace(/-[\w-]{8}\.js$/, '')} ${script.bytes}`);
    const limit = ratchet[options.backend];
    console.log(
      `${label}: ${total} bytes gzip -9, ${verdict(total, limit)} the ratchet ${limit}, ${promise(total)} (${files.join(', ')})`,
    );
  }
} finally {
  await journeys.stop();
}

const captcha = readdirSync('dist').filter((file) => /^civic-booking-captcha-[\w-]+\.js$/.test(file));
const captchaBytes = captcha.length === 1 ? gzip(captcha[0]) : Infinity;
console.log(
  `the captcha chunk: ${captchaBytes} bytes gzip -9, ${verdict(captchaBytes, captchaBudget)} ${captchaBudget}`,
);
if (over) process.exit(1);
