#!/usr/bin/env node
// Upload throughput and peak memory (CONTRACT 8, issue 12): a 100 MB file from disk, chosen through a
// real <input type=file>, sent by the element's upload controller (src/acts/upload.controller.ts, the
// real write path: Blob.slice() parts through XMLHttpRequest) to the mock gateway in Debian's
// Chromium; against baselines in the same run on the same server:
//   - plain PUT: one `fetch(url, { method: 'PUT', body: file })` of the same file (the floor), and
//   - read whole: `fetch` of `await file.arrayBuffer()` (what holding the file in memory costs).
// Memory: the peak resident set of all Chromium processes (sampled every 20 ms from /proc) above
// what they used just before, and the page's peak JS heap (CDP Performance.getMetrics).
// Ratios, not timed assertions: run `npm run bench:upload` (also part of `npm run bench`).
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGatewayMiddleware } from '../demo/gateway/index.mjs';
import { esbuildBundle, launchChromium, send, startServer } from './lib/bench-browser.mjs';

const MB = 1024 * 1024;
const FILE_BYTES = 100 * MB;
const BUREN = '6a3f9e21-0d4b-4f8c-9a7e-3b5d1c8f2e94';

/** The page's side: the real controller with a real client, and the two baselines. */
const ENTRY = `
import { GatewayClient } from './src/gateway/client.ts';
import { UploadController } from './src/acts/upload.controller.ts';
const input = document.querySelector('input');
const host = Object.assign(new EventTarget(), { requestUpdate() {}, updateComplete: Promise.resolve(), renderRoot: document.body });
window.viaController = async (gateway) => {
  const absolute = new URL(gateway, location.href).href;
  const zaak = await (await fetch(absolute + '/zaken/api/v1/zaken/${BUREN}')).json();
  const caps = await (await fetch(absolute + '/mijn-zaken/v1/capabilities')).json();
  const controller = new UploadController(host, {
    client: new GatewayClient({ gateway: absolute, credentials: 'same-origin' }),
    zaak: { url: zaak.url, uuid: '${BUREN}' },
    upload: { ...caps.upload, maxBytes: ${FILE_BYTES * 2} },
    idPrefix: 'bench',
    onDone() {},
  });
  const start = performance.now();
  controller.choose([input.files[0]]);
  while (!['done', 'failed', 'cancelled'].includes(controller.items[0].phase)) await new Promise((r) => setTimeout(r, 20));
  return { ms: performance.now() - start, phase: controller.items[0].phase };
};
window.plainPut = async () => {
  const start = performance.now();
  const response = await fetch('/sink', { method: 'PUT', body: input.files[0] });
  return { ms: performance.now() - start, phase: response.ok ? 'done' : 'failed', received: Number(await response.text()) };
};
window.readWhole = async () => {
  const start = performance.now();
  const bytes = await input.files[0].arrayBuffer();
  const response = await fetch('/sink', { method: 'PUT', body: bytes });
  return { ms: performance.now() - start, phase: response.ok ? 'done' : 'failed', received: Number(await response.text()) };
};
`;

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench upload</title></head>
<body><label for="f">Bestand</label><input id="f" type="file"><script type="module" src="/bench-upload.js"></script></body></html>`;

/** Resident set (bytes) of a process and all its descendants, from /proc. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // gone meanwhile
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function makeFile(dir) {
  const path = join(dir, 'bankafschriften.pdf');
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(MB);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff;
  chunk.write('%PDF-1.7\n', 0);
  for (let written = 0; written < FILE_BYTES; written += MB) if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return path;
}

export async function uploadThroughput() {
  const { code: script } = await esbuildBundle({ contents: ENTRY });
  const dir = mkdtempSync(join(tmpdir(), 'mijn-zaken-bench-upload-'));
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const { origin, close } = await startServer((req, res, url) => {
    if (url.pathname === '/bench-upload.html') return send(res, 'text/html', PAGE);
    if (url.pathname === '/bench-upload.js') return send(res, 'text/javascript', script);
    if (url.pathname === '/sink') {
      let received = 0;
      req.on('data', (chunk) => (received += chunk.length));
      req.on('end', () => send(res, 'text/plain', String(received)));
      return;
    }
    gateway(req, res, () => send(res, 'text/plain', 'not found', { status: 404 }));
  });
  const browser = await launchChromium({ extraArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'], needsBundle: false });
  const rows = [];
  try {
    const file = await makeFile(dir);
    const runs = [
      ['plain fetch PUT of the File (baseline)', 'plainPut', null],
      ['upload controller, 1 MiB parts (mock default)', 'viaController', 'part-size=1048576'],
      ['upload controller, 8 MiB parts', 'viaController', 'part-size=8388608'],
      ['fetch PUT of file.arrayBuffer() (whole file in memory)', 'readWhole', null],
    ];
    const results = [];
    for (const [index, [name, fn, options]] of runs.entries()) {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/bench-upload.html`);
      await (await tab.$('input')).uploadFile(file);
      await tab.evaluate(() => globalThis.gc?.());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const pid = browser.process().pid;
      const before = treeRss(pid);
      const heapBefore = (await tab.metrics()).JSHeapUsedSize;
      let peak = before;
      let heapPeak = heapBefore;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, treeRss(pid));
          heapPeak = Math.max(heapPeak, (await tab.metrics().catch(() => ({ JSHeapUsedSize: 0 }))).JSHeapUsedSize);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const gatewayPath = `/api/zgw/${options ? `${options},` : ''}caps-max-bytes=${FILE_BYTES * 2},session=benchup${index}${Date.now().toString(36)}`;
      const result = await tab.evaluate((f, g) => globalThis[f](g), fn, gatewayPath);
      sampling = false;
      await sampler;
      await tab.close();
      if (result.phase !== 'done') throw new Error(`${name}: ${result.phase}`);
      results.push({ name, ms: result.ms, rss: peak - before, heap: heapPeak - heapBefore });
    }
    // The mock's own ceiling for parts: the same protocol from Node (no browser), 3 parts in flight.
    for (const partSize of [MB, 8 * MB]) {
      const gatewayBase = `${origin}/api/zgw/part-size=${partSize},caps-max-bytes=${FILE_BYTES * 2},session=benchnode${partSize}${Date.now().toString(36)}`;
      const ms = await partsFromNode(gatewayBase, file);
      results.push({ name: `Node fetch, ${partSize / MB} MiB parts, 3 in flight (the mock's ceiling, no browser)`, ms, rss: Number.NaN, heap: Number.NaN });
    }
    const [baseline] = results;
    const mbps = (r) => FILE_BYTES / MB / (r.ms / 1000);
    for (const r of results) {
      rows.push({
        metric: `100 MB: ${r.name}`,
        value: `${mbps(r).toFixed(0)} MB/s`,
        note: `${(mbps(r) / mbps(baseline)).toFixed(2)}× the plain PUT${Number.isNaN(r.rss) ? '' : `; peak memory +${(r.rss / MB).toFixed(0)} MB RSS (all Chromium processes; plain PUT +${(baseline.rss / MB).toFixed(0)} MB), JS heap +${(r.heap / MB).toFixed(1)} MB`}`,
      });
    }
  } finally {
    await browser.close();
    close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** Create → PUT every part (3 at once) → unlock, from Node with the file read part by part. */
async function partsFromNode(base, path) {
  const { open } = await import('node:fs/promises');
  const handle = await open(path);
  const start = performance.now();
  try {
    const headers = { 'X-Mijn-Zaken': '1', 'Content-Type': 'application/json' };
    const created = await fetch(`${base}/documenten/api/v1/enkelvoudiginformatieobjecten`, { method: 'POST', headers, body: JSON.stringify({ titel: 'bench', bestandsnaam: 'bench.pdf', bestandsomvang: FILE_BYTES, formaat: 'application/pdf', taal: 'dut', creatiedatum: '2026-11-23', auteur: 'Inwoner', inhoud: null }) });
    const doc = await created.json();
    const parts = [...doc.bestandsdelen].sort((a, b) => a.volgnummer - b.volgnummer);
    let offset = 0;
    const plan = parts.map((p) => ({ url: `${base}/documenten/api/v1/bestandsdelen/${p.url.split('/').at(-1)}`, start: (offset += p.omvang) - p.omvang, size: p.omvang }));
    const worker = async () => {
      for (let part = plan.shift(); part; part = plan.shift()) {
        const bytes = Buffer.alloc(part.size);
        await handle.read(bytes, 0, part.size, part.start);
        const form = new FormData();
        form.append('lock', doc.lock);
        form.append('inhoud', new Blob([bytes]), 'bench.pdf');
        const response = await fetch(part.url, { method: 'PUT', headers: { 'X-Mijn-Zaken': '1' }, body: form });
        await response.text();
        if (!response.ok) throw new Error(`part: ${response.status}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    const unlocked = await fetch(`${base}/documenten/api/v1/enkelvoudiginformatieobjecten/${doc.url.split('/').at(-1)}/unlock`, { method: 'POST', headers, body: JSON.stringify({ lock: doc.lock }) });
    if (unlocked.status !== 204) throw new Error(`unlock: ${unlocked.status}`);
  } finally {
    await handle.close();
  }
  return performance.now() - start;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await uploadThroughput();
  for (const r of rows) console.log(`${r.metric.padEnd(62)}  ${r.value.padStart(9)}  ${r.note}`);
}
