// The bundle's internal property names are shortened (scripts/lib/internal-properties.mjs, run by
// vite.config.ts); the public API, the ZGW fields and every name the bundle also uses as a string keep
// theirs. Runs after the build (scripts/test.mjs builds first); test/browser/bundle/ checks that the
// bundle renders as the sources do.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundlePath } from '../../scripts/lib/bundle-checks.mjs';
import { INTERNAL_TYPE_FILES, declaredPropertyNames, shortenInternalProperties } from '../../scripts/lib/internal-properties.mjs';

function bundleWords() {
  assert.ok(existsSync(bundlePath), 'dist/mijn-zaken.js is missing: run `npm run build` first (npm test does that for you)');
  return new Set(readFileSync(bundlePath, 'utf8').match(/[A-Za-z_$][\w$]*/g));
}

test('message keys, view-model fields and the gateway client\'s methods are shortened in the bundle', () => {
  const words = bundleWords();
  for (const name of ['documentsFailed', 'showEarlierSubSteps', 'hiddenFromResidents', 'subSteps', 'relativeTime', 'monthNames', 'getCatalogueResource']) {
    assert.equal(words.has(name), false, `${name} is still in the bundle`);
  }
});

test('public properties, ZGW fields and Lit options keep their names', () => {
  const words = bundleWords();
  const kept = [
    // CONTRACT 2: the element's properties (attributes come from these names)
    'gateway', 'zaak', 'headingLevel', 'audience', 'maxConfidentiality', 'hideUninformed', 'credentials', 'navigation', 'accessToken', 'headers', 'labels',
    // ZGW fields the model reads, some also declared by view models
    'omschrijving', 'statustoelichting', 'registratiedatum', 'einddatum', 'identificatie', 'uuid', 'informeren', 'isEindstatus',
    // event details (CONTRACT 6) and Lit's property options
    'kind', 'status', 'view', 'count', 'attribute', 'state', 'hasChanged',
    // the page-wide state that the CDN bundle shares with the npm package's copy
    'catalogue', 'withoutExpand',
  ];
  for (const name of kept) assert.ok(words.has(name), `${name} was renamed`);
});

test('only names declared in the internal type files qualify; one used as a string keeps its name', () => {
  const declared = declaredPropertyNames(INTERNAL_TYPE_FILES);
  assert.ok(declared.has('documentsFailed') && declared.has('subSteps'));
  assert.equal(declared.has('omschrijving'), false, 'zgw.ts is not an internal type file');

  const plain = shortenInternalProperties('export const m = { documentsFailed: 1 }; console.log(m.documentsFailed);');
  assert.deepEqual(plain.renamed, ['documentsFailed']);
  assert.doesNotMatch(plain.code, /documentsFailed/);

  const asString = shortenInternalProperties('export const m = { documentsFailed: 1 }; console.log(m["documentsFailed"], "documentsFailed" in m);');
  assert.deepEqual(asString.renamed, []);
  assert.match(asString.code, /documentsFailed:/);
});
