// A node:test reporter that writes the run's totals as one JSON object, for scripts/test.mjs:
//   { "passed": N, "failed": N, "skipped": N, "failures": [{ "name", "file" }] }
// Counted as node's own summary counts: tests, not suites (describe blocks); skipped and todo tests
// are "skipped"; a failed or cancelled test is "failed", so is a test file that fails to load
// (node reports it as a failed test). The browser run has the same in scripts/wtr-summary-reporter.mjs.
//   node --test --test-reporter=./scripts/node-test-summary-reporter.mjs --test-reporter-destination=summary.json
export default async function* nodeTestSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip !== undefined || data.todo !== undefined) totals.skipped += 1;
    else if (type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push({ name: data.name, file: data.file });
    }
  }
  yield `${JSON.stringify(totals, null, 2)}\n`;
}
