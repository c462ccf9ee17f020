// Fails when the script-tag bundle grows past its budget (SPEC: small and fast).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = 30000;
const file = 'dist/civic-booking.js';
const gzipBytes = gzipSync(readFileSync(file), { level: 9 }).length;
const verdict = gzipBytes <= budget ? 'within' : 'OVER';
console.log(`${file}: ${gzipBytes} bytes gzip, ${verdict} the budget of ${budget}`);
if (gzipBytes > budget) process.exit(1);
