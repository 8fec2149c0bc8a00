// The on-demand modules (dist/mijn-zaken-acts.js: uploads, questions) get the element's gateway client
// from dist/mijn-zaken.js; the client members they read must keep their names there, or the CDN
// build's write path calls `undefined` (scripts/lib/internal-properties.mjs). Runs after the build.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { actsBundlePath, bundlePath } from '../../scripts/lib/bundle-checks.mjs';
import { onDemandClientNames } from '../../scripts/lib/internal-properties.mjs';

test('every gateway-client member the acts module reads keeps its name in dist/mijn-zaken.js', () => {
  for (const file of [bundlePath, actsBundlePath]) assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  const names = onDemandClientNames();
  for (const name of ['fetchBody', 'requestHeaders', 'queue', 'priority', 'options', 'failure', 'gateway']) assert.ok(names.has(name), `${name} is read by write.ts`);
  const main = readFileSync(bundlePath, 'utf8');
  const acts = readFileSync(actsBundlePath, 'utf8');
  for (const name of names) {
    const used = new RegExp(`\\.${name}\\b`);
    if (!used.test(acts)) continue;
    assert.match(main, used, `dist/mijn-zaken.js renamed ${name}, which dist/mijn-zaken-acts.js reads`);
  }
});
