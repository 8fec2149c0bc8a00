// CONTRACT 1 and issue 12: the tasks and questions code is a module beside dist/mijn-zaken.js, loaded
// on demand; a read-only page loads none of it. Runs after the build (scripts/test.mjs builds first).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ACTS_MARKERS,
  actsBundlePath,
  bundlePath,
  checkActsBundle,
  findImports,
  formatBytes,
  gzipSize,
  onDemandModules,
  repoRoot,
} from '../../scripts/lib/bundle-checks.mjs';

const built = (t) => {
  for (const file of [bundlePath, actsBundlePath]) assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  return true;
};

test('dist/mijn-zaken-acts.js: self-contained, no Lit of its own, no foreign URL; dist/mijn-zaken.js holds none of it', async (t) => {
  built(t);
  const { gzip, problems } = await checkActsBundle();
  assert.deepEqual(problems, []);
  t.diagnostic(`dist/mijn-zaken-acts.js ${formatBytes(gzip)} gzip -9; dist/mijn-zaken.js ${formatBytes(gzipSize(readFileSync(bundlePath)))}`);
});

test('the read-only bundle contains no acts marker, the acts module every one (the markers are real)', () => {
  const main = readFileSync(bundlePath, 'utf8');
  const acts = readFileSync(actsBundlePath, 'utf8');
  assert.deepEqual(ACTS_MARKERS.filter((marker) => main.includes(marker)), []);
  assert.deepEqual(ACTS_MARKERS.filter((marker) => !acts.includes(marker)), []);
});

test('the acts module resolves on :host every private token it reads (the main bundle renames its own)', () => {
  const acts = readFileSync(actsBundlePath, 'utf8');
  const declared = new Set(acts.match(/--_mz-[a-z0-9-]+(?=:)/g) ?? []);
  const read = new Set(acts.match(/(?<=var\()--_mz-[a-z0-9-]+/g) ?? []);
  assert.ok(read.size > 15, `only ${read.size} tokens read`);
  assert.deepEqual([...read].filter((name) => !declared.has(name)), []);
  // Never a public token declared: that would block the theme.
  assert.deepEqual(acts.match(/--(?:mijnzaken|basis|todo|utrecht|denhaag)-[a-z0-9-]+(?=:)/g) ?? [], []);
});

test('the bundle check lets exactly the on-demand import of a module beside the bundle through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mijn-zaken-acts-'));
  try {
    const file = (name, code) => {
      writeFileSync(join(dir, name), code);
      return join(dir, name);
    };
    const beside = file('a.js', 'export const load=()=>import(new URL(`./mijn-zaken-acts.js`,import.meta.url).href);');
    assert.deepEqual(await findImports(beside), []);
    assert.deepEqual(onDemandModules(readFileSync(beside, 'utf8')), ['mijn-zaken-acts.js']);
    const elsewhere = file('b.js', 'export const load=()=>import(new URL(`https://cdn.example/x.js`,import.meta.url).href);');
    assert.notDeepEqual(await findImports(elsewhere), []);
    const up = file('c.js', 'export const load=()=>import(new URL(`../mijn-zaken-acts.js`,import.meta.url).href);');
    assert.notDeepEqual(await findImports(up), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in the CDN build, loadActs() loads dist/mijn-zaken-acts.js from the bundle directory and inlines none of it', async () => {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'mijn-zaken-loader-'));
  try {
    const entry = join(repoRoot, 'src', 'acts', '.loader-probe.tmp.ts');
    writeFileSync(entry, "import { loadActs } from './load.js';\nexport const probe = loadActs;\n");
    try {
      await build({
        configFile: join(repoRoot, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir: dir, lib: { entry, formats: ['es'], fileName: () => 'probe.js' }, emptyOutDir: true },
      });
    } finally {
      rmSync(entry, { force: true });
    }
    const code = readFileSync(join(dir, 'probe.js'), 'utf8');
    assert.deepEqual(onDemandModules(code), ['mijn-zaken-acts.js']);
    assert.deepEqual(await findImports(join(dir, 'probe.js')), []);
    assert.deepEqual(ACTS_MARKERS.filter((marker) => code.includes(marker)), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
