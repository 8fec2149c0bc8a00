#!/usr/bin/env node
// `npm run build:typo3`: copies the built module (dist/mijn-zaken.js and any part modules beside it,
// CONTRACT 1) into the extension's Resources/Public/JavaScript/. The copies are ignored by git, so the
// bundle is committed nowhere twice; a release package of the extension is made after this step.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(extension, '..', '..', 'dist');
const target = join(extension, 'Resources', 'Public', 'JavaScript');

if (!existsSync(join(dist, 'mijn-zaken.js'))) {
  console.error('copy-script: dist/mijn-zaken.js is missing; run `npm run build` first');
  process.exit(1);
}
mkdirSync(target, { recursive: true });
// Old copies first: a part module that the build no longer makes must not linger in the package.
for (const name of readdirSync(target)) {
  if (/\.m?js(\.map)?$/.test(name)) rmSync(join(target, name));
}
const copied = readdirSync(dist, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
  .map((entry) => {
    copyFileSync(join(dist, entry.name), join(target, entry.name));
    return entry.name;
  });
console.log(`copy-script: ${copied.join(', ')} → integrations/typo3/Resources/Public/JavaScript/`);
