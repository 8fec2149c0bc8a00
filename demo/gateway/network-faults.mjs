// @ts-check
// Hostile-network scenario options for the mock gateway (issue 9): redirects to another origin or
// to a login page, truncated and oversized bodies, Basic auth challenges, a zaak answered for
// another UUID, slow large downloads, and a second real HTTP server on another loopback port
// that counts every request reaching it (preflights included) and can act as a cross-origin
// gateway with or without CORS. Node built-ins only.
//
//   redirect=301|302|303|307|308   answer with that redirect instead of the resource
//   redirect-to=foreign|login|gateway   where to: the counting server, a login page on the gateway's
//                                  origin outside the gateway, or the same URL with a slash (on the gateway)
//   fault-on=zaken|statussen|download|…   only these resources misbehave (default: all)
//   truncate=1                     headers promise more bytes than come, then the connection drops
//   oversize=<MB>                  a valid JSON answer of that many MB; chunked=1 leaves out Content-Length
//   www-auth=basic                 401 with `WWW-Authenticate: Basic`
//   other-zaak=<uuid>              zaken/{uuid} answers the zaak with this UUID instead
//   slow-download=<ms>             a download of 4 MiB, dribbled out over that many ms
//   cors=none|no-headers           (cross-origin gateway only) no CORS headers at all, or preflights
//                                  that allow no request header (so no `Authorization`)
//   dangling-next=1                every non-null `next` becomes `http://example.com/` (names no resource)
//   huge-page=<n>                  any list answers one page of n empty objects (a stack-overflow probe)
//   scale=<n>                      the resident has n generated zaken (no `expand`), each with its own
//                                  status, of 6 zaaktypen: the overview's scale benchmark
//   scale-documents=<n>            every zaak has n generated documents
//
// {mount}/_foreign            → { origin } of the counting server (started on first use)
// {mount}/_foreign/{session}  → { requests } that reached it, or a login page, for that session
import { createServer } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @param {string} v @param {string[]} allowed */
function oneOf(v, allowed) {
  if (!allowed.includes(v)) throw new Error(`expected one of ${allowed.join(', ')}`);
  return v;
}
/** @param {string} v @param {number} min @param {number} max */
function int(v, min, max) {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new Error(`expected an integer ${min}-${max}`);
  return n;
}

/**
 * This module's options, as parsed.
 * @typedef {object} NetworkFaults
 * @property {number} [redirect] @property {string} [redirect-to] @property {Set<string>} [fault-on]
 * @property {boolean} [truncate] @property {number} [oversize] @property {boolean} [chunked] @property {string} [www-auth]
 * @property {string} [other-zaak] @property {number} [slow-download] @property {string} [cors] @property {boolean} [dangling-next]
 * @property {number} [huge-page] @property {number} [scale] @property {number} [scale-documents]
 */
/** What this module reads of the scenario. @typedef {{ faults?: NetworkFaults, session?: string, pageSize: number }} FaultScenario */
/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {(req: Req, res: Res, next: (error?: unknown) => void) => void} Middleware */
/** @typedef {(options: { mountPath: string }) => Middleware} CreateGateway */
/** @typedef {{ resource: string, uuid?: string, download: boolean }} FaultRoute */

/** Scenario options of this module: name → parser. @type {{ [K in keyof NetworkFaults]-?: (v: string) => NonNullable<NetworkFaults[K]> }} */
export const NETWORK_FAULT_OPTIONS = {
  redirect: (v) => Number(oneOf(v, ['301', '302', '303', '307', '308'])),
  'redirect-to': (v) => oneOf(v, ['foreign', 'login', 'gateway']),
  'fault-on': (v) => new Set(v.split(/[|+ ]/).filter(Boolean)),
  truncate: (v) => oneOf(v, ['1']) === '1',
  oversize: (v) => int(v, 1, 64),
  chunked: (v) => oneOf(v, ['1']) === '1',
  'www-auth': (v) => oneOf(v, ['basic']),
  'other-zaak': (v) => {
    if (!UUID.test(v)) throw new Error('expected a UUID');
    return v.toLowerCase();
  },
  'slow-download': (v) => int(v, 0, 120000),
  cors: (v) => oneOf(v, ['none', 'no-headers']),
  'dangling-next': (v) => oneOf(v, ['1']) === '1',
  'huge-page': (v) => int(v, 1, 1_000_000),
  scale: (v) => int(v, 0, 100_000),
  'scale-documents': (v) => int(v, 0, 100_000),
};

const BACKEND = 'https://openzaak.gemeente.example';
/** A generated resource's UUID: its number and kind, recognisable by `-5ca1-`. */
const scaleUuid = (/** @type {number} */ n, /** @type {number} */ kind) =>
  `${n.toString(16).padStart(8, '0')}-5ca1-4000-8000-${kind.toString(16).padStart(12, '0')}`;
