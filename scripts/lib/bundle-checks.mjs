// Checks on the CDN bundle dist/mijn-zaken.js, shared by scripts/build.mjs, scripts/bench.mjs
// and test/node/package.test.mjs so that all three apply the same rules.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bundlePath = fileURLToPath(new URL('../../dist/mijn-zaken.js', import.meta.url));
/** The on-demand module of CONTRACT 8's tasks and questions (vite.acts.config.ts). */
export const actsBundlePath = fileURLToPath(new URL('../../dist/mijn-zaken-acts.js', import.meta.url));

/**
 * Texts only the acts code holds (its catalogue, the ZGW fields only it reads, its parts): found in
 * dist/mijn-zaken-acts.js, they must never be in dist/mijn-zaken.js (a read-only page pays nothing).
 */
export const ACTS_MARKERS = Object.freeze(['Uw vraag is ontvangen', 'wasKlantcontact', 'uitvraagLink', 'gingOverOnderwerpobjecten', 'question-form', 'Graag vóór']);

/** Checks on the acts module: self-contained but for the main bundle's Lit (no copy of its own), no foreign URLs. */
export async function checkActsBundle(file = actsBundlePath, mainFile = bundlePath) {
  const buffer = readFileSync(file);
  const code = buffer.toString('utf8');
  const problems = [];
  for (const { specifier, kind } of await findImports(file)) problems.push(`the acts module is not self-contained: ${kind} of "${specifier}"`);
  for (const url of findDisallowedUrls(code)) problems.push(`the acts module contains the URL ${url}`);
  // Lit's own code registers the "lit-html" Trusted Types policy; two copies on one page would clash.
  if (code.includes('lit-html') || code.includes('litHtmlVersions')) problems.push('the acts module carries a copy of Lit');
  for (const marker of ACTS_MARKERS) if (!code.includes(marker)) problems.push(`the acts module lacks "${marker}" (stale ACTS_MARKERS?)`);
  const main = readFileSync(mainFile, 'utf8');
  for (const marker of ACTS_MARKERS) if (main.includes(marker)) problems.push(`dist/mijn-zaken.js contains acts code ("${marker}"): a read-only page would pay for it`);
  return { file, raw: buffer.length, gzip: gzipSize(buffer), problems };
}

/** The on-demand module of CONTRACT 9's live updates (vite.live.config.ts). */
export const liveBundlePath = fileURLToPath(new URL('../../dist/mijn-zaken-live.js', import.meta.url));

/**
 * Texts only the live code holds (its catalogue, its class names, the events path): found in
 * dist/mijn-zaken-live.js, they must never be in dist/mijn-zaken.js.
 */
export const LIVE_MARKERS = Object.freeze(['Er is een nieuwe stap', 'Bijgewerkt om', 'live-new', '/mijn-zaken/v1/events', 'If-None-Match', 'visibilitychange']);

/** Checks on the live module: as the acts module's (no Lit of its own, no imports, no foreign URLs), with its markers. */
export async function checkLiveBundle(file = liveBundlePath, mainFile = bundlePath) {
  const buffer = readFileSync(file);
  const code = buffer.toString('utf8');
  const problems = [];
  for (const { specifier, kind } of await findImports(file)) problems.push(`the live module is not self-contained: ${kind} of "${specifier}"`);
  for (const url of findDisallowedUrls(code)) problems.push(`the live module contains the URL ${url}`);
  if (code.includes('lit-html') || code.includes('litHtmlVersions')) problems.push('the live module carries a copy of Lit');
  for (const marker of LIVE_MARKERS) if (!code.includes(marker)) problems.push(`the live module lacks "${marker}" (stale LIVE_MARKERS?)`);
  const main = readFileSync(mainFile, 'utf8');
  for (const marker of LIVE_MARKERS) if (main.includes(marker)) problems.push(`dist/mijn-zaken.js contains live code ("${marker}"): a page without refresh or events would pay for it`);
  // A name the read bundle shortens (internal-properties.mjs) would be undefined when the live module reads it.
  const { internalPropertyNames } = await import('./internal-properties.mjs');
  for (const name of internalPropertyNames(code).renamed) problems.push(`the live module reads "${name}", which dist/mijn-zaken.js renames (name it in src/live/link.ts)`);
  if (!onDemandModules(main).includes('mijn-zaken-live.js')) problems.push('dist/mijn-zaken.js does not load dist/mijn-zaken-live.js from its own directory');
  return { file, raw: buffer.length, gzip: gzipSize(buffer), problems };
}

