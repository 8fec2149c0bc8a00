// An Open VTB Taken API 0.1.0 stand-in (externetaken only): `Authorization: Token …` required (401
// without, 403 for a wrong token), filters isGerelateerdAan / isToegewezenAan / status exactly, pages
// of {count, next, previous, results}, a request log with the residents each request concerns.
// Data: for every zaak of the two test residents an open and a finished URL task assigned to the
// resident, plus, on one of A's zaken, an open task assigned to a co-applicant (not A).
import { createServer } from 'node:http';
import { buildWorld, uid } from '../../demo/gateway/fixtures.mjs';
import { RESIDENT_A, RESIDENT_B } from './openzaak-standin.mjs';

export const ZAAK_URN = 'urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie}';
export const CO_APPLICANT_BSN = '999990020';

/** @param {{ token?: string }} [options] */
export async function startTaken({ token = 'taken-token-for-tests' } = {}) {
  const world = buildWorld('openzaak');
  const state = { log: [], origin: '' };
  /** @type {Array<Record<string, unknown> & { _owner: string }>} */
  const tasks = [];
  const add = (zaakUuid, bsn, status, n) => {
    const z = world.zaken.get(zaakUuid);
    const uuid = uid(`taak:${zaakUuid}:${bsn}:${n}`);
    tasks.push({
      _owner: bsn,
      uuid,
      taakSoort: 'urltaak',
      verwerkerTaakId: `T-${n}`,
      titel: status === 'open' ? 'Stuur de ontbrekende bewijsstukken' : 'Bevestig uw adres',
      status,
      startdatum: '2026-11-01T09:00:00Z',
      einddatumHandelingsTermijn: '2026-12-15T23:59:00Z',
      datumHerinnering: null,
      toelichting: '',
      handelingsPerspectief: 'lezen',
      isToegewezenAan: `urn:nld:brp:bsn:${bsn}`,
      isGerelateerdAan: [{ urn: ZAAK_URN.replace('{identificatie}', z.identificatie) }],
      details: { uitvraagLink: `https://formulieren.gemeente.example/taak/${uuid}` },
    });
  };
  let n = 0;
  for (const r of [RESIDENT_A, RESIDENT_B]) {
    for (const z of r.zaken) {
      add(z, r.bsn, 'open', ++n);
      add(z, r.bsn, 'uitgevoerd', ++n);
    }
  }
  add(RESIDENT_A.zaken[0], CO_APPLICANT_BSN, 'open', ++n);
  const zaakOwner = new Map([...RESIDENT_A.zaken.map((u) => [world.zaken.get(u).identificatie, RESIDENT_A.bsn]), ...RESIDENT_B.zaken.map((u) => [world.zaken.get(u).identificatie, RESIDENT_B.bsn])]);
  const body = (t) => {
    const { _owner, ...rest } = t;
    return { url: `${state.origin}/taken/api/v1/externetaken/${t.uuid}`, ...rest };
  };
  const send = (res, status, value) => {
    const text = JSON.stringify(value);
    res.writeHead(status, { 'content-type': status < 400 ? 'application/json' : 'application/problem+json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://taken.invalid');
    const query = [...url.searchParams];
    const concerns = new Set();
    for (const [, v] of query) {
      const bsn = /urn:nld:brp:bsn:(\d{9})/.exec(v)?.[1];
      if (bsn) concerns.add(bsn);
      const id = /zaaknummer:([A-Z0-9-]+)/.exec(v)?.[1];
      if (id && zaakOwner.has(id)) concerns.add(zaakOwner.get(id));
    }
    const detail = /^\/taken\/api\/v1\/externetaken\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (detail) {
      const t = tasks.find((x) => x.uuid === detail[1]);
      if (t) concerns.add(t._owner);
    }
    const entry = { method: req.method, path: url.pathname, query, headers: { ...req.headers }, concerns: [...concerns], status: 0 };
    state.log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const auth = req.headers.authorization;
    if (!auth) return send(res, 401, { code: 'not_authenticated', title: 'Authenticatiegegevens zijn niet opgegeven.', status: 401 });
    if (auth !== `Token ${token}`) return send(res, 403, { code: 'authentication_failed', title: 'Ongeldige token.', status: 403 });
    if (req.method !== 'GET') return send(res, 405, { code: 'method_not_allowed', title: 'Methode niet toegestaan.', status: 405 });
    if (detail) {
      const t = tasks.find((x) => x.uuid === detail[1]);
      return t ? send(res, 200, body(t)) : send(res, 404, { code: 'not_found', title: 'Niet gevonden.', status: 404 });
    }
    if (url.pathname !== '/taken/api/v1/externetaken') return send(res, 404, { code: 'not_found', title: 'Niet gevonden.', status: 404 });
    const known = ['isGerelateerdAan', 'isToegewezenAan', 'status', 'page', 'pageSize'];
    const unknown = query.map(([k]) => k).filter((k) => !known.includes(k));
    if (unknown.length) return send(res, 400, { code: 'invalid', title: 'Onbekende query parameters.', status: 400, invalidParams: unknown.map((name) => ({ name, code: 'unknown' })) });
    const q = url.searchParams;
    const items = tasks.filter(
      (t) =>
        (!q.has('isGerelateerdAan') || t.isGerelateerdAan.some((g) => g.urn === q.get('isGerelateerdAan'))) &&
        (!q.has('isToegewezenAan') || t.isToegewezenAan === q.get('isToegewezenAan')) &&
        (!q.has('status') || t.status === q.get('status')),
    );
    return send(res, 200, { count: items.length, next: null, previous: null, results: items.map(body) });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  state.origin = `http://127.0.0.1:${server.address().port}`;
  return {
    state,
    root: `${state.origin}/taken/api/v1`,
    token,
    tasks: () => tasks.map((t) => ({ ...body(t), owner: t._owner })),
    requestsFor: (bsn) => state.log.filter((e) => e.concerns.includes(bsn)),
    clear: () => (state.log.length = 0),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
