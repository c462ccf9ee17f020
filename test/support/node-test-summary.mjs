/**
 * A reporter for `node --test`: each failure, then one line `build: N passed, N failed`, as the other runners end
 * (.ci/run sums those lines).
 */
export default async function* summary(events) {
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of events) {
    if (data?.details?.type === 'suite') continue;
    if (type === 'test:pass') passed += 1;
    if (type === 'test:fail') {
      failed += 1;
      yield `✗ ${data.name}: ${data.details.error?.cause?.message ?? data.details.error?.message}\n`;
    }
  }
  yield `build: ${passed} passed, ${failed} failed\n`;
}
