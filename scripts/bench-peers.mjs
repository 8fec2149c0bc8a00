// <mijn-zaken> side by side with its peers, in one Chromium run (Debian's, through puppeteer-core),
// every figure also as a ratio against a baseline measured in the same run:
//   - size (gzip -9) and evaluation time on the main thread (1× and 4× CPU slowdown), against the floor
//   - time to the timeline and to the documents at 100 ms per response, in round trips (one plain
//     request at 100 ms, measured on the same page, is 1×)
//   - cumulative layout shift of the detail and the overview at 100 ms per response
//   - the same for a zaak with 500 statussen and 200 documents on HTTP/1.1 (do documents crowd out the timeline?)
// The peers are scripts/bench/*.js: the floor (Lit + @lit/task, one list), a sequential peer (one
// request after another), and Den Haag's process steps with React (size and evaluation only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGatewayMiddleware } from '../demo/gateway/index.mjs';
import { PHONE, esbuildBundle, launchChromium, median, send as sendAnswer, startServer as startBenchServer } from './lib/bench-browser.mjs';
import { bundlePath, gzipSize, repoRoot } from './lib/bundle-checks.mjs';

const RUNS = 7;
const LATENCY_MS = 100;
const LATE_SCRIPT_MS = 400;
/** The host-page recipe of the README (Drop-in use): before the script has run, the loading state's height. */
const RESERVE_CSS = '<style>mijn-zaken:not(:defined) { display: block; min-block-size: 61rem; } mijn-zaken:not([zaak]):not(:defined) { min-block-size: 59rem; }</style>';
const DOCUMENTS_ZAAK = '1d8e4b7a-6f3c-4a2e-b9d1-5c0a8f7e3b26'; // 11 documents, 7 shown
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (value, base) => `${(value / base).toFixed(2)}×`;

/** The peers, minified ESM bundles as a CDN would serve them. */
async function peerBundles() {
  const bundle = async (file) => (await esbuildBundle(join(repoRoot, 'scripts/bench', file))).code;
  return {
    ours: readFileSync(bundlePath),
    floor: await bundle('floor.js'),
    peer: await bundle('sequential-peer.js'),
    denhaag: await bundle('denhaag-process-steps.js'),
  };
}

const LABELS = { ours: '<mijn-zaken>', floor: 'floor (Lit + @lit/task list)', peer: 'sequential peer', denhaag: "Den Haag process steps + React" };

/**
 * A page served by the bench server: the element (or nothing), text below it as on a portal page.
 * `head`: the host page's own CSS; `scriptAttributes`: e.g. `blocking="render"`.
 */
