#!/usr/bin/env node
// Packaging step of the Drupal module: copies the built element (dist/mijn-zaken.js and any
// module it loads from its own directory, i.e. every top-level .js file of dist/) into js/,
// where mijn_zaken.libraries.yml points. js/ is not tracked: the file is built, never edited.
// Run `npm run build` first (the root script build:drupal does both).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = dirname(fileURLToPath(import.meta.url));
const dist = join(moduleDir, '..', '..', 'dist');
const target = join(moduleDir, 'js');

if (!existsSync(join(dist, 'mijn-zaken.js'))) {
  console.error('dist/mijn-zaken.js is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
const files = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isFile() && /\.js$/.test(e.name));
for (const file of files) copyFileSync(join(dist, file.name), join(target, file.name));
console.log(`integrations/drupal/js/: ${files.map((f) => f.name).join(', ')}`);
