#!/usr/bin/env node
// `npm test`: every check, in order, output streamed; all steps run even when one fails.
//
//   1. typecheck          npm run typecheck (tsc --noEmit -p tsconfig.json)
//   2. typecheck tests    tsc --noEmit -p tsconfig.test.json
//   3. build              npm run build (scripts/build.mjs: bundle, dist/lib, manifest, budget)
//   4. node tests         node --test on test/node/**/*.test.{mjs,js,cjs}
//   3b. build gateway     tsc -p gateway/tsconfig.json (the reference gateway, strict)
//   5. browser tests      web-test-runner (web-test-runner.config.mjs), Chromium
//   6. gateway tests      node --test on gateway/test/*.test.mjs, one file at a time
//   7. browser via gateway  web-test-runner --config web-test-runner.gateway.config.mjs: the browser tests
//                         that talk to the gateway, again through the reference gateway (issue 11)
//
// Counting: individual tests, from node's test runner (scripts/node-test-summary-reporter.mjs) and
// web-test-runner (scripts/wtr-summary-reporter.mjs), each writing its totals as JSON. A failing
// typecheck or build counts as 1 failed; so does a test runner that fails without reporting a
// failed test (crash, bad config). Passing typechecks and builds are not counted as tests.
// The last line printed is `N passed, N failed` (`, N skipped` when > 0). Exit code 1 when
// anything failed or no test ran at all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

/** Runs a command with inherited stdio; resolves to its exit code (127 when it could not start). */
function run(command, args, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

function banner(name, commandLine) {
  console.log(`\n━━━ ${name}: ${commandLine}\n`);
}

/** A step that is one check: failure counts as one failed test. */
async function checkStep(name, command, args) {
  banner(name, [command === process.execPath ? 'node' : command, ...args].join(' '));
  const code = await run(command, args);
  const ok = code === 0;
  if (!ok) totals.failed += 1;
  steps.push({ name, result: ok ? 'ok' : `FAILED (exit ${code}), counted as 1 failed` });
  return ok;
}

function listFiles(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/** node's test runner on the test files in `dir`; `extra` are its further flags (the gateway's suites share ports and Redis: one at a time). */
async function nodeTests(name = 'node tests', dir = 'test/node', extra = []) {
  const files = listFiles(dir, /\.test\.(mjs|cjs|js)$/);
  if (files.length === 0) {
    banner(name, `node --test (no files in ${dir}/)`);
    steps.push({ name, result: 'no test files' });
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'mijn-zaken-node-test-'));
  const summaryFile = join(tmp, 'summary.json');
  // Human-readable spec output on the terminal; the totals as JSON into a file (scripts/node-test-summary-reporter.mjs).
  const args = [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-summary-reporter.mjs',
    `--test-reporter-destination=${summaryFile}`,
    ...extra,
    ...files,
  ];
  banner(name, `node --test ${files.join(' ')}`);
  const code = await run(process.execPath, args);
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = undefined;
  }
  rmSync(tmp, { recursive: true, force: true });
  const pass = summary?.passed;
  let fail = summary?.failed ?? 0;
  const skipped = summary?.skipped ?? 0;
  let note = '';
  if (!summary) {
    fail = Math.max(fail, 1);
    note = ' (no summary from the test runner, counted as 1 failed)';
  } else if (code !== 0 && fail === 0) {
    fail = 1;
    note = ` (exit ${code} without a failed test, counted as 1 failed)`;
  }
  for (const failure of summary?.failures ?? []) note += `\n      ${failure.file ? `${relative(root, failure.file)}: ` : ''}${failure.name}`;
  totals.passed += pass ?? 0;
  totals.failed += fail;
  totals.skipped += skipped;
  steps.push({ name, result: `${pass ?? 0} passed, ${fail} failed${skipped ? `, ${skipped} skipped` : ''}${note}` });
}

/** web-test-runner with `config` (its default config when absent). */
async function browserTests(name = 'browser tests', config = undefined, summaryFile = '.wtr-summary/summary.json') {
  rmSync(summaryFile, { force: true });
  const bin = join(dirname(require.resolve('@web/test-runner')), 'bin.js'); // package "bin": dist/bin.js
  const args = config ? ['--config', config] : [];
  banner(name, ['web-test-runner', ...args].join(' '));
  const code = await run(process.execPath, [bin, ...args], { WTR_SUMMARY_FILE: summaryFile });
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = undefined;
  }
  let { passed = 0, failed = 0, skipped = 0 } = summary ?? {};
  let note = '';
  if (!summary) {
    failed = Math.max(failed, 1);
    note = ` (no summary written: web-test-runner exited ${code} before reporting; counted as 1 failed)`;
  } else if (code !== 0 && failed === 0) {
    failed = 1;
    note = ` (exit ${code} without a failed test, counted as 1 failed)`;
  }
  for (const e of summary?.sessionErrors ?? []) {
    note += `\n      ${e.file}${e.browser ? ` [${e.browser}]` : ''}: ${e.errors.join('; ') || 'failed without a test result'}`;
  }
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  steps.push({ name, result: `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${note}` });
}

const tsc = require.resolve('typescript/bin/tsc');
await checkStep('typecheck', npm, ['run', '--silent', 'typecheck']);
await checkStep('typecheck tests', process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.test.json']);
await checkStep('build', npm, ['run', '--silent', 'build']);
await checkStep('build gateway', npm, ['run', '--silent', 'build', '--workspace', 'gateway']);
for (const [name, step] of [
  ['node tests', () => nodeTests()],
  ['browser tests', () => browserTests()],
  // The reference gateway (gateway/): real OpenID Provider, strict Open Zaak stand-in, Redis when installed.
  ['gateway tests', () => nodeTests('gateway tests', 'gateway/test', ['--test-concurrency=1'])],
  // The element's browser tests once more, through that gateway (login at the provider, scoped by BSN, ZGW JWT).
  ['browser via gateway', () => browserTests('browser via gateway', 'web-test-runner.gateway.config.mjs', '.wtr-summary/gateway.json')],
]) {
  try {
    await step();
  } catch (error) {
    // A bug in this script must not hide as a green run.
    console.error(error);
    totals.failed += 1;
    steps.push({ name, result: `could not run (${error.message}), counted as 1 failed` });
  }
}

console.log('\n━━━ summary');
for (const { name, result } of steps) console.log(`  ${name.padEnd(19)} ${result}`);
const ran = totals.passed + totals.failed + totals.skipped;
if (ran === 0) console.log('  no tests ran');
const ok = totals.failed === 0 && totals.passed > 0;
process.exitCode = ok ? 0 : 1;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`);