function page(script, body = '', { head = '', scriptAttributes = '' } = {}) {
  const filler = '<p>Hier staat de rest van de pagina: contactgegevens, openingstijden en andere informatie van de gemeente.</p>'.repeat(8);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>${head}${script ? `<script type="module" ${scriptAttributes} src="${script}"></script>` : ''}
<script type="module" src="/bench-probe.js"></script></head>
<body style="margin:0;padding:16px;font:16px/1.5 sans-serif"><h1>Mijn zaken</h1>${body}<footer>${filler}</footer></body></html>`;
}

// In every page: layout shifts summed from the start (buffered), and when each part first showed.
const PROBE = `window.benchCls = 0;

new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.benchCls += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
window.benchSeen = {};
const parts = { timeline: '[part="timeline"]', documents: '[part="documents"]', overview: '[part="overview"]' };
(function watch() {
  for (const element of document.querySelectorAll('body > *')) {
    for (const [name, selector] of Object.entries(parts)) {
      if (!(name in window.benchSeen) && element.shadowRoot?.querySelector(selector)) window.benchSeen[name] = performance.now();
    }
  }
  requestAnimationFrame(watch);
})();
window.benchRoundTrip = async (url) => {
  const start = performance.now();
  await (await fetch(url)).text();
  return performance.now() - start;
};
window.benchFirstRequest = (marker) => performance.getEntriesByType('resource').filter((e) => e.name.includes(marker)).map((e) => e.startTime).sort((a, b) => a - b)[0];`;

async function startServer(bundles) {
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const pages = new Map();
  const { close, origin } = await startBenchServer((req, res, url, origin) => {
    const name = url.pathname.match(/^\/bundle\/(\w+)\.js$/)?.[1];
    // ?late: the script comes after the page has painted (a slow CDN, a busy phone).
    if (name && bundles[name]) return setTimeout(() => send(res, 'text/javascript', bundles[name]), url.searchParams.has('late') ? LATE_SCRIPT_MS : 0);
    if (url.pathname === '/bench-probe.js') return send(res, 'text/javascript', PROBE);
    if (pages.has(url.pathname)) return send(res, 'text/html', pages.get(url.pathname));
    if (url.pathname.startsWith('/big/')) return bigZaak(origin, url).then(([type, body]) => setTimeout(() => send(res, type, body), LATENCY_MS));
    gateway(req, res, () => send(res, 'text/plain', 'not found', 404));
  });
  return { close, pages, origin };
}

const BIG = { statussen: 500, documents: 200, pageSize: 100 };
const fakeUuid = (kind, index) => `${kind === 'status' ? '5' : 'd'}0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/**
 * A big zaak for the document-priority figure: the mock gateway's documents zaak (under /big/
 * instead of /api/zgw/), its statussen repeated to 500 (pages of 100 through `next`) and its
 * documents to 200, each answer after 100 ms, over Node's HTTP/1.1 (Chromium: 6 connections per host).
 */
async function bigZaak(origin, url) {
  const rest = url.pathname.replace(/^\/big\/[^/]*/, '');
  const plain = async (path) => (await fetch(`${origin}/api/zgw/session=big${path}`)).json();
  const json = (body) => ['application/json', JSON.stringify(body)];
  const api = 'https://openzaak.gemeente.example';
  if (rest === '/zaken/api/v1/statussen') {
    const real = (await plain(`${rest}${url.search.replace(/&?page=\d+/, '')}`)).results;
    const page = Number(url.searchParams.get('page') ?? 1);
    const results = Array.from({ length: BIG.pageSize }, (_, i) => {
      const index = (page - 1) * BIG.pageSize + i;
      const status = real[index % real.length];
      return { ...status, url: `${api}/zaken/api/v1/statussen/${fakeUuid('status', index)}`, uuid: fakeUuid('status', index) };
    });
    const next = page * BIG.pageSize < BIG.statussen ? `${api}${rest}?zaak=${encodeURIComponent(url.searchParams.get('zaak'))}&page=${page + 1}` : null;
    return json({ count: BIG.statussen, next, previous: null, results });
  }
  if (rest === '/zaken/api/v1/zaakinformatieobjecten') {
    const real = await plain(`${rest}${url.search}`);
    return json(Array.from({ length: BIG.documents }, (_, i) => ({
      ...real[i % real.length],
      url: `${api}${rest}/${fakeUuid('link', i)}`,
      uuid: fakeUuid('link', i),
      informatieobject: `${api}/documenten/api/v1/enkelvoudiginformatieobjecten/${fakeUuid('document', i)}`,
    })));
  }
  const document = rest.match(/^\/documenten\/api\/v1\/enkelvoudiginformatieobjecten\/(d0000000-[\w-]+)$/);
  if (document) {
    const links = await plain(`/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(`${api}/zaken/api/v1/zaken/${DOCUMENTS_ZAAK}`)}`);
    const real = links[Number(document[1].slice(-12)) % links.length].informatieobject.split('/').pop();
    return json({ ...(await plain(`/documenten/api/v1/enkelvoudiginformatieobjecten/${real}`)), url: `${api}${rest}`, uuid: document[1] });
  }
  const response = await fetch(`${origin}/api/zgw/session=big${rest}${url.search}`);
  return [response.headers.get('content-type') ?? 'application/json', Buffer.from(await response.arrayBuffer())];
}

// Cross-origin isolated: the finer performance.now().
const send = (res, type, body, status = 200) => sendAnswer(res, type, body, { status, isolated: true });

let pageCount = 0;
async function openPage(browser, server, html, { throttle = 1 } = {}) {
  const path = `/page-${++pageCount}.html`;
  server.pages.set(path, html);
  const tab = await browser.newPage();
  await tab.setViewport(PHONE);
  if (throttle !== 1) await tab.emulateCPUThrottling(throttle);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return tab;
}

/**
 * Evaluation of a bundle on the main thread: the module is fetched and compiled ahead
 * (modulepreload), then timed from `import()` until it has run. A fresh URL each run: no code cache.
 */
async function evaluateMs(browser, server, name, throttle) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const src = `/bundle/${name}.js?run=${pageCount}`;
    const tab = await openPage(browser, server, page('', `<link rel="modulepreload" href="${src}">`), { throttle });
    const ms = await tab.evaluate(async (url) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const start = performance.now();
      await import(url);
      return performance.now() - start;
    }, src);
    times.push(ms);
    await tab.close();
  }
  return median(times);
}

/** Loads a view at 100 ms per response; returns when each part showed (round trips) and the CLS. */
async function loadView(browser, server, { script, markup, settle, head, scriptAttributes }) {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const session = `peers${run}${Date.now().toString(36)}`;
    const gateway = `/api/zgw/delay=${LATENCY_MS},session=${session}`;
    const tab = await openPage(browser, server, page(script, markup(gateway), { head, scriptAttributes }));
    await tab.waitForFunction((parts) => parts.every((part) => part in window.benchSeen), { timeout: 20_000, polling: 50 }, settle);
    await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts count too
    const result = await tab.evaluate(
      async (marker, probeUrl) => ({
        seen: window.benchSeen,
        cls: window.benchCls,
        firstRequest: window.benchFirstRequest(marker),
        roundTrip: await window.benchRoundTrip(probeUrl),
      }),
      session,
      `${gateway.replace(session, `${session}probe`)}/zaken/api/v1/zaken/${DOCUMENTS_ZAAK}`,
    );
    results.push(result);
    await tab.close();
  }
  const roundTrip = median(results.map((r) => r.roundTrip));
  const after = (part) => median(results.map((r) => r.seen[part] - r.firstRequest));
  return { results, roundTrip, after, cls: median(results.map((r) => r.cls)) };
}