/**
 * Size budget of dist/mijn-zaken.js, gzip level 9, Lit included: CONTRACT 1's 25 KB. A fix for safety or
 * correctness may take it to 26 KB at most, with the bytes and what was tried to save them in the note.
 * The capabilities and refresh hooks (+581 B) landed at 25,760 B; the h/bytes3 cuts and moving the upload's documents reload into the acts module brought it to 25,598 B.
 */
export const GZIP_BUDGET_BYTES = 25_600;

/**
 * Absolute URLs the bundle may contain: XML namespace names, which are identifiers and are never
 * requested (Lit and the DOM use them for SVG/MathML). Matched exactly, nothing else passes: the
 * element must request nothing outside its `gateway` (CONTRACT.md §1, §5), and a Lit dev-mode
 * build would show up here through its https://lit.dev/msg/… warnings.
 */
export const ALLOWED_URLS = Object.freeze([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/XML/1998/namespace',
]);

/** Strings that only appear in Lit's development builds. */
const LIT_DEV_MODE_MARKERS = ['Lit is in dev mode', 'litIssuedWarnings'];

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

export function formatBytes(bytes) {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(2)} KiB (${bytes} B)` : `${bytes} B`;
}

/**
 * `import(new URL('./mijn-zaken-acts.js', import.meta.url).href)`: a module beside the bundle, loaded on
 * demand (the minifier writes ``+import.meta.url).
 */
export const ON_DEMAND_IMPORT = /\bimport\(\s*new URL\(\s*(["'`])\.\/mijn-zaken-[a-z]+\.js\1\s*,\s*(?:(?:``|""|'')\s*\+\s*)?import\.meta\.url\s*\)\.href\s*\)/g;

/** The on-demand modules a bundle loads from its own directory (`mijn-zaken-acts.js`, …). */
export function onDemandModules(code) {
  return [...code.matchAll(ON_DEMAND_IMPORT)].map((match) => match[0].match(/mijn-zaken-[a-z]+\.js/)[0]);
}

/**
 * Every module specifier the file imports (static `import`/`export … from`, and dynamic `import()`
 * with a literal argument), found by letting esbuild parse it as an ES module. A dynamic `import(x)`
 * with a computed argument, or `import.meta`, is found textually.
 */
export async function findImports(file) {
  const imports = [];
  await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [
      {
        name: 'collect-imports',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            imports.push({ specifier: args.path, kind: args.kind });
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  // The on-demand modules of CONTRACT 1 (src/acts/load.cdn.ts): beside the bundle, never elsewhere.
  const code = readFileSync(file, 'utf8').replace(ON_DEMAND_IMPORT, '');
  if (/\bimport\s*\(/.test(code) && !imports.some((i) => i.kind === 'dynamic-import')) {
    imports.push({ specifier: '<computed>', kind: 'dynamic-import' });
  }
  if (/\bimport\.meta\b/.test(code)) imports.push({ specifier: 'import.meta', kind: 'import-meta' });
  return imports;
}

/** Absolute http(s) URLs in the file that are not in ALLOWED_URLS. */
export function findDisallowedUrls(code) {
  const found = new Set(code.match(/https?:\/\/[^\s"'`<>()\\,;{}[\]]+/g) ?? []);
  return [...found].filter((url) => !ALLOWED_URLS.includes(url));
}

/**
 * All checks on the bundle. Returns sizes and a list of problems (empty when the bundle is fine).
 * @param {string} [file]
 */
export async function checkBundle(file = bundlePath) {
  const buffer = readFileSync(file);
  const code = buffer.toString('utf8');
  const raw = buffer.length;
  const gzip = gzipSize(buffer);
  const problems = [];

  if (gzip > GZIP_BUDGET_BYTES) {
    problems.push(
      `gzip size ${formatBytes(gzip)} is over the budget of ${formatBytes(GZIP_BUDGET_BYTES)} (${formatBytes(gzip - GZIP_BUDGET_BYTES)} too much)`,
    );
  }

  let imports = [];
  try {
    imports = await findImports(file);
  } catch (error) {
    problems.push(`the bundle does not parse as an ES module: ${error.message}`);
  }
  for (const { specifier, kind } of imports) {
    problems.push(`the bundle is not self-contained: ${kind} of "${specifier}"`);
  }

  for (const url of findDisallowedUrls(code)) {
    problems.push(`the bundle contains the URL ${url} (allowed: ${ALLOWED_URLS.join(', ')})`);
  }

  for (const marker of LIT_DEV_MODE_MARKERS) {
    if (code.includes(marker)) problems.push(`the bundle contains Lit's development build ("${marker}")`);
  }

  return { file, raw, gzip, imports, problems };
}
