#!/usr/bin/env node
// `node gateway/bench/live-element.mjs` (after `npm run build` and `npm run build --workspace gateway`):
// the delay from a notification posted to the gateway's Notificaties callback to <mijn-zaken> showing the
// new step, through the whole chain: oidc-provider login, the reference gateway (callback → whom it
// concerns, asked of Open Zaak → the person's event stream), the strict Open Zaak stand-in, and the
// element's live module in Chromium (EventSource → conditional GET of the zaak → its statussen → the
// timeline updated in place; measured at `mijn-zaken-update`, which fires after the render).
// One page shows each of jan's zaken (one shared EventSource); each run gives one zaak its next status.
// Printed: every run, and the median. Both clocks are this machine's (Date.now() in Node and in Chromium).
import { existsSync } from 'node:fs';
import { addDemoPage, elementBuilt } from '../dev/demo-page.mjs';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { RESIDENT_A, ZGW_CLIENT, ZGW_SECRET, freePort, startChain } from '../test/support.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const AUTH = 'Bearer bench-live-element-callback-0123456789';
if (!existsSync(CHROME) || !elementBuilt()) {
  console.error(`needs Chromium at ${CHROME} and dist/mijn-zaken.js (npm run build)`);
  process.exit(1);
}

const { default: puppeteer } = await import('puppeteer-core');
const port = await freePort();
const callback = `http://127.0.0.1:${port}/api/zgw/notificaties/callback`;
/** When each notification was posted to the callback, by zaak UUID (the newest). */
const posted = new Map();
const openzaak = await startOpenZaak({
  clients: { [ZGW_CLIENT]: ZGW_SECRET },
  notify: async (message) => {
    const zaak = String(message.hoofdObject).split('/').at(-1);
    posted.set(zaak, Date.now());
    const res = await fetch(callback, { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (res.status !== 204) throw new Error(`callback answered ${res.status}`);
  },
});
const chain = await startChain({
  port,
  openzaak,
  env: { NOTIFICATIONS_CALLBACK_AUTH: AUTH, LOG_LEVEL: 'warn' },
  beforeListen: (app) => addDemoPage(app, {}),
});
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  const page = await browser.newPage();
  await page.goto(`${chain.base}/login?returnTo=%2F`);
  await page.waitForSelector('input[name=login]');
  await page.type('input[name=login]', RESIDENT_A.login);
  await page.type('input[name=password]', 'test');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (page.url().includes('/interaction/')) await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  // One element per zaak of jan's, each with live updates (a long refresh: only events bring news here).
  await page.evaluate((zaken) => {
    window.updates = [];
    document.addEventListener('mijn-zaken-update', (event) => window.updates.push({ zaak: event.detail.zaak, at: Date.now() }));
    for (const zaak of zaken) {
      const element = document.createElement('mijn-zaken');
      element.setAttribute('gateway', '/api/zgw');
      element.setAttribute('zaak', zaak);
      element.setAttribute('refresh', '3600');
      element.setAttribute('navigation', 'none');
      document.querySelector('main').append(element);
    }
  }, RESIDENT_A.zaken);
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('mijn-zaken[zaak]')].filter((e) => e.shadowRoot?.querySelector('.live-updated')).length === count,
    { timeout: 20000 },
    RESIDENT_A.zaken.length,
  );
  console.log(`${RESIDENT_A.zaken.length} elements on one page (one shared event stream); ${RUNS} runs`);
  // Let the stream settle before the first run.
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const delays = [];
  let candidates = [...RESIDENT_A.zaken];
  for (let run = 1; run <= RUNS && candidates.length > 0; ) {
    const zaak = candidates[(run - 1) % candidates.length];
    const before = await page.evaluate(() => window.updates.length);
    const done = await openzaak.nextStatus(zaak);
    if (!done) {
      candidates = candidates.filter((z) => z !== zaak); // at its last status
      continue;
    }
    const shown = await page
      .waitForFunction((n, z) => window.updates.slice(n).find((u) => u.zaak === z)?.at, { timeout: 15000 }, before, zaak)
      .then((handle) => handle.jsonValue());
    const delay = shown - posted.get(zaak);
    delays.push(delay);
    console.log(`run ${run}: ${zaak.slice(0, 8)}… ${done.omschrijving}: ${delay} ms`);
    run += 1;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (delays.length === 0) throw new Error('no zaak had a next status');
  const sorted = [...delays].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(`notification → new step on screen: median ${median} ms over ${delays.length} runs (min ${sorted[0]}, max ${sorted.at(-1)})`);
} finally {
  await browser.close();
  await chain.close();
  await openzaak.close();
}
