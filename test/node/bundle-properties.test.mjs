// Custom properties in the CDN bundle: the build (vite.config.ts) gives the private `--_mz-*` names
// short ones; the public tokens a theme sets must reach the bundle exactly as the sources read them.
// Runs after the build (scripts/test.mjs builds first). test/browser/bundle/ checks the bundle
// renders as the sources do in every theme.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundlePath, repoRoot } from '../../scripts/lib/bundle-checks.mjs';

const PUBLIC = /--(?:mijnzaken|todo|basis|denhaag|utrecht)-[\w-]+/g;

function bundle() {
  assert.ok(existsSync(bundlePath), 'dist/mijn-zaken.js is missing: run `npm run build` first (npm test does that for you)');
  return readFileSync(bundlePath, 'utf8');
}

/** The text of every css`` literal in src/, comments removed: what the bundle's styles come from. */
function sourceCss() {
  return readdirSync(join(repoRoot, 'src'), { withFileTypes: true, recursive: true })
    // src/acts/ is the on-demand module (dist/mijn-zaken-acts.js, test/node/acts-bundle.test.mjs), not this bundle.
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !join(entry.parentPath ?? entry.path, entry.name).startsWith(join(repoRoot, 'src', 'acts')))
    .flatMap((entry) => [...readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').matchAll(/\bcss`([^`]*)`/g)])
    .map((match) => match[1].replace(/\/\*[\s\S]*?\*\//g, ''))
    .join('\n');
}

const names = (text, pattern) => new Set(text.match(pattern) ?? []);

test('no long private custom property name survives in the bundle', () => {
  assert.deepEqual([...names(bundle(), /--_mz-[\w-]+/g)], []);
});

test('every private property the bundle reads, it declares: one short name per source name', () => {
  const code = bundle();
  const declared = names(code, /--_[a-z]+(?=:)/g);
  const read = names(code, /(?<=var\()--_[a-z]+\b/g);
  assert.ok(declared.size > 40, `only ${declared.size} private properties declared`);
  assert.deepEqual([...read].filter((name) => !declared.has(name)), [], 'read but never declared');
  assert.equal(names(code, /--_[a-z]+\b/g).size, names(sourceCss(), /--_mz-[\w-]+/g).size, 'distinct private names, bundle against sources');
});

test('the public tokens (--mijnzaken-*, --todo-*, --basis-*, --denhaag-*, --utrecht-*) are the ones the sources read', () => {
  const inBundle = names(bundle(), PUBLIC);
  const inSources = names(sourceCss(), PUBLIC);
  assert.ok(inSources.size > 100, `only ${inSources.size} public tokens in the sources`);
  assert.deepEqual([...inBundle].sort(), [...inSources].sort());
});
