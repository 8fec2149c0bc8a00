#!/usr/bin/env node
// `npm run build`: everything that ships.
//
//   0. src/mijn-zaken/tokens.styles.ts and the README token table from tokens/ (scripts/build-tokens.mjs)
//   1. dist/mijn-zaken.js    Vite 8 library build (vite.config.ts) of src/mijn-zaken.ts: one
//                            self-contained, minified ES module, Lit bundled (CDN / <script> use)
//   1b. dist/mijn-zaken-{name}.js  vite.{name}.config.ts, one per row of scripts/lib/on-demand-modules.mjs:
//                            the on-demand modules, acts (CONTRACT 8: tasks, questions) and live (CONTRACT 9:
//                            live updates), loaded by dist/mijn-zaken.js from its own directory when needed
//   2. dist/lib/**           tsc -p tsconfig.json: the npm package's ESM + .d.ts, Lit external
//   3. custom-elements.json  @custom-elements-manifest/analyzer (custom-elements-manifest.config.mjs)
//   4. checks on dist/mijn-zaken.js: gzip -9 size within budget, no imports, no URLs but the
//      allowed namespace names, no Lit dev mode, no other files next to it, parses in Node
//
// Every step runs even when an earlier one failed, so one run shows every problem; the exit
// code is 1 when any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ALLOWED_URLS, GZIP_BUDGET_BYTES, bundlePath, checkBundle, checkOnDemandBundle, formatBytes, onDemandBundlePath, onDemandModules, repoRoot } from './lib/bundle-checks.mjs';
import { ON_DEMAND_MODULES, moduleFileName } from './lib/on-demand-modules.mjs';

const require = createRequire(import.meta.url);
process.chdir(repoRoot);
// Production conditions and no Lit dev mode, whatever the caller's environment says.
process.env.NODE_ENV = 'production';

const failures = [];
const fail = (step, message) => {
  failures.push(`${step}: ${message}`);
  console.error(`✗ ${step}: ${message}`);
};
const heading = (text) => console.log(`\n── ${text}`);

/** Runs a Node CLI with this Node, output streamed; returns true on exit code 0. */
function runNode(step, script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', cwd: repoRoot });
  if (result.error) fail(step, result.error.message);
  else if (result.status !== 0) fail(step, `exited with ${result.status ?? result.signal}`);
  return !result.error && result.status === 0;
}

// 0. Clean: a stale file must never pass for a fresh one.
rmSync(join(repoRoot, 'dist'), { recursive: true, force: true });
rmSync(join(repoRoot, 'custom-elements.json'), { force: true });

// 0b. Design tokens: tokens/*.tokens.json → src/mijn-zaken/tokens.styles.ts and the README table.
heading('style dictionary → src/mijn-zaken/tokens.styles.ts, README token table');
runNode('tokens', 'scripts/build-tokens.mjs', []);