export async function peerComparison() {
  const bundles = await peerBundles();
  const server = await startServer(bundles);
  const browser = await launchChromium();
  const rows = [];
  try {
    const floorGzip = gzipSize(bundles.floor);
    const evaluation = {};
    for (const name of Object.keys(bundles)) {
      evaluation[name] = { 1: await evaluateMs(browser, server, name, 1), 4: await evaluateMs(browser, server, name, 4) };
    }
    for (const name of Object.keys(bundles)) {
      const gzip = gzipSize(bundles[name]);
      rows.push({ metric: `${LABELS[name]}: gzip -9`, value: kib(gzip), note: `${ratio(gzip, floorGzip)} the floor; raw ${kib(bundles[name].length)}` });
    }
    for (const name of Object.keys(bundles)) {
      const [one, four] = [evaluation[name][1], evaluation[name][4]];
      rows.push({
        metric: `${LABELS[name]}: evaluate (median of ${RUNS})`,
        value: `${one.toFixed(1)} ms`,
        note: `${ratio(one, evaluation.floor[1])} the floor; 4× CPU slowdown ${four.toFixed(1)} ms (${ratio(four, evaluation.floor[4])})`,
      });
    }

    const detail = (tag) => (gateway) => `<${tag} gateway="${gateway}" zaak="${DOCUMENTS_ZAAK}" navigation="none"></${tag}>`;
    const views = [
      ['<mijn-zaken> detail', { script: '/bundle/ours.js', markup: detail('mijn-zaken'), settle: ['timeline', 'documents'] }],
      ['sequential peer detail', { script: '/bundle/peer.js', markup: detail('bench-sequential-peer'), settle: ['timeline', 'documents'] }],
      ['<mijn-zaken> detail, 500 statussen and 200 documents (HTTP/1.1)', { script: '/bundle/ours.js', markup: (g) => detail('mijn-zaken')(g.replace('/api/zgw/', '/big/')), settle: ['timeline', 'documents'] }],
      ['<mijn-zaken> overview', { script: '/bundle/ours.js', markup: (g) => `<mijn-zaken gateway="${g}" navigation="none"></mijn-zaken>`, settle: ['overview'] }],
      ['floor overview (one list)', { script: '/bundle/floor.js', markup: (g) => `<bench-floor gateway="${g}"></bench-floor>`, settle: ['overview'] }],
    ];
    for (const [label, view] of views) {
      const measured = await loadView(browser, server, view);
      const trip = measured.roundTrip;
      const times = view.settle.map((part) => `${part === 'overview' ? 'list' : part} after ${(measured.after(part) / trip).toFixed(1)}× (${Math.round(measured.after(part))} ms)`);
      rows.push({
        metric: `${label} at ${LATENCY_MS} ms/response`,
        value: `CLS ${measured.cls.toFixed(3)}`,
        note: `${times.join(', ')}; one round trip measured ${Math.round(trip)} ms = 1×; medians of ${RUNS}; CLS of each run ${measured.results.map((r) => r.cls.toFixed(2)).join(' ')}`,
      });
    }

    // CLS by when the element is defined: before the first paint (the script blocks rendering) or after it
    // (the script comes 400 ms late), and after it on a page that reserves the space (README: Drop-in use).
    const overview = (g) => `<mijn-zaken gateway="${g}" navigation="none"></mijn-zaken>`;
    const timings = [
      ['defined before first paint (blocking="render")', { scriptAttributes: 'blocking="render"', late: false }],
      ['defined after first paint (script 400 ms late)', { late: true }],
      ['defined after first paint, page reserves the space', { late: true, head: RESERVE_CSS }],
    ];
    for (const [what, markup, settle] of [['detail', detail('mijn-zaken'), ['timeline', 'documents']], ['overview', overview, ['overview']]]) {
      for (const [when, { late, ...options }] of timings) {
        const measured = await loadView(browser, server, { script: `/bundle/ours.js${late ? '?late' : ''}`, markup, settle, ...options });
        rows.push({
          metric: `<mijn-zaken> ${what}, ${when}`,
          value: `CLS ${measured.cls.toFixed(3)}`,
          note: `median of ${RUNS}; CLS of each run ${measured.results.map((r) => r.cls.toFixed(2)).join(' ')}`,
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
