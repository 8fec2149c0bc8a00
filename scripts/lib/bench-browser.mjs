// What the browser benchmarks share: the bundles they serve (esbuild, minified ESM as a CDN serves it),
// a loopback server on an ephemeral port, and Debian's Chromium through puppeteer-core.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { bundlePath, repoRoot } from './bundle-checks.mjs';

/** A phone: what a resident holds. */
export const PHONE = { width: 412, height: 915, deviceScaleFactor: 1 };

/**
 * Minified esbuild bundle of `entry`: a file (an entry point, so package.json "sideEffects" can't
 * drop it) or { contents } (a module resolved from the repo root). Returns the code and metafile.
 */
export async function esbuildBundle(entry, { metafile = false } = {}) {
  const input =
    typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-entry.ts' } };
  const result = await build({
    ...input,
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile,
    logLevel: 'silent',
  });
  return { code: Buffer.from(result.outputFiles[0].contents), metafile: result.metafile };
}

/**
 * An answer that is never cached. `isolated`: cross-origin isolated pages get the finer
 * performance.now() (5 µs instead of 100 µs).
 */
export function send(res, type, body, { status = 200, isolated = false } = {}) {
  const isolation = isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {};
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...isolation });
  res.end(body);
}

/** `handle(req, res, url, origin)` on 127.0.0.1, an ephemeral port. */
export async function startServer(handle) {
  let origin = '';
  const server = createServer((req, res) => handle(req, res, new URL(req.url ?? '/', 'http://localhost'), origin));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  return { server, origin, close };
}

/**
 * Debian's Chromium (or CHROME_PATH), headless, in the tests' time zone and language. `extraArgs`: more
 * switches (the upload bench's memory figures); `needsBundle`: false for a bench that serves no dist/ file.
 */
export async function launchChromium({ extraArgs = [], needsBundle = true } = {}) {
  if (needsBundle && !existsSync(bundlePath)) throw new Error('dist/mijn-zaken.js missing: npm run build');
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) throw new Error(`no Chromium at ${chrome}`);
  return puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run', ...extraArgs],
    env: { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' },
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
