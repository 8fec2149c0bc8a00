#!/usr/bin/env node
// `npm run bench`: numbers to watch over time. Builds first when dist/mijn-zaken.js is missing or
// older than src/, vite.config.ts or package-lock.json.
//
// Each benchmark is a function returning rows { metric, value, note? }; add new ones to BENCHMARKS.
// Requests per view, round trips and time to load drive Debian's Chromium (/usr/bin/chromium, or
// CHROME_PATH) through puppeteer-core against the mock gateway (scripts/bench-requests.mjs); so does
// the comparison with the floor, a sequential peer and Den Haag's process steps (scripts/bench-peers.mjs),
// and the longest main-thread task of a long zaak (scripts/bench-long-tasks.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { longTasks } from './bench-long-tasks.mjs';
import { peerComparison } from './bench-peers.mjs';
import { requestCounts } from './bench-requests.mjs';
import { uploadThroughput } from './bench-upload.mjs';
import { esbuildBundle } from './lib/bench-browser.mjs';
import { GZIP_BUDGET_BYTES, brotliSize, bundlePath, gzipSize, repoRoot } from './lib/bundle-checks.mjs';

process.chdir(repoRoot);

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const pct = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuilt() {
  const inputs = ['src', 'vite.config.ts', 'package-lock.json', 'package.json'];
  const stale = !existsSync(bundlePath) || statSync(bundlePath).mtimeMs < Math.max(...inputs.map(newestMtime));
  if (!stale) return;
  console.log('dist/mijn-zaken.js is missing or out of date: npm run build\n');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(bundlePath)) {
    console.error('\nbench: the build failed; nothing to measure');
    process.exit(1);
  }
  console.log('');
}

/** Sizes of the CDN bundle as served: raw, gzip -9 (the budget) and brotli 11. */
async function bundleSize() {
  const code = readFileSync(bundlePath);
  const gzip = gzipSize(code);
  return [
    { metric: 'dist/mijn-zaken.js raw', value: kib(code.length) },
    { metric: 'dist/mijn-zaken.js gzip -9', value: kib(gzip), note: `${pct(gzip, GZIP_BUDGET_BYTES)} of the ${kib(GZIP_BUDGET_BYTES)} budget` },
    { metric: 'dist/mijn-zaken.js brotli 11', value: kib(brotliSize(code)) },
  ];
}

/**
 * Lit's share against ours. Two views:
 * - "Lit alone": everything lit and @lit/task export, bundled and minified by esbuild: the upper
 *   bound of what Lit can cost (our bundle only keeps what it uses).
 * - Attribution: src/mijn-zaken.ts bundled by esbuild with a metafile, its output bytes split by
 *   package; scaled onto the real bundle's gzip size as an estimate (gzip doesn't split exactly).
 */
async function litShare() {
  const bundle = readFileSync(bundlePath);
  const bundleGzip = gzipSize(bundle);
  const litAlone = (await esbuildBundle({ contents: `export * from 'lit'; export * from '@lit/task';` })).code;

  const { code, metafile } = await esbuildBundle('src/mijn-zaken.ts', { metafile: true });
  const groups = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const group = match ? match[1] : 'ours (src/)';
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  const attributed = [...groups.values()].reduce((a, b) => a + b, 0);
  const litBytes = [...groups].filter(([g]) => g !== 'ours (src/)').reduce((a, [, b]) => a + b, 0);
  const ourBytes = groups.get('ours (src/)') ?? 0;
  const rows = [
    { metric: 'lit + @lit/task alone, esbuild, gzip -9', value: kib(gzipSize(litAlone)), note: `raw ${kib(litAlone.length)}; all exports, upper bound` },
    { metric: 'esbuild bundle of src/mijn-zaken.ts', value: kib(code.length), note: `gzip ${kib(gzipSize(code))}; for the split below` },
  ];
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    rows.push({ metric: `  of which ${group}`, value: kib(bytes), note: pct(bytes, attributed) });
  }
  rows.push(
    { metric: 'Lit share (estimate, gzip)', value: kib((bundleGzip * litBytes) / attributed), note: pct(litBytes, attributed) },
    { metric: 'our share (estimate, gzip)', value: kib((bundleGzip * ourBytes) / attributed), note: pct(ourBytes, attributed) },
  );
  return rows;
}

const BENCHMARKS = [
  ['size', bundleSize],
  ['Lit vs ours', litShare],
  ['requests, round trips, time to load', requestCounts],
  ['against the floor, a sequential peer and Den Haag (Chromium, phone viewport)', peerComparison],
  ['upload of a 100 MB file through the mock gateway (Chromium)', uploadThroughput],
  ['longest main-thread task, against the floor (Chromium, phone viewport)', longTasks],
];

ensureBuilt();
const rows = [];
let failed = false;
for (const [name, bench] of BENCHMARKS) {
  try {
    rows.push({ metric: `[${name}]`, value: '', note: '' }, ...(await bench()));
  } catch (error) {
    failed = true;
    rows.push({ metric: `[${name}]`, value: 'FAILED', note: error.message });
  }
}
const w1 = Math.max(...rows.map((r) => r.metric.length));
const w2 = Math.max(...rows.map((r) => r.value.length));
console.log(`${'metric'.padEnd(w1)}  ${'value'.padStart(w2)}  note`);
console.log(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ----`);
for (const r of rows) console.log(`${r.metric.padEnd(w1)}  ${r.value.padStart(w2)}  ${r.note ?? ''}`.trimEnd());
process.exitCode = failed ? 1 : 0;
