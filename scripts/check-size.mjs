// Fails when the script-tag bundle grows past its budget. What counts is dist/civic-booking.js with every
// chunk it imports statically (those load before anything renders); chunks loaded on demand are listed.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = 30000;
const gzip = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const staticImports = (file) =>
  [...readFileSync(`dist/${file}`, 'utf8').matchAll(/import(?:[^"'()]*?from)?\s*["']\.\/([^"']+)["']/g)].map(
    (match) => match[1],
  );

const counted = new Set();
const visit = (file) => {
  if (counted.has(file)) return;
  counted.add(file);
  staticImports(file).forEach(visit);
};
visit('civic-booking.js');

const total = [...counted].reduce((sum, file) => sum + gzip(file), 0);
const onDemand = readdirSync('dist').filter((file) => file.endsWith('.js') && !counted.has(file));
console.log(
  `dist/civic-booking.js: ${total} bytes gzip, ${total <= budget ? 'within' : 'OVER'} the budget of ${budget}`,
);
if (counted.size > 1) console.log(`  counted with its static imports: ${[...counted].slice(1).join(', ')}`);
for (const file of onDemand) console.log(`  loaded on demand: ${file}, ${gzip(file)} bytes gzip`);

// The captcha chunk has a budget of its own (the issue "The captcha without a second framework").
const captchaBudget = 4000;
const captcha = onDemand.filter((file) => /^civic-booking-define-captcha-[\w-]+\.js$/.test(file));
const captchaOver = captcha.length !== 1 || gzip(captcha[0]) > captchaBudget;
console.log(
  `  the captcha chunk: ${captcha.map(gzip).join(', ') || 'missing'}, ${captchaOver ? 'OVER' : 'within'} its budget of ${captchaBudget}`,
);
if (total > budget || captchaOver) process.exit(1);
