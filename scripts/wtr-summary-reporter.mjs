// A web-test-runner reporter that writes the run's totals to a JSON file for scripts/test.mjs:
//   { "passed": N, "failed": N, "skipped": N, "files": N, "sessionErrors": [...] }
// Individual tests are counted (suites walked recursively). A test file whose session failed
// without any failed test (it didn't load, a hook threw, the browser crashed, it timed out)
// counts as one failed test, so such a failure is never lost.
// The file defaults to .wtr-summary/summary.json (git-ignored by `.wtr-*/`); WTR_SUMMARY_FILE overrides.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const DEFAULT_SUMMARY_FILE = '.wtr-summary/summary.json';

function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/** Totals over the sessions (one per test file and browser). */
export function summarize(sessions) {
  const totals = { passed: 0, failed: 0, skipped: 0, files: 0, sessionErrors: [] };
  for (const session of sessions ?? []) {
    totals.files += 1;
    const own = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, own);
    totals.passed += own.passed;
    totals.skipped += own.skipped;
    totals.failed += own.failed;
    if (session.passed === false && own.failed === 0) {
      totals.failed += 1;
      totals.sessionErrors.push({
        file: relative(process.cwd(), session.testFile ?? ''),
        browser: session.browser?.name,
        errors: (session.errors ?? []).map((e) => e.message ?? String(e)),
      });
    }
  }
  return totals;
}

export function wtrSummaryReporter({ file = process.env.WTR_SUMMARY_FILE ?? DEFAULT_SUMMARY_FILE } = {}) {
  const path = resolve(file);
  const write = (sessions) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(summarize(sessions), null, 2)}\n`);
  };
  return {
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}

export default wtrSummaryReporter;
