// A strict Open Zaak stand-in behind the gateway. It serves the repository's mock data
// (demo/gateway: the Open Zaak 1.30 layout) for the whole municipality, like Open Zaak does for a
// client with a broad scope, and it:
// - refuses requests without a valid ZGW JWT the way Open Zaak does (problem+json: 401 without
//   credentials; 403 for a wrong signature, an expired token, a missing client_id or an unknown client),
// - scopes `/zaken` only when asked with `rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn`
//   (without it, every zaak of every resident comes back: the gateway must add the filter),
// - logs every request with the residents whose data it concerns, so tests can assert that the back
//   end never saw a request for someone else's data,
// - can hang (never answer) for timeout tests,
// - serves `rollen` (the initiator of each zaak, by BSN; `state.extraRollen` adds more, and
//   `state.sloppyRollen` ignores the filters, as a careless back end might),
// - with `dev: true`, takes `POST /dev/zaken/{uuid}/volgende-status` (no token; loopback demo only):
//   the zaak gets the next status of its zaaktype and `notify` is called with the Notificaties
//   message Open Zaak would publish (kanaal zaken, resource status, actie create).
// Body URLs carry the stand-in's own origin, like a real Open Zaak.
// With `scenarios` (the element's browser tests through the gateway), a path may start with one of the
// mock's scenario segments (`/fail=500,session=t1/zaken/api/v1/…`): that Open Zaak is the mock in that
// scenario, its API roots and body URLs carry the segment, and the person with `scenarios.bsn` is the
// initiator of the scenario's `resident` zaken (the mock's default resident when it names none).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { decodeJwt, jwtVerify } from 'jose';
import { createGatewayMiddleware, RESIDENTS } from '../../demo/gateway/index.mjs';
import { buildWorld, DEMO_ZAKEN } from '../../demo/gateway/fixtures.mjs';
import { createDocumentStore, readBody } from './documenten-writes.mjs';

const MOCK_ORIGIN = 'https://openzaak.gemeente.example';

const byId = (identificatie) => {
  const z = DEMO_ZAKEN.find((d) => d.identificatie === identificatie);
  if (!z) throw new Error(identificatie);
  return z.uuid;
};

/** Two residents sharing the seven demo zaken: A has documents of every kind, B a result and documents too. */
export const RESIDENT_A = {
  bsn: '999993653',
  login: 'jan',
  zaken: ['ZAAK-2026-0000789', 'ZAAK-2026-0000123', 'ZAAK-2026-0000978', 'ZAAK-2026-0000456'].map(byId),
};
export const RESIDENT_B = {
  bsn: '999990019',
  login: 'fatima',
  zaken: ['ZAAK-2026-0000311', 'ZAAK-2026-0000642', 'ZAAK-2026-0001012'].map(byId),
};

// The mock picks its data by `resident=NAME`; these names are added for the stand-in's use only.
const ALL = 'openzaak-all';
/** @type {Record<string, { description: string, zaken: string[] }>} */ (RESIDENTS)[ALL] = {
  description: 'Every zaak (what Open Zaak gives a client with a broad scope)',
  zaken: [...new Set(Object.values(RESIDENTS).flatMap((r) => r.zaken))],
};
for (const r of [RESIDENT_A, RESIDENT_B]) {
  /** @type {Record<string, { description: string, zaken: string[] }>} */ (RESIDENTS)[`bsn${r.bsn}`] = { description: `test resident ${r.bsn}`, zaken: r.zaken };
}

const world = buildWorld('openzaak');
/** zaak uuid → BSN of its initiator */
const OWNER = new Map([...RESIDENT_A.zaken.map((u) => [u, RESIDENT_A.bsn]), ...RESIDENT_B.zaken.map((u) => [u, RESIDENT_B.bsn])]);
/** documents made through the stand-in → zaak uuid, once linked (documenten-writes.mjs) */
let linked = new Map();
const UUID_IN = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

