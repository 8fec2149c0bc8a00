// The built package: what `npm run build` writes and what npm would publish.
// Runs after the build (scripts/test.mjs builds first); on its own: `npm run build && npm run test:node`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import {
  GZIP_BUDGET_BYTES,
  bundlePath,
  checkBundle,
  findImports,
  formatBytes,
  repoRoot,
} from '../../scripts/lib/bundle-checks.mjs';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** Fails with a clear instruction when a build output is missing. */
function built(relativePath) {
  const path = join(repoRoot, relativePath);
  assert.ok(existsSync(path), `${relativePath} is missing: run \`npm run build\` first (npm test does that for you)`);
  return path;
}

/** All string targets in a package.json `exports` value (conditions and subpaths, recursively). */
function exportTargets(value, key = '.') {
  if (typeof value === 'string') return [{ key, target: value }];
  if (Array.isArray(value)) return value.flatMap((v) => exportTargets(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => exportTargets(v, k.startsWith('.') ? k : `${key} [${k}]`));
  }
  return [];
}

/**
 * For checks that build on a file the 'exists' tests already check: skip instead of repeating
 * the same failure. Returns the absolute path, or undefined after skipping.
 */
function needs(t, relativePath) {
  const path = join(repoRoot, relativePath);
  if (existsSync(path)) return path;
  t.skip(`${relativePath} is missing (see the failed 'exists' test)`);
  return undefined;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

describe('dist/mijn-zaken.js (CDN bundle)', () => {
  it('exists', () => {
    built('dist/mijn-zaken.js');
  });

  it(`is within the gzip budget of ${GZIP_BUDGET_BYTES} bytes, and passes the build's bundle checks`, async (t) => {
    if (!needs(t, 'dist/mijn-zaken.js')) return;
    const { gzip, problems } = await checkBundle(bundlePath);
    assert.ok(gzip <= GZIP_BUDGET_BYTES, `gzip size ${formatBytes(gzip)} > budget ${formatBytes(GZIP_BUDGET_BYTES)}`);
    assert.deepEqual(problems, []);
  });

  it('imports nothing (no bare, relative or URL imports)', async (t) => {
    if (!needs(t, 'dist/mijn-zaken.js')) return;
    assert.deepEqual(await findImports(bundlePath), []);
  });

  it('has only its on-demand acts and live modules next to it and dist/lib/ (CONTRACT 1)', (t) => {
    if (!needs(t, 'dist/mijn-zaken.js')) return;
    assert.deepEqual(
      readdirSync(join(repoRoot, 'dist')).filter((name) => name !== 'lib').sort(),
      ['mijn-zaken-acts.js', 'mijn-zaken-live.js', 'mijn-zaken.js'],
    );
  });

  it('registers <mijn-zaken>', (t) => {
    const path = needs(t, 'dist/mijn-zaken.js');
    if (!path) return;
    const code = readFileSync(path, 'utf8');
    assert.match(code, /["'`]mijn-zaken["'`]/, 'the tag name does not occur in the bundle');
    assert.match(code, /customElements/, 'the bundle never touches customElements');
  });
});

describe('dist/lib/ (npm package modules)', () => {
  it('has index.d.ts and define.d.ts', () => {
    built('dist/lib/index.d.ts');
    built('dist/lib/define.d.ts');
  });

  it('keeps Lit as an external import (not bundled)', (t) => {
    const dir = needs(t, 'dist/lib/index.js') && join(repoRoot, 'dist/lib');
    if (!dir) return;
    const files = [...walk(dir)].filter((f) => f.endsWith('.js'));
    const importsLit = files.some((f) => /\bfrom\s*["'](lit|lit\/[^"']+|@lit\/[^"']+)["']/.test(readFileSync(f, 'utf8')));
    assert.ok(importsLit, 'no module in dist/lib imports "lit"');
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      assert.ok(!code.includes('Copyright 2017 Google LLC'), `${relative(repoRoot, f)} contains Lit's own code`);
    }
  });
});

describe('package.json', () => {
  const targets = exportTargets(pkg.exports);

  it('has exports', () => {
    assert.ok(targets.length > 0, 'package.json has no exports');
  });

  it('every exports target exists', () => {
    const missing = targets
      .filter(({ target }) => !existsSync(join(repoRoot, target)))
      .map(({ key, target }) => `${key} → ${target}`);
    assert.deepEqual(missing, [], `missing export targets (run \`npm run build\` first?):\n  ${missing.join('\n  ')}`);
  });

  it('main, module, types and sideEffects point at existing files', () => {
    const paths = [pkg.main, pkg.module, pkg.types, ...(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [])].filter(
      Boolean,
    );
    const missing = paths.filter((p) => !existsSync(join(repoRoot, p)));
    assert.deepEqual(missing, [], `missing (run \`npm run build\` first?): ${missing.join(', ')}`);
  });

  it('npm pack would publish every exports target', (t) => {
    if (!needs(t, 'dist/mijn-zaken.js')) return;
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const packed = new Set(JSON.parse(out)[0].files.map((f) => f.path));
    const unpublished = targets
      .map(({ target }) => target.replace(/^\.\//, ''))
      .filter((target) => !packed.has(target));
    assert.deepEqual(unpublished, [], 'exports targets missing from the npm package (package.json "files")');
  });
});

describe('custom-elements.json', () => {
  it('declares the mijn-zaken tag', () => {
    const manifest = JSON.parse(readFileSync(built('custom-elements.json'), 'utf8'));
    const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
    const element = declarations.find((d) => d.tagName === 'mijn-zaken' && d.customElement);
    assert.ok(element, 'no declaration with tagName "mijn-zaken" and customElement: true');
  });

  it('documents exactly the public API of CONTRACT 2 and 6 (with the parts and event of section 8)', () => {
    const manifest = JSON.parse(readFileSync(built('custom-elements.json'), 'utf8'));
    const element = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mijn-zaken');
    const names = (list) => (list ?? []).map((item) => item.name).sort();
    assert.deepEqual(
      names(element.attributes),
      ['audience', 'credentials', 'gateway', 'heading-level', 'hide-uninformed', 'max-confidentiality', 'navigation', 'refresh', 'zaak'],
    );
    // mijn-zaken-submit: CONTRACT 8; mijn-zaken-update: CONTRACT 6, 9; mijn-zaken-view: issue 14 (statistics without personal data).
    assert.deepEqual(names(element.events), ['mijn-zaken-error', 'mijn-zaken-load', 'mijn-zaken-select', 'mijn-zaken-submit', 'mijn-zaken-update', 'mijn-zaken-view']);
    assert.deepEqual(names(element.slots), ['empty', 'help', 'login']);
    assert.deepEqual(
      names(element.cssParts),
      ['answer', 'detail', 'details', 'document', 'documents', 'error', 'overview', 'question', 'question-form', 'questions', 'step', 'step-marker', 'sub-steps', 'task', 'tasks', 'timeline', 'upload', 'upload-progress', 'zaak'],
    );
    const members = new Set((element.members ?? []).filter((m) => m.privacy !== 'private').map((m) => m.name));
    for (const property of ['accessToken', 'headers', 'labels']) assert.ok(members.has(property), property);
  });
});
