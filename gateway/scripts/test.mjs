#!/usr/bin/env node
// `npm run test:gateway`: builds the gateway (tsc, strict) and runs its node:test suites against the
// real OpenID Provider and the strict Open Zaak stand-in. Ends with `N passed, N failed`; exit 1 on
// any failure, a failed build, or no test at all.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const files = readdirSync(join(root, 'test')).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join('test', f));
const child = spawn(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=1', ...files], {
  cwd: root,
  env: { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let pass = 0;
let fail = 0;
let rest = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop() ?? '';
  for (const line of lines) {
    // oidc-provider's development-mode notices are expected here; keep the report readable.
    if (/^#\s*oidc-provider (WARNING|NOTICE)/.test(line)) continue;
    const p = /^# pass (\d+)/.exec(line);
    const f = /^# fail (\d+)/.exec(line);
    if (p) pass = Number(p[1]);
    if (f) fail = Number(f[1]);
    process.stdout.write(`${line}\n`);
  }
});
child.on('close', (code) => {
  if (rest) process.stdout.write(`${rest}\n`);
  if (code !== 0 && fail === 0) fail = 1;
  console.log(`${pass} passed, ${fail} failed`);
  process.exit(fail === 0 && pass > 0 ? 0 : 1);
});
