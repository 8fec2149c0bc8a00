// Requests, sequential round trips and time to `mijn-zaken-load`, measured on the built bundle in
// Debian's Chromium against the mock gateway (barrier mode counts round trips deterministically).
import { readFileSync } from 'node:fs';
import { createGatewayMiddleware } from '../demo/gateway/index.mjs';
import { launchChromium, send, startServer } from './lib/bench-browser.mjs';
import { bundlePath } from './lib/bundle-checks.mjs';

const WOZ = '9b2e7a14-3c5d-4e8f-a1b6-7d0c9e2f5a83';
const DOCUMENTS = '1d8e4b7a-6f3c-4a2e-b9d1-5c0a8f7e3b26';

const SCENARIOS = [
  { name: 'detail (expand)', options: 'barrier=40', zaak: WOZ },
  { name: 'detail, 11 documents (expand)', options: 'barrier=40', zaak: DOCUMENTS },
  { name: 'detail (no expand, first on page)', options: 'barrier=40,expand=off', zaak: WOZ },
  { name: 'overview 27 zaken (expand)', options: 'barrier=40,resident=many' },
  { name: 'overview 250 zaken of 6 zaaktypen (expand)', options: 'barrier=40,resident=busy' },
  { name: 'overview 250 zaken of 6 zaaktypen (no expand)', options: 'barrier=40,resident=busy,expand=off' },
];

const page = (gateway, zaak) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/mijn-zaken.js"></script></head><body>
<mijn-zaken gateway="${gateway}" ${zaak ? `zaak="${zaak}"` : ''} navigation="none"></mijn-zaken>
<script type="module" src="/bench-probe.js"></script></body></html>`;

// Reports the time from navigation start to the first load or error event, then whether documents settled.
const PROBE = `const element = document.querySelector('mijn-zaken');
window.benchResult = new Promise((resolve) => {
  const done = (event) => resolve({ type: event.type, ms: performance.now(), detail: event.detail });
  element.addEventListener('mijn-zaken-load', done, { once: true });
  element.addEventListener('mijn-zaken-error', done, { once: true });
});`;

export async function requestCounts() {
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const pages = new Map();
  const server = await startServer((req, res, url) => {
    if (url.pathname === '/mijn-zaken.js') return send(res, 'text/javascript', readFileSync(bundlePath));
    if (url.pathname === '/bench-probe.js') return send(res, 'text/javascript', PROBE);
    if (pages.has(url.pathname)) return send(res, 'text/html', pages.get(url.pathname));
    gateway(req, res, () => send(res, 'text/plain', 'not found', { status: 404 }));
  });
  const { origin } = server;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [index, scenario] of SCENARIOS.entries()) {
      const session = `bench${index}${Date.now().toString(36)}`;
      const gatewayPath = `/api/zgw/${scenario.options},session=${session}`;
      pages.set(`/bench-${index}.html`, page(gatewayPath, scenario.zaak));
      const tab = await browser.newPage();
      await tab.goto(`${origin}/bench-${index}.html`);
      const result = await tab.evaluate(() => window.benchResult);
      // Let the documents (round trip 3) finish before reading the log.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const log = await (await fetch(`${origin}/api/zgw/_log/${session}`)).json();
      await tab.close();
      const byResource = {};
      for (const request of log.requests) {
        const name = request.resource ?? request.path.split('/api/v1/')[1]?.split('/')[0] ?? '?';
        byResource[name] = (byResource[name] ?? 0) + 1;
      }
      rows.push({
        metric: scenario.name,
        value: `${log.requests.length} req`,
        note: `${log.rounds} round trips; ${result.type} after ${Math.round(result.ms)} ms (barrier 40 ms/round); ${Object.entries(byResource).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

