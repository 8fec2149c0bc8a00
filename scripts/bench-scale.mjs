// Scale under latency (issue 9): the largest overview without `expand`, and a zaak with many
// documents, loaded by the built bundle in Debian's Chromium from the mock gateway with 250 ms per
// request. Reports requests, peak requests in flight and time to `mijn-zaken-load`/-error.
// Usage: npm run build && node scripts/bench-scale.mjs [sizes…]   (default 200 800 2000 5000)
// BUNDLE=path compares another build (e.g. the one before the fix) in the same way.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import puppeteer from 'puppeteer-core';
import { createGatewayMiddleware } from '../demo/gateway/index.mjs';
import { bundlePath } from './lib/bundle-checks.mjs';

const LATENCY_MS = 250;
const WOZ = '9b2e7a14-3c5d-4e8f-a1b6-7d0c9e2f5a83';
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const bundle = process.env.BUNDLE ?? bundlePath;

const SCENARIOS = [
  ...(sizes.length ? sizes : [200, 800, 2000, 5000]).map((n) => ({ name: `overview, ${n} zaken, no expand`, options: `scale=${n},expand=off` })),
  { name: 'detail, 2,000 documents', options: 'scale-documents=2000', zaak: WOZ },
];

const page = (gateway, zaak) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/mijn-zaken.js"></script></head><body>
<mijn-zaken gateway="${gateway}" ${zaak ? `zaak="${zaak}"` : ''} navigation="none"></mijn-zaken>
<script type="module" src="/probe.js"></script></body></html>`;

// Peak fetches in flight, and the time to the first load/error (the documents: until they settle).
const PROBE = `const element = document.querySelector('mijn-zaken');
let now = 0; window.peak = 0;
const original = window.fetch;
window.fetch = async (...args) => { window.peak = Math.max(window.peak, ++now); try { return await original(...args); } finally { now--; } };
window.benchResult = new Promise((resolve) => {
  const done = (event) => resolve({ type: event.type, ms: performance.now(), detail: event.detail });
  element.addEventListener('mijn-zaken-load', done, { once: true });
  element.addEventListener('mijn-zaken-error', done, { once: true });
});
window.documentsSettled = () => new Promise((resolve) => {
  const check = () => {
    const root = element.shadowRoot;
    const documents = root?.querySelectorAll('[part="document"]').length ?? 0;
    const message = root?.querySelector('.documents-message');
    if (documents || (message && message.getAttribute('role') !== 'status')) resolve({ ms: performance.now(), documents, failed: Boolean(message && message.getAttribute('role') === 'alert') });
    else setTimeout(check, 100);
  };
  check();
});`;

if (!existsSync(bundle)) throw new Error(`${bundle} missing: npm run build`);
const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
const pages = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (type, body) => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  if (url.pathname === '/mijn-zaken.js') return send('text/javascript', readFileSync(bundle));
  if (url.pathname === '/probe.js') return send('text/javascript', PROBE);
  if (pages.has(url.pathname)) return send('text/html', pages.get(url.pathname));
  gateway(req, res, () => res.writeHead(404).end());
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 30 * 60 * 1000,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const [index, scenario] of SCENARIOS.entries()) {
    const session = `scale${index}${Date.now().toString(36)}`;
    pages.set(`/bench-${index}.html`, page(`/api/zgw/${scenario.options},delay=${LATENCY_MS},session=${session}`, scenario.zaak));
    const tab = await browser.newPage();
    await tab.goto(`${origin}/bench-${index}.html`);
    const result = await tab.evaluate(() => window.benchResult);
    let note = `${result.type} ${JSON.stringify(result.detail.kind ?? result.detail.count ?? '')} after ${(result.ms / 1000).toFixed(1)} s`;
    if (scenario.zaak && result.type === 'mijn-zaken-load') {
      const documents = await tab.evaluate(() => window.documentsSettled());
      note += `; documents ${documents.failed ? 'FAILED' : documents.documents} after ${(documents.ms / 1000).toFixed(1)} s`;
    }
    const peak = await tab.evaluate(() => window.peak);
    const log = await (await fetch(`${origin}/api/zgw/_log/${session}`)).json();
    await tab.close();
    console.log(`${scenario.name.padEnd(36)} ${String(log.requests.length).padStart(6)} req, peak ${peak} in flight; ${note}`);
  }
} finally {
  await browser.close();
  server.close();
}