// 1. The CDN bundle.
heading('vite build → dist/mijn-zaken.js');
const entry = 'src/mijn-zaken.ts';
if (!existsSync(entry)) {
  fail('bundle', `${entry} does not exist`);
} else {
  try {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'vite.config.ts'), mode: 'production' });
  } catch (error) {
    fail('bundle', `vite build failed (details above): ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
const bundleBuilt = existsSync(bundlePath);
if (bundleBuilt) {
  const extra = readdirSync('dist').filter((name) => name !== 'mijn-zaken.js');
  if (extra.length > 0) fail('bundle', `vite wrote files besides dist/mijn-zaken.js: ${extra.join(', ')}`);
} else if (!failures.some((f) => f.startsWith('bundle'))) {
  fail('bundle', 'vite finished but dist/mijn-zaken.js is missing');
}

// 1b. The on-demand modules (CONTRACT 1; scripts/lib/on-demand-modules.mjs), beside the bundle, one
// vite.{name}.config.ts each; after each, dist/ holds only the files built so far.
const builtFiles = ['mijn-zaken.js'];
const onDemandBuilt = new Map();
for (const module of ON_DEMAND_MODULES) {
  const fileName = moduleFileName(module);
  const step = `${module.name} module`;
  heading(`vite build → dist/${fileName}`);
  try {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, `vite.${module.name}.config.ts`), mode: 'production' });
  } catch (error) {
    fail(step, `vite build failed (details above): ${String(error?.message ?? error).split('\n')[0]}`);
  }
  const built = existsSync(onDemandBundlePath(module));
  onDemandBuilt.set(module, built);
  if (!built && !failures.some((f) => f.startsWith(step))) fail(step, `vite finished but dist/${fileName} is missing`);
  builtFiles.push(fileName);
  const extra = readdirSync('dist').filter((name) => !builtFiles.includes(name));
  if (extra.length > 0) fail(step, `the ${module.name} build wrote other files: ${extra.join(', ')}`);
}

// 2. The npm package's modules and types.
heading('tsc -p tsconfig.json → dist/lib/');
if (runNode('tsc', require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.json'])) {
  for (const file of ['dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/define.js', 'dist/lib/define.d.ts']) {
    if (!existsSync(file)) fail('tsc', `${file} was not emitted`);
  }
}

// 3. The Custom Elements Manifest.
heading('custom-elements-manifest analyze → custom-elements.json');
const cem = join(require.resolve('@custom-elements-manifest/analyzer/package.json'), '..', 'cem.js');
if (runNode('manifest', cem, ['analyze', '--config', 'custom-elements-manifest.config.mjs'])) {
  try {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const tags = manifest.modules?.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean) ?? [];
    console.log(`custom-elements.json: ${manifest.modules?.length ?? 0} modules, tags: ${tags.join(', ') || '(none)'}`);
  } catch (error) {
    fail('manifest', `custom-elements.json is missing or not JSON (${error.message})`);
  }
}

// 4. Checks on the bundle.
heading('checks on dist/mijn-zaken.js');
if (bundleBuilt) {
  const { raw, gzip, problems } = await checkBundle(bundlePath);
  console.log(`dist/mijn-zaken.js: ${formatBytes(raw)} raw, ${formatBytes(gzip)} gzip -9`);
  console.log(
    `budget: ${formatBytes(GZIP_BUDGET_BYTES)} gzip, Lit included — ${((gzip / GZIP_BUDGET_BYTES) * 100).toFixed(1)}% used`,
  );
  console.log(`allowed absolute URLs (XML namespace names only): ${ALLOWED_URLS.join(', ')}`);
  for (const problem of problems) fail('bundle check', problem);
  // esbuild parses decorators and other not-yet-standard syntax; Node's V8 does not.
  const syntax = spawnSync(process.execPath, ['--check', bundlePath], { encoding: 'utf8' });
  if (syntax.status !== 0) fail('bundle check', `not plain ES2022 (node --check):\n${syntax.stderr}`);
  if (problems.length === 0 && syntax.status === 0) console.log('✓ self-contained, no imports, no foreign URLs, no Lit dev mode');
} else {
  console.log('skipped: no bundle');
}

if (bundleBuilt) {
  const loads = onDemandModules(readFileSync(bundlePath, 'utf8'));
  console.log(`\ndist/mijn-zaken.js loads on demand: ${loads.join(', ') || '(nothing yet)'}`);
}
for (const module of ON_DEMAND_MODULES) {
  const file = onDemandBundlePath(module);
  const step = `${module.name} check`;
  heading(`checks on dist/${moduleFileName(module)}`);
  if (!onDemandBuilt.get(module) || !bundleBuilt) {
    console.log('skipped: no bundle');
    continue;
  }
  const { raw, gzip, problems } = await checkOnDemandBundle(module);
  console.log(`dist/${moduleFileName(module)}: ${formatBytes(raw)} raw, ${formatBytes(gzip)} gzip -9 (on demand: ${module.onDemand})`);
  for (const problem of problems) fail(step, problem);
  const syntax = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  if (syntax.status !== 0) fail(step, `not plain ES2022 (node --check):\n${syntax.stderr}`);
  if (problems.length === 0 && syntax.status === 0) console.log('✓ no Lit of its own, no imports, no foreign URLs; none of it in dist/mijn-zaken.js');
}

if (failures.length > 0) {
  console.error(`\nbuild FAILED (${failures.length} problem${failures.length === 1 ? '' : 's'}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`\nbuild OK: ${['mijn-zaken.js', ...ON_DEMAND_MODULES.map(moduleFileName)].map((name) => `dist/${name}`).join(', ')}, dist/lib/, custom-elements.json`);
