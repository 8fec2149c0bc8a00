#!/usr/bin/env node
// `npm run bench:upload --workspace gateway`: a 100 MB PDF (BENCH_UPLOAD_MB) uploaded as Open Zaak's
// bestandsdelen (BENCH_UPLOAD_PART_MB per part; Open Zaak's own default is one part), once straight to
// the Open Zaak stand-in with a ZGW JWT and once through the gateway, which runs as its own process
// (`node dist/main.js`) so its peak memory (VmHWM) is its own. Prints MB/s both ways, the ratio, and
// the gateway's peak resident memory before and after: streaming means the peak does not grow with the file.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { fileURLToPath } from 'node:url';
import { ZgwToken } from '../dist/upstream.js';
import { startProvider } from '../dev/oidc-provider.mjs';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { Browser, OIDC_CLIENT, OIDC_SECRET, RESIDENT_A, SESSION_SECRET, ZGW_CLIENT, ZGW_SECRET, freePort, resourcesOf } from '../test/support.mjs';

const MB = 1024 * 1024;
const size = Number(process.env.BENCH_UPLOAD_MB ?? 100) * MB;
const partSize = Number(process.env.BENCH_UPLOAD_PART_MB ?? 25) * MB;
const oz = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET }, chunkSize: partSize, keepDocuments: false });
const port = await freePort();
const publicUrl = `http://127.0.0.1:${port}`;
const op = await startProvider({ clients: [{ client_id: OIDC_CLIENT, client_secret: OIDC_SECRET, redirect_uris: [`${publicUrl}/api/zgw/callback`], post_logout_redirect_uris: [`${publicUrl}/`] }] });
const { world } = await resourcesOf(RESIDENT_A);
const zaak = RESIDENT_A.zaken[0];
const env = {
  ...process.env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: publicUrl, SESSION_SECRET, OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: OIDC_CLIENT, OIDC_CLIENT_SECRET: OIDC_SECRET,
  ZGW_ZAKEN_URL: oz.roots.zaken, ZGW_CATALOGI_URL: oz.roots.catalogi, ZGW_DOCUMENTEN_URL: oz.roots.documenten, ZGW_CLIENT_ID: ZGW_CLIENT, ZGW_SECRET, LOG_LEVEL: 'warn',
  UPLOAD_INFORMATIEOBJECTTYPE: `${oz.roots.catalogi}/informatieobjecttypen/6306b5fc-dd14-56e9-8789-32bd069f4171`, UPLOAD_BRONORGANISATIE: '002220647',
  UPLOAD_MAX_BYTES: String(size), UPLOAD_ZAAKTYPEN: world.zaken.get(zaak).zaaktype.replace('https://openzaak.gemeente.example', oz.origin),
};
const gateway = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], { env, stdio: ['ignore', 'inherit', 'inherit'] });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${publicUrl}/api/zgw/health`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}
const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${gateway.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** A PDF of `n` bytes, produced in 1 MB pieces (never whole in memory). */
async function* pdfBytes(from, to) {
  const piece = Buffer.alloc(MB, 0x20);
  piece.write('%PDF-1.7\n');
  const filler = Buffer.alloc(MB, 0x20);
  for (let at = from; at < to; at += MB) {
    const end = Math.min(to, at + MB);
    yield (at === 0 ? piece : filler).subarray(0, end - at);
  }
}
const BOUNDARY = 'benchboundary1234';
const partHead = (lock) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${lock}\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel"\r\nContent-Type: application/octet-stream\r\n\r\n`;
const PART_TAIL = `\r\n--${BOUNDARY}--\r\n`;
async function* multipart(lock, from, to) {
  yield Buffer.from(partHead(lock));
  yield* pdfBytes(from, to);
  yield Buffer.from(PART_TAIL);
}

/**
 * PUT every part of `doc` in order (its bytes streamed, never whole in memory), then unlock; the seconds
 * from the first part to the unlock. `headers()` is asked per request (the gateway's upload cookie changes),
 * `answered` sees each part's answer.
 */
