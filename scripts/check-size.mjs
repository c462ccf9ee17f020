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
if (total > budget) process.exit(1);
