// vite.config.ts cuts Lit's hooks for other scripts on the page (polyfill support, SSR hydration,
// version lists) from the CDN bundle, and shortens two of its error texts. Runs after the build.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundlePath } from '../../scripts/lib/bundle-checks.mjs';

test('the bundle carries none of Lit\'s page hooks', () => {
  assert.ok(existsSync(bundlePath), 'dist/mijn-zaken.js is missing: run `npm run build` first (npm test does that for you)');
  const code = readFileSync(bundlePath, 'utf8');
  for (const hook of ['litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport', 'litElementHydrateSupport', 'litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
    assert.equal(code.includes(hook), false, hook);
  }
});

test('Lit\'s css`` checks stay, with short texts', () => {
  const code = readFileSync(bundlePath, 'utf8');
  assert.ok(code.includes('CSSResult: use css``') && code.includes('css``: not a css`` value: '));
  assert.equal(code.includes('take care to ensure page security'), false);
});