const SCALE_KIND = { zaak: 1, status: 2, zaaktype: 3, statustype: 4, document: 5 };
const SCALE_ZAAKTYPEN = 6;
const SCALE_STEPS = 3;

/**
 * `scale` and `scale-documents`: a generated answer for this route, or undefined.
 * @param {NetworkFaults} faults @param {FaultRoute} route
 * @param {URLSearchParams} query @param {number} pageSize @param {string} pageUrl
 */
function scaleAnswer(faults, route, query, pageSize, pageUrl) {
  const kindOf = (/** @type {string} */ uuid) => parseInt(uuid.slice(-12), 16);
  const numberOf = (/** @type {string} */ uuid) => parseInt(uuid.slice(0, 8), 16);
  const zaaktype = (/** @type {number} */ t) => ({
    url: `${BACKEND}/catalogi/api/v1/zaaktypen/${scaleUuid(t, SCALE_KIND.zaaktype)}`,
    identificatie: `SCHAAL-${t}`,
    omschrijving: `Aanvraag soort ${t + 1}`,
    statustypen: Array.from({ length: SCALE_STEPS }, (_, k) => `${BACKEND}/catalogi/api/v1/statustypen/${scaleUuid(t * SCALE_STEPS + k, SCALE_KIND.statustype)}`),
  });
  if (faults.scale !== undefined) {
    if (route.resource === 'zaken' && !route.uuid) {
      const page = Math.max(1, Number(query.get('page') ?? '1') || 1);
      const from = (page - 1) * pageSize;
      const results = [];
      for (let i = from; i < Math.min(faults.scale, from + pageSize); i++) {
        results.push({
          url: `${BACKEND}/zaken/api/v1/zaken/${scaleUuid(i, SCALE_KIND.zaak)}`,
          uuid: scaleUuid(i, SCALE_KIND.zaak),
          identificatie: `ZAAK-SCHAAL-${String(i).padStart(6, '0')}`,
          omschrijving: `Gegenereerde zaak ${i}`,
          zaaktype: zaaktype(i % SCALE_ZAAKTYPEN).url,
          status: `${BACKEND}/zaken/api/v1/statussen/${scaleUuid(i, SCALE_KIND.status)}`,
          registratiedatum: '2026-01-05',
          startdatum: '2026-01-05',
          einddatum: i % 3 === 0 ? '2026-03-01' : null,
          resultaat: null,
        });
      }
      const next = from + pageSize < faults.scale ? `${pageUrl}?page=${page + 1}` : null;
      return { count: faults.scale, next, previous: page > 1 ? `${pageUrl}?page=${page - 1}` : null, results };
    }
    const uuid = route.uuid ?? '';
    if (/-5ca1-4000-8000-/.test(uuid)) {
      const n = numberOf(uuid);
      if (route.resource === 'statussen' && kindOf(uuid) === SCALE_KIND.status) {
        return {
          url: `${BACKEND}/zaken/api/v1/statussen/${uuid}`,
          uuid,
          zaak: `${BACKEND}/zaken/api/v1/zaken/${scaleUuid(n, SCALE_KIND.zaak)}`,
          statustype: zaaktype(n % SCALE_ZAAKTYPEN).statustypen[n % SCALE_STEPS],
          datumStatusGezet: '2026-01-10T09:00:00Z',
        };
      }
      if (route.resource === 'zaaktypen' && kindOf(uuid) === SCALE_KIND.zaaktype) return zaaktype(n);
      if (route.resource === 'statustypen' && kindOf(uuid) === SCALE_KIND.statustype) {
        return {
          url: `${BACKEND}/catalogi/api/v1/statustypen/${uuid}`,
          omschrijving: ['Ontvangen', 'In behandeling', 'Afgerond'][n % SCALE_STEPS],
          zaaktype: zaaktype(Math.floor(n / SCALE_STEPS)).url,
          volgnummer: (n % SCALE_STEPS) + 1,
          isEindstatus: n % SCALE_STEPS === SCALE_STEPS - 1,
          informeren: true,
        };
      }
    }
  }
  if (faults['scale-documents'] !== undefined) {
    if (route.resource === 'zaakinformatieobjecten' && !route.uuid) {
      return Array.from({ length: faults['scale-documents'] }, (_, i) => ({
        url: `${BACKEND}/zaken/api/v1/zaakinformatieobjecten/${scaleUuid(i, SCALE_KIND.document + 1)}`,
        informatieobject: `${BACKEND}/documenten/api/v1/enkelvoudiginformatieobjecten/${scaleUuid(i, SCALE_KIND.document)}`,
        zaak: query.get('zaak'),
        titel: `Document ${i + 1}`,
        registratiedatum: '2026-01-06T10:00:00Z',
      }));
    }
    const uuid = route.uuid ?? '';
    if (route.resource === 'enkelvoudiginformatieobjecten' && !route.download && /-5ca1-4000-8000-/.test(uuid)) {
      const url = `${BACKEND}/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}`;
      return {
        url,
        titel: `Document ${numberOf(uuid) + 1}`,
        bestandsnaam: `document-${numberOf(uuid) + 1}.pdf`,
        formaat: 'application/pdf',
        bestandsomvang: 12345,
        inhoud: `${url}/download`,
        vertrouwelijkheidaanduiding: 'openbaar',
        creatiedatum: '2026-01-06',
      };
    }
  }
  return undefined;
}