/** The BSNs whose data a request concerns (any UUID in its path or query, and a BSN filter). */
function concerns(path, query) {
  const out = new Set();
  for (const text of [path, ...query.map(([, v]) => v)]) {
    for (const m of text.matchAll(UUID_IN)) {
      const uuid = m[1].toLowerCase();
      const owner = OWNER.get(world.zaakOf.get(uuid) ?? linked.get(uuid) ?? uuid);
      if (owner) out.add(owner);
    }
  }
  for (const [k, v] of query) if (k.startsWith('rol__betrokkeneIdentificatie__')) out.add(v);
  return [...out];
}

function problem(res, status, code, title) {
  const body = JSON.stringify({ type: `${MOCK_ORIGIN}/ref/fouten/${code}/`, code, title, status, detail: title, instance: `urn:uuid:${crypto.randomUUID()}` });
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** @param {string} text */
const parseOrUndefined = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const last = (url) => String(url ?? '').split('/').pop() ?? '';

/**
 * Gives a zaak the next status of its zaaktype, in the mock's own (shared, in-process) data.
 * @param {string} zaakUuid
 * @returns {{ status: Record<string, any>, statustype: Record<string, any>, zaak: Record<string, any> } | undefined} undefined: no such zaak, or it is at its last status
 */
function advance(zaakUuid) {
  const zaak = world.zaken.get(zaakUuid);
  if (!zaak) return undefined;
  const current = zaak.status ? world.statussen.get(last(zaak.status)) : undefined;
  const types = [...world.statustypen.values()].filter((t) => t.zaaktype === zaak.zaaktype).sort((a, b) => a.volgnummer - b.volgnummer);
  const at = current ? world.statustypen.get(last(current.statustype))?.volgnummer ?? 0 : 0;
  const statustype = types.find((t) => t.volgnummer > at);
  if (!statustype) return undefined;
  const uuid = randomUUID();
  const url = `${MOCK_ORIGIN}/zaken/api/v1/statussen/${uuid}`;
  for (const s of world.statussen.values()) if (s.zaak === zaak.url) s.indicatieLaatstGezetteStatus = false;
  const status = {
    ...(current ?? {}),
    url,
    uuid,
    zaak: zaak.url,
    statustype: statustype.url,
    datumStatusGezet: new Date().toISOString(),
    statustoelichting: '',
    indicatieLaatstGezetteStatus: true,
    zaakinformatieobjecten: [],
  };
  world.statussen.set(uuid, status);
  world.zaakOf.set(uuid, zaakUuid);
  zaak.status = url;
  return { status, statustype, zaak };
}

/**
 * @param {{ clients?: Record<string, string>, maxTokenLifetime?: number, dev?: boolean, notify?: (message: Record<string, any>) => Promise<void>, chunkSize?: number, keepDocuments?: boolean, scenarios?: { bsn: string } }} [options] clients: client_id → secret
 */
export async function startOpenZaak({ clients = { 'mijn-zaken-gateway': 'zgw-secret-for-tests-0123456789' }, maxTokenLifetime = 300, dev = false, notify, chunkSize = 1024 * 1024, keepDocuments = true, scenarios } = {}) {
  const mock = createGatewayMiddleware({ mountPath: '/' });
  const inner = createServer((req, res) => mock(req, res, () => problem(res, 404, 'not_found', 'Niet gevonden.')));
  await new Promise((resolve) => inner.listen(0, '127.0.0.1', () => resolve(undefined)));
  const innerOrigin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (inner.address()).port}`;

  const state = {
    /** @type {Array<{ method: string, path: string, query: [string, string][], headers: Record<string, string | string[] | undefined>, concerns: string[], status: number }>} */
    log: [],
    hang: false,
    /** @type {{ status: number, retryAfter?: string, path?: RegExp, headers?: Record<string, string> } | undefined} answer matching requests with this problem (and these extra headers) */
    fail: undefined,
    origin: '',
    /** @type {Array<{ zaak: string, bsn: string, omschrijvingGeneriek: string }>} more rollen (zaak uuid) */
    extraRollen: [],
    sloppyRollen: false,
    /** zaak uuids answered as closed (einddatum set), for upload tests */
    closed: new Set(),
  };

  /** The Notificaties message for a change, with this stand-in's URLs, as Open Zaak publishes it. */
  const message = (zaak, resource, resourceUrl, actie) => ({
    kanaal: 'zaken',
    hoofdObject: zaak.url.split(MOCK_ORIGIN).join(state.origin),
    resource,
    resourceUrl: resourceUrl.split(MOCK_ORIGIN).join(state.origin),
    actie,
    aanmaakdatum: new Date().toISOString(),
    kenmerken: { bronorganisatie: zaak.bronorganisatie ?? '', zaaktype: String(zaak.zaaktype).split(MOCK_ORIGIN).join(state.origin), vertrouwelijkheidaanduiding: zaak.vertrouwelijkheidaanduiding ?? 'openbaar' },
  });

  /** Next status for a zaak, then the notification. */
  const nextStatus = async (zaakUuid) => {
    const done = advance(zaakUuid);
    if (!done) return undefined;
    const note = message(done.zaak, 'status', done.status.url, 'create');
    await notify?.(note);
    return { omschrijving: done.statustype.omschrijving, statustekst: done.statustype.statustekst, notification: note };
  };

  const rollen = (res, query) => {
    const zaakFilter = query.find(([k]) => k === 'zaak')?.[1];
    const rolFilter = query.find(([k]) => k === 'omschrijvingGeneriek')?.[1];
    const all = [...OWNER].map(([zaak, bsn]) => ({ zaak, bsn, omschrijvingGeneriek: 'initiator' })).concat(state.extraRollen);
    const results = all
      .filter((r) => state.sloppyRollen || ((!zaakFilter || zaakFilter === `${state.origin}/zaken/api/v1/zaken/${r.zaak}`) && (!rolFilter || rolFilter === r.omschrijvingGeneriek)))
      .map((r) => {
        const uuid = crypto.randomUUID();
        return {
          url: `${state.origin}/zaken/api/v1/rollen/${uuid}`,
          uuid,
          zaak: `${state.origin}/zaken/api/v1/zaken/${r.zaak}`,
          betrokkene: '',
          betrokkeneType: 'natuurlijk_persoon',
          roltype: `${state.origin}/catalogi/api/v1/roltypen/${r.omschrijvingGeneriek === 'initiator' ? '5b2b8e6e-1f43-4c8e-9a52-1e6f0c1d2a01' : '5b2b8e6e-1f43-4c8e-9a52-1e6f0c1d2a02'}`,
          omschrijving: r.omschrijvingGeneriek === 'initiator' ? 'Aanvrager' : 'Belanghebbende',
          omschrijvingGeneriek: r.omschrijvingGeneriek,
          roltoelichting: '',
          registratiedatum: '2026-01-05T09:00:00Z',
          indicatieMachtiging: '',
          betrokkeneIdentificatie: { inpBsn: r.bsn, anpIdentificatie: '', inpA_nummer: '', geslachtsnaam: 'Testpersoon', voorvoegselGeslachtsnaam: '', voorletters: 'T', voornamen: 'Test', geslachtsaanduiding: 'o', geboortedatum: '1980-01-01', verblijfsadres: null, subVerblijfBuitenland: null },
        };
      });
    const body = JSON.stringify({ count: results.length, next: null, previous: null, results });
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'API-version': '1.5.1' });
    res.end(body);
  };
  const documents = createDocumentStore({ origin: () => state.origin, chunkSize, keep: keepDocuments, zaakExists: (u) => u.startsWith(`${state.origin}/zaken/api/v1/zaken/`) && world.zaken.has(u.split('/').pop()) });
  linked = documents.zaakOf;

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const serve = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin.invalid');
    const segment = scenarios ? /^\/([^/]*=[^/]*)(\/.*)?$/.exec(url.pathname) : null;
    if (segment) url.pathname = segment[2] ?? '/';
    /** the mock's scenario options but `resident`, and the resident they name */
    const options = (segment?.[1] ?? '').split(',').filter((o) => o && !o.startsWith('resident='));
    const scenarioResident = (segment?.[1] ?? '').split(',').find((o) => o.startsWith('resident='))?.slice('resident='.length) ?? 'default';
    /** where this scenario's Open Zaak lives: body URLs carry it */
    const origin = segment ? `${state.origin}/${segment[1]}` : state.origin;
    const query = [...url.searchParams];
    // A write's body counts too (a zaak or document URL in it), so a test sees every request about someone's data.
    const requestBody = req.method === 'GET' || req.method === 'HEAD' ? Buffer.alloc(0) : await readBody(req).catch(() => Buffer.alloc(0));
    const bodyText = requestBody.subarray(0, 64 * 1024).toString('latin1');
    const entry = { method: req.method ?? '', path: url.pathname, query, headers: { ...req.headers }, concerns: concerns(url.pathname, [...query, ['body', bodyText]]), body: bodyText.slice(0, 4096), status: 0 };
    state.log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));

    const devNext = /^\/dev\/zaken\/([0-9a-f-]{36})\/volgende-status$/.exec(url.pathname);
    if (dev && devNext && req.method === 'POST') {
      const done = await nextStatus(devNext[1]).catch(() => null);
      if (done === null) return problem(res, 502, 'error', 'De notificatie kon niet worden verstuurd.');
      if (!done) return problem(res, 409, 'conflict', 'Deze zaak bestaat niet of heeft al de laatste status.');
      const body = JSON.stringify({ omschrijving: done.omschrijving, statustekst: done.statustekst });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      return res.end(body);
    }

    // Authentication, as Open Zaak's ZGW JWT check.
    const auth = req.headers.authorization;
    if (!auth || !auth.startsWith('Bearer ')) return problem(res, 401, 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.');
    const token = auth.slice(7);
    try {
      const claims = decodeJwt(token);
      const clientId = claims.client_id;
      if (typeof clientId !== 'string' || !Object.hasOwn(clients, clientId)) throw new Error('client_id');
      const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(clients[clientId]), { algorithms: ['HS256'], requiredClaims: ['iat', 'exp', 'iss'] });
      if (protectedHeader.alg !== 'HS256') throw new Error('alg');
      if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number' || payload.exp - payload.iat > maxTokenLifetime) throw new Error('lifetime');
      if (payload.iat > Date.now() / 1000 + 30) throw new Error('iat in the future');
    } catch {
      return problem(res, 403, 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.');
    }
    if (url.pathname.startsWith('/zaken/api/v1/') && req.headers['accept-crs'] !== 'EPSG:4326' && /\/zaken(\/|$)/.test(url.pathname)) {
      return problem(res, 412, 'precondition_failed', "'Accept-Crs' header ontbreekt");
    }
    if (state.fail && (!state.fail.path || state.fail.path.test(url.pathname))) {
      if (state.fail.retryAfter) res.setHeader('Retry-After', state.fail.retryAfter);
      // Headers of the back end's own (a test checks they never reach the browser).
      for (const [k, v] of Object.entries(state.fail.headers ?? {})) res.setHeader(k, v);
      return problem(res, state.fail.status, 'error', `Interne fout met details die de inwoner niet hoort te zien (stack trace ${state.fail.status})`);
    }
    if (state.hang) {
      await new Promise((resolve) => res.once('close', resolve));
      return;
    }
    if (url.pathname === '/zaken/api/v1/rollen' && req.method === 'GET') return rollen(res, query);

    // Documenten writes (and reads of what was made here) are the stand-in's own.
    try {
      if (await documents.handle(req, res, url, requestBody)) return;
    } catch {
      return problem(res, 400, 'invalid', 'Ongeldige invoer.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 405, 'method_not_allowed', 'Methode niet toegestaan.');

    // Which resident's data the mock serves: a BSN filter on /zaken scopes, anything else is everyone's.
    let resident = ALL;
    const forward = new URLSearchParams();
    for (const [k, v] of query) {
      if (k === 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn') {
        resident = scenarios && v === scenarios.bsn ? scenarioResident : Object.hasOwn(RESIDENTS, `bsn${v}`) ? `bsn${v}` : 'none';
        continue;
      }
      if (k === 'rol__omschrijvingGeneriek') {
        if (v !== 'initiator') resident = 'none';
        continue;
      }
      if (k.startsWith('rol__')) {
        resident = 'none';
        continue;
      }
      forward.append(k, v.split(origin).join(MOCK_ORIGIN));
    }
    const qs = forward.toString();
    let upstream;
    try {
      upstream = await fetch(`${innerOrigin}/${[...options, `resident=${resident}`].join(',')}${url.pathname}${qs ? `?${qs}` : ''}`, {
        method: req.method,
        headers: { accept: req.headers.accept ?? '*/*', ...(req.headers['if-none-match'] ? { 'if-none-match': String(req.headers['if-none-match']) } : {}) },
      });
    } catch {
      return problem(res, 500, 'error', 'Er is een serverfout opgetreden.');
    }
    const headers = {};
    for (const name of ['content-type', 'etag', 'api-version', 'content-crs', 'content-disposition', 'x-content-type-options', 'retry-after', 'cache-control']) {
      const v = upstream.headers.get(name);
      if (v) headers[name] = v;
    }
    let body = Buffer.from(await upstream.arrayBuffer());
    if (/json/.test(headers['content-type'] ?? '')) {
      let text = body.toString('utf8').split(MOCK_ORIGIN).join(origin);
      // Open Zaak keeps every filter in `next`/`previous`: put the rol__ filters back.
      const rol = query.filter(([k]) => k.startsWith('rol__'));
      // (A scenario's broken body stays as broken as the mock made it.)
      const page = rol.length && upstream.status === 200 ? parseOrUndefined(text) : undefined;
      if (page) {
        for (const link of ['next', 'previous']) {
          if (typeof page[link] !== 'string' || !URL.canParse(page[link])) continue;
          const u = new URL(page[link]);
          for (const [k, v] of rol) u.searchParams.set(k, v);
          u.searchParams.sort();
          page[link] = u.href;
        }
        text = JSON.stringify(page);
      }
      text = documents.mergeList(url, text);
      const closed = /^\/zaken\/api\/v1\/zaken\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
      if (closed && state.closed.has(closed) && upstream.status === 200) text = JSON.stringify({ ...parseOrUndefined(text), einddatum: '2026-11-30' });
      body = Buffer.from(text);
    }
    headers['content-length'] = String(body.length);
    res.writeHead(upstream.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  // A stand-in that throws answers 500, as Open Zaak would; it never takes the test process down.
  const server = createServer((req, res) =>
    serve(req, res).catch(() => (res.headersSent ? res.destroy() : problem(res, 500, 'error', 'Er is een serverfout opgetreden.'))),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  state.origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  return {
    state,
    documents,
    origin: state.origin,
    /** the mock itself (mounted at `/`), for its test endpoints: `_log/{session}`, `_store` */
    mock: innerOrigin,
    roots: {
      zaken: `${state.origin}/zaken/api/v1`,
      catalogi: `${state.origin}/catalogi/api/v1`,
      documenten: `${state.origin}/documenten/api/v1`,
    },
    /** Requests that concerned the given BSN's data. */
    requestsFor: (bsn) => state.log.filter((e) => e.concerns.includes(bsn)),
    nextStatus,
    message,
    clear: () => (state.log.length = 0),
    close: async () => {
      server.closeAllConnections();
      inner.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(() => r(undefined))), new Promise((r) => inner.close(() => r(undefined)))]);
    },
  };
}
