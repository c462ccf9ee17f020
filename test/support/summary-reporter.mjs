/**
 * Prints one closing line, `N passed, N failed`, after web-test-runner's own summary, so that CI can read the
 * result of a run without parsing the default reporter's output.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;

  function count(suite) {
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  }

  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that fails to load or throws outside a test has no test results, but it is a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += 1;
      }
    },
    stop() {
      process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
    },
  };
}