/** What reached the counting server, and the login page, per session. */
/** @type {Map<string, Array<Record<string, unknown>>>} */
const hits = new Map();
/** @param {string} session @param {Record<string, unknown>} hit */
function record(session, hit) {
  if (!hits.has(session)) hits.set(session, []);
  const list = /** @type {Array<Record<string, unknown>>} */ (hits.get(session));
  if (list.length < 10000) list.push(hit);
}

/** @type {Promise<string> | undefined} */
let foreignOrigin;
/** @type {Middleware | undefined} */
let crossOriginGateway;

/**
 * The second server, on another loopback port (so another origin): `/gw/…` is a cross-origin
 * gateway (CORS unless `cors=none`); every other path is a foreign origin that counts what reaches
 * it and answers with a forged zaak, CORS wide open, as an attacker would.
 * @param {CreateGateway} createGateway
 */
export function startForeignServer(createGateway) {
  crossOriginGateway ??= createGateway({ mountPath: '/gw' });
  foreignOrigin ??= new Promise((resolve) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://foreign.invalid');
      const origin = req.headers.origin;
      /** @type {Record<string, string>} */
      const cors = {
        'Access-Control-Allow-Origin': origin ?? '*',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Expose-Headers': 'Retry-After, ETag, WWW-Authenticate',
        Vary: 'Origin',
      };
      if (url.pathname.startsWith('/gw/')) {
        const options = url.pathname.split('/')[2]?.split(',') ?? [];
        if (options.includes('cors=no-headers')) delete cors['Access-Control-Allow-Headers'];
        if (!options.includes('cors=none')) for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
        if (req.method === 'OPTIONS') {
          res.writeHead(204).end();
          return;
        }
        crossOriginGateway?.(req, res, () => res.writeHead(404).end());
        return;
      }
      const [session = '', ...rest] = url.pathname.split('/').filter(Boolean);
      record(session, { at: 'foreign', method: req.method, path: url.pathname, headers: { ...req.headers } });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      const last = rest.at(-1) ?? '';
      const forged = {
        url: `http://${req.headers.host}${url.pathname}`,
        uuid: UUID.test(last) ? last : '00000000-0000-4000-8000-000000000000',
        identificatie: 'VERVALST-1',
        omschrijving: 'Vervalste zaak van een ander domein',
        zaaktype: `http://${req.headers.host}/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000001`,
        startdatum: '2024-01-01',
      };
      const body = JSON.stringify(UUID.test(last) ? forged : { count: 1, next: null, previous: null, results: [forged] });
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(body);
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
  return foreignOrigin;
}

/**
 * `{mount}/_foreign[/{session}]` and `{mount}/_login/{session}`: handled here when true.
 * @param {Req} req @param {Res} res @param {string[]} segments @param {CreateGateway} createGateway
 */
export async function handleFaultEndpoints(req, res, segments, createGateway) {
  if (segments[0] === '_foreign') {
    const origin = await startForeignServer(createGateway);
    const body = segments[1] ? { origin, requests: hits.get(segments[1]) ?? [] } : { origin };
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
    return true;
  }
  if (segments[0] === '_login') {
    record(segments[1] ?? '', { at: 'login', method: req.method, path: req.url, headers: { ...req.headers } });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Inloggen</title><h1>Inloggen</h1>');
    return true;
  }
  return false;
}

/** `other-zaak`: the route segments with the zaak's UUID swapped (a gateway that answers another zaak). */
export function swapZaak(/** @type {FaultScenario} */ scenario, /** @type {string[]} */ segments) {
  const other = scenario.faults?.['other-zaak'];
  if (!other || segments[3] !== 'zaken' || segments.length !== 5) return segments;
  return [...segments.slice(0, 4), other];
}

/**
 * Answers with the scenario's network fault, if it has one for this request. True when answered.
 * @param {Req} req @param {Res} res @param {FaultScenario} scenario @param {FaultRoute | undefined} route
 * @param {{ mount: string, url: URL, createGateway: CreateGateway }} context
 */
export async function answerFault(req, res, scenario, route, { mount, url, createGateway }) {
  const faults = scenario.faults;
  if (!faults) return false;
  const key = route ? (route.download ? 'download' : route.resource) : undefined;
  if (faults['fault-on'] && !(key && faults['fault-on'].has(key))) return false;
  const session = scenario.session ?? '';
  if (route && (faults.scale !== undefined || faults['scale-documents'] !== undefined)) {
    const pageUrl = `${BACKEND}/${url.pathname.slice(mount.length).split('/').slice(2).join('/')}`;
    const body = scaleAnswer(faults, route, url.searchParams, scenario.pageSize, pageUrl);
    if (body !== undefined) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
      return true;
    }
  }
  if (faults['huge-page'] && route && !route.uuid) {
    const body = `{"count": ${faults['huge-page']}, "next": null, "previous": null, "results": [${Array(faults['huge-page']).fill('{}').join(',')}]}`;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    return true;
  }
  if (faults['dangling-next']) {
    // Lets the gateway answer, then points every `next` nowhere.
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    /** @param {number} status @param {Record<string, string>} [headers] */
    const withoutLength = (status, headers) => writeHead(status, Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-length')));
    /** @param {unknown} [body] */
    const dangling = (body) => end(typeof body === 'string' || Buffer.isBuffer(body) ? String(body).replace(/"next":"[^"]+"/g, '"next":"http://example.com/"') : body);
    res.writeHead = /** @type {Res['writeHead']} */ (/** @type {unknown} */ (withoutLength));
    res.end = /** @type {Res['end']} */ (/** @type {unknown} */ (dangling));
    return false;
  }
  if (faults.redirect) {
    const target = faults['redirect-to'] ?? 'foreign';
    const rest = url.pathname.slice(mount.length).split('/').slice(2).join('/');
    let location;
    if (target === 'foreign') location = `${await startForeignServer(createGateway)}/${session}/${rest}${url.search}`;
    else if (target === 'login') location = `${mount}/_login/${session}?next=${encodeURIComponent(url.pathname)}`;
    else location = `${url.pathname}/${url.search}`;
    res.writeHead(faults.redirect, { Location: location, 'Content-Type': 'text/html' }).end('<a href="">Verplaatst</a>');
    return true;
  }
  if (faults['www-auth']) {
    const body = JSON.stringify({ type: 'about:blank', code: 'not_authenticated', title: 'Authenticatiegegevens zijn niet opgegeven.', status: 401 });
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Mijn gemeente"', 'Content-Type': 'application/problem+json' }).end(body);
    return true;
  }
  if (faults.truncate) {
    const start = '{"count": 2, "next": null, "previous": null, "results": [{"url": "https://openzaak.gemeente.example/zaken/api/v1/zaken/';
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(start.length + 4000) });
    res.write(start);
    setTimeout(() => res.destroy(), 50);
    return true;
  }
  if (faults.oversize) {
    const size = faults.oversize * 1024 * 1024;
    const head = '{"count": 1, "next": null, "previous": null, "results": [], "padding": "';
    const tail = '"}';
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/json' };
    if (!faults.chunked) headers['Content-Length'] = String(size);
    res.writeHead(200, headers);
    res.write(head);
    const chunk = 'x'.repeat(64 * 1024);
    let left = size - head.length - tail.length;
    while (left > 0 && !res.destroyed) {
      const part = chunk.slice(0, Math.min(chunk.length, left));
      left -= part.length;
      if (!res.write(part)) {
        await new Promise((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve(undefined);
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    res.end(tail);
    return true;
  }
  if (faults['slow-download'] !== undefined && route?.download) {
    const total = 4 * 1024 * 1024;
    const parts = 16;
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(total),
      'Content-Disposition': 'attachment; filename="groot.pdf"',
      'X-Content-Type-Options': 'nosniff',
    });
    const part = Buffer.alloc(total / parts, 0x25);
    let closed = false;
    res.on('close', () => (closed = !res.writableFinished));
    for (let i = 0; i < parts; i++) {
      if (res.destroyed || closed) {
        record(session, { at: 'download-aborted', part: i });
        return true;
      }
      res.write(part);
      await new Promise((resolve) => setTimeout(resolve, (faults['slow-download'] ?? 0) / parts));
    }
    res.end();
    return true;
  }
  return false;
}

/** The scenario module (modules.mjs): its options, endpoints, the rerouted zaak and the faults. @type {import('./modules.mjs').ScenarioModule} */
export const networkFaults = {
  name: 'network-faults',
  options: NETWORK_FAULT_OPTIONS,
  endpoints: (req, res, segments, createGateway) => handleFaultEndpoints(req, res, segments, createGateway),
  reroute: (segments, scenario) => swapZaak(scenario, segments),
  fault: ({ req, res, scenario, route, mount, url, createGateway }) => answerFault(req, res, scenario, route, { mount, url, createGateway }),
};