async function sendParts(doc, base, { headers, unlockBody, label, answered = () => {} }) {
  const t0 = performance.now();
  let at = 0;
  for (const part of doc.bestandsdelen.sort((x, y) => x.volgnummer - y.volgnummer)) {
    const length = Buffer.byteLength(partHead(doc.lock)) + part.omvang + PART_TAIL.length;
    const res = await request(part.url.replace(oz.origin, base), {
      method: 'PUT', headers: { ...headers(), 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(length) },
      body: multipart(doc.lock, at, at + part.omvang),
      headersTimeout: 600_000, bodyTimeout: 600_000,
    });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`${label}part ${res.statusCode} ${text}`);
    answered(res);
    at += part.omvang;
  }
  const seconds = (performance.now() - t0) / 1000;
  const unlocked = await request(`${doc.url.replace(oz.origin, base)}/unlock`, { method: 'POST', headers: { ...headers(), 'content-type': 'application/json' }, body: unlockBody });
  await unlocked.body.dump();
  if (unlocked.statusCode !== 204) throw new Error(`${label}unlock ${unlocked.statusCode}`);
  return { seconds, parts: doc.bestandsdelen.length };
}

async function uploadVia(base, headers) {
  const json = { ...headers, 'content-type': 'application/json' };
  const created = await request(`${base}/documenten/api/v1/enkelvoudiginformatieobjecten`, {
    method: 'POST', headers: json,
    body: JSON.stringify({ bronorganisatie: '002220647', creatiedatum: '2026-12-01', titel: 'Groot', auteur: 'Inwoner', taal: 'dut', formaat: 'application/pdf', bestandsomvang: size, inhoud: null, informatieobjecttype: env.UPLOAD_INFORMATIEOBJECTTYPE }),
  });
  const doc = await created.body.json();
  if (created.statusCode !== 201) throw new Error(`create ${created.statusCode} ${JSON.stringify(doc)}`);
  return sendParts(doc, base, { headers: () => headers, unlockBody: JSON.stringify({ lock: doc.lock }), label: '' });
}

try {
  const browser = new Browser();
  await browser.login(`${publicUrl}/api/zgw`, RESIDENT_A.login);
  const cookie = browser.cookieHeader(publicUrl);
  await browser.fetch(`${publicUrl}/api/zgw/zaken/api/v1/zaken`);
  const before = peak();
  const token = await new ZgwToken(ZGW_CLIENT, ZGW_SECRET).get();
  // The first run warms the stand-in up (JIT, buffers); the second is the baseline.
  await uploadVia(oz.origin, { authorization: `Bearer ${token}`, 'content-crs': 'EPSG:4326' });
  const direct = await uploadVia(oz.origin, { authorization: `Bearer ${token}`, 'content-crs': 'EPSG:4326' });
  // The gateway keeps the upload cookie in the browser; this client sends it back by hand.
  let cookies = cookie;
  const gwHeaders = () => ({ cookie: cookies, 'x-mijn-zaken': '1', origin: publicUrl });
  const through = await (async () => {
    const base = `${publicUrl}/api/zgw`;
    const json = { ...gwHeaders(), 'content-type': 'application/json' };
    const created = await request(`${base}/documenten/api/v1/enkelvoudiginformatieobjecten`, { method: 'POST', headers: json, body: JSON.stringify({ titel: 'Groot', bestandsnaam: 'groot.pdf', formaat: 'application/pdf', bestandsomvang: size }) });
    const doc = await created.body.json();
    if (created.statusCode !== 201) throw new Error(`gateway create ${created.statusCode} ${JSON.stringify(doc)}`);
    const setCookie = [created.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-mijn-zaken-uploads='));
    cookies = `${cookie}; ${setCookie.split(';')[0]}`;
    return sendParts(doc, base, {
      headers: gwHeaders,
      unlockBody: '{}',
      label: 'gateway ',
      answered: (res) => {
        const sc = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-mijn-zaken-uploads='));
        if (sc) cookies = `${cookie}; ${sc.split(';')[0]}`;
      },
    });
  })();
  const after = peak();
  const mbps = (s) => (size / MB / s).toFixed(0);
  console.log(`upload of ${size / MB} MB in ${through.parts} bestandsdelen of ${partSize / MB} MB`);
  console.log(`direct to the stand-in: ${direct.seconds.toFixed(2)} s, ${mbps(direct.seconds)} MB/s`);
  console.log(`through the gateway:    ${through.seconds.toFixed(2)} s, ${mbps(through.seconds)} MB/s (ratio ${(direct.seconds / through.seconds).toFixed(2)})`);
  console.log(`gateway peak RSS (VmHWM): ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after (+${(after - before).toFixed(0)} MB for a ${size / MB} MB file)`);
} finally {
  gateway.kill('SIGTERM');
  await oz.close();
  await op.close();
}
