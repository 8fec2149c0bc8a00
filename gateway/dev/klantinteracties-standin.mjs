// A strict Klantinteracties API 0.9.0 stand-in (Open Klant): `Authorization: Token …` required (401
// without, 403 for a wrong token); only filter names from the spec (any other is a 400, where Open
// Klant would silently ignore it and answer everyone's contacts); pages of {count, next, previous,
// results}; writes checked for the spec's required fields and enums; a request log with the
// residents each request concerns (BSNs in the query, and the owners of any zaak or klantcontact
// UUID in the path, query or body). Klantcontacten embed their actors with the medewerker's name,
// as Open Klant does, so a test can see that the gateway strips them.
// Data: on A's first zaak a question by A with an answer by a medewerker, and a question by a
// co-applicant; on B's first zaak a question by B with an answer.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { uid } from '../../demo/gateway/fixtures.mjs';
import { readBody } from './documenten-writes.mjs';
import { RESIDENT_A, RESIDENT_B } from './openzaak-standin.mjs';

export const CO_APPLICANT_BSN = '999990020';
export const MEDEWERKER_NAME = 'K. de Medewerker-Jansen';

const KLANTCONTACT_FILTERS = [
  'expand', 'hadBetrokkene__digitaaladres__adres__icontains', 'hadBetrokkene__url', 'hadBetrokkene__uuid', 'hadBetrokkene__wasPartij',
  'hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype', 'hadBetrokkene__wasPartij__partijIdentificator__codeRegister',
  'hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId', 'hadBetrokkene__wasPartij__partijIdentificator__objectId',
  'hadBetrokkene__wasPartij__url', 'hadBetrokkene__wasPartij__uuid', 'indicatieContactGelukt', 'inhoud', 'kanaal', 'leiddeTotInterneTaken', 'nummer', 'onderwerp',
  'onderwerpobject__onderwerpobjectidentificatorCodeObjecttype', 'onderwerpobject__onderwerpobjectidentificatorCodeRegister',
  'onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId', 'onderwerpobject__onderwerpobjectidentificatorObjectId', 'onderwerpobject__url', 'onderwerpobject__uuid',
  'page', 'pageSize', 'plaatsgevondenOp', 'reactie', 'referentienummer', 'vertrouwelijk',
];
const ONDERWERPOBJECT_FILTERS = ['klantcontact__url', 'klantcontact__uuid', 'onderwerpobjectidentificatorCodeObjecttype', 'onderwerpobjectidentificatorCodeRegister', 'onderwerpobjectidentificatorCodeSoortObjectId', 'onderwerpobjectidentificatorObjectId', 'page', 'pageSize', 'wasKlantcontact__url', 'wasKlantcontact__uuid'];
const PARTIJ_FILTERS = ['partijIdentificator__codeObjecttype', 'partijIdentificator__codeRegister', 'partijIdentificator__codeSoortObjectId', 'partijIdentificator__objectId', 'soortPartij', 'indicatieActief', 'page', 'pageSize'];
const OBJECTTYPES = ['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging'];
const SOORTEN = ['bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin'];
const REGISTERS = ['brp', 'hr'];
const UUID_IN = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

/** @param {{ token?: string }} [options] */
export async function startKlantinteracties({ token = 'klantinteracties-token-for-tests' } = {}) {
  const state = { log: [], origin: '', /** @type {string | undefined} a resource whose POST fails with 500 */ failPost: undefined, /** @type {{ status: number, retryAfter?: string, method?: string, resource?: string } | undefined} */ busy: undefined };
  const root = () => `${state.origin}/klantinteracties/api/v1`;
  /** @type {Map<string, any>} */ const partijen = new Map();
  /** @type {Map<string, any>} */ const identificatoren = new Map();
  /** @type {Map<string, any>} */ const klantcontacten = new Map();
  /** @type {Map<string, any>} */ const betrokkenen = new Map();
  /** @type {Map<string, any>} */ const onderwerpobjecten = new Map();
  const zaakOwner = new Map([...RESIDENT_A.zaken.map((u) => [u, RESIDENT_A.bsn]), ...RESIDENT_B.zaken.map((u) => [u, RESIDENT_B.bsn])]);

  const addPartij = (bsn) => {
    const uuid = uid(`partij:${bsn}`);
    partijen.set(uuid, { uuid, soortPartij: 'persoon', indicatieActief: true });
    const iu = uid(`partij-identificator:${bsn}`);
    identificatoren.set(iu, { uuid: iu, identificeerdePartij: { uuid }, partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: bsn, codeRegister: 'brp' } });
    return uuid;
  };
  const addContact = (name, fields, { partij, zaak, question, medewerker }) => {
    const uuid = uid(`klantcontact:${name}`);
    klantcontacten.set(uuid, {
      uuid, nummer: '', referentienummer: '', kanaal: medewerker ? 'e-mail' : 'website', onderwerp: 'Vraag over mijn zaak', inhoud: '', reactie: '',
      indicatieContactGelukt: true, taal: 'nld', vertrouwelijk: false, plaatsgevondenOp: '2026-11-20T10:00:00Z', hoofdOnderwerpType: '', verdereActieOndernomen: false, metadata: {},
      _actors: medewerker ? [{ uuid: uid(`actor:${name}`), naam: MEDEWERKER_NAME, soortActor: 'medewerker', indicatieActief: true, actoridentificator: { objectId: 'mjansen', codeObjecttype: 'mdw', codeRegister: 'ldap', codeSoortObjectId: 'gebruikersnaam' } }] : [],
      ...fields,
    });
    if (partij) betrokkenen.set(uid(`betrokkene:${name}`), { uuid: uid(`betrokkene:${name}`), hadKlantcontact: { uuid }, wasPartij: { uuid: partij }, rol: 'klant', initiator: true, organisatienaam: '', contactnaam: { voornaam: 'Inwoner', achternaam: name } });
    const ou = uid(`onderwerpobject:${name}`);
    onderwerpobjecten.set(ou, {
      uuid: ou, klantcontact: { uuid }, wasKlantcontact: question ? { uuid: question } : null,
      onderwerpobjectidentificator: zaak ? { objectId: zaak, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' } : null,
    });
    return uuid;
  };
  const pa = addPartij(RESIDENT_A.bsn);
  const pb = addPartij(RESIDENT_B.bsn);
  const pc = addPartij(CO_APPLICANT_BSN);
  const qa = addContact('qa', { inhoud: 'Wanneer hoor ik iets over mijn aanvraag?' }, { partij: pa, zaak: RESIDENT_A.zaken[0] });
  addContact('qa-answer', { inhoud: 'U hoort binnen twee weken van ons.', onderwerp: 'Antwoord op uw vraag', plaatsgevondenOp: '2026-11-22T09:00:00Z' }, { question: qa, medewerker: true });
  addContact('qc', { inhoud: 'Vraag van de medeaanvrager over dezelfde zaak' }, { partij: pc, zaak: RESIDENT_A.zaken[0] });
  const qb = addContact('qb', { inhoud: 'Vraag van B over haar bezwaar' }, { partij: pb, zaak: RESIDENT_B.zaken[0] });
  addContact('qb-answer', { inhoud: 'Antwoord aan B' }, { question: qb, medewerker: true });

  /** BSNs a klantcontact belongs to: its betrokkenen's partijen, or (an answer) its question's. */
  const ownersOf = (kcUuid, depth = 0) => {
    const out = new Set();
    for (const b of betrokkenen.values()) {
      if (b.hadKlantcontact.uuid !== kcUuid || !b.wasPartij) continue;
      for (const i of identificatoren.values()) if (i.identificeerdePartij.uuid === b.wasPartij.uuid) out.add(i.partijIdentificator.objectId);
    }
    if (depth < 3) for (const o of onderwerpobjecten.values()) if (o.klantcontact?.uuid === kcUuid && o.wasKlantcontact) for (const x of ownersOf(o.wasKlantcontact.uuid, depth + 1)) out.add(x);
    for (const o of onderwerpobjecten.values()) if (o.klantcontact?.uuid === kcUuid && o.onderwerpobjectidentificator?.codeObjecttype === 'zaak' && !out.size) { const z = zaakOwner.get(o.onderwerpobjectidentificator.objectId); if (z) out.add(z); }
    return out;
  };
  const concerns = (texts) => {
    const out = new Set();
    for (const text of texts) {
      for (const m of text.matchAll(/\b(\d{9})\b/g)) out.add(m[1]);
      for (const m of text.matchAll(UUID_IN)) {
        const u = m[1].toLowerCase();
        if (zaakOwner.has(u)) out.add(zaakOwner.get(u));
        if (klantcontacten.has(u)) for (const b of ownersOf(u)) out.add(b);
        const o = onderwerpobjecten.get(u);
        if (o?.klantcontact) for (const b of ownersOf(o.klantcontact.uuid)) out.add(b);
      }
    }
    return [...out];
  };

  const fk = (kind, v) => (v ? { uuid: v.uuid, url: `${root()}/${kind}/${v.uuid}` } : null);
  const viewKc = (k) => {
    const { _actors, ...rest } = k;
    return {
      ...rest,
      url: `${root()}/klantcontacten/${k.uuid}`,
      gingOverOnderwerpobjecten: [...onderwerpobjecten.values()].filter((o) => o.klantcontact?.uuid === k.uuid).map((o) => fk('onderwerpobjecten', o)),
      hadBetrokkenActoren: _actors.map((a) => ({ ...a, url: `${root()}/actoren/${a.uuid}` })),
      omvatteBijlagen: [],
      hadBetrokkenen: [...betrokkenen.values()].filter((b) => b.hadKlantcontact.uuid === k.uuid).map((b) => fk('betrokkenen', b)),
      leiddeTotInterneTaken: [],
    };
  };
  const viewOo = (o) => ({ ...o, url: `${root()}/onderwerpobjecten/${o.uuid}`, klantcontact: fk('klantcontacten', o.klantcontact), wasKlantcontact: fk('klantcontacten', o.wasKlantcontact) });
  const viewPartij = (p) => ({ ...p, url: `${root()}/partijen/${p.uuid}`, partijIdentificatoren: [...identificatoren.values()].filter((i) => i.identificeerdePartij.uuid === p.uuid).map((i) => ({ ...i, url: `${root()}/partij-identificatoren/${i.uuid}` })) });
  const send = (res, status, value) => {
    const text = value === undefined ? '' : JSON.stringify(value);
    res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const invalid = (res, params) => send(res, 400, { type: 'validation', code: 'invalid', title: 'Invalid input.', status: 400, invalidParams: params.map(([name, code]) => ({ name, code, reason: code })) });
  const notFound = (res) => send(res, 404, { code: 'not_found', title: 'Niet gevonden.', status: 404 });
  const page = (res, items) => send(res, 200, { count: items.length, next: null, previous: null, results: items });

  const partijOf = (q) => {
    const ids = [...identificatoren.values()].filter((i) =>
      ['codeObjecttype', 'codeSoortObjectId', 'codeRegister', 'objectId'].every((f) => !q.has(`${f}`) || i.partijIdentificator[f] === q.get(f)));
    return new Set(ids.map((i) => i.identificeerdePartij.uuid));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://klant.invalid');
    const query = [...url.searchParams];
    const body = req.method === 'GET' ? Buffer.alloc(0) : await readBody(req, 1024 * 1024).catch(() => Buffer.alloc(0));
    const text = body.toString('utf8');
    const entry = { method: req.method, path: url.pathname, query, body: text, headers: { ...req.headers }, concerns: concerns([url.pathname, ...query.map(([, v]) => v), text]), status: 0 };
    state.log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const auth = req.headers.authorization;
    if (!auth) return send(res, 401, { code: 'not_authenticated', title: 'Authenticatiegegevens zijn niet opgegeven.', status: 401 });
    if (auth !== `Token ${token}`) return send(res, 403, { code: 'authentication_failed', title: 'Ongeldige token.', status: 403 });
    // A busy Open Klant: `state.busy = { status: 503, retryAfter: '7', method: 'POST', resource: 'klantcontacten' }` (method/resource optional).
    const busy = state.busy;
    if (busy && (!busy.method || busy.method === req.method) && (!busy.resource || url.pathname.includes(`/${busy.resource}`))) {
      if (busy.retryAfter) res.setHeader('Retry-After', busy.retryAfter);
      res.setHeader('X-Open-Klant-Node', 'klant-3.intern');
      return send(res, busy.status, { code: 'throttled', title: 'Interne details die de inwoner niet hoort te zien.', status: busy.status });
    }
    const m = /^\/klantinteracties\/api\/v1\/([a-z-]+)(?:\/([0-9a-f-]{36}))?$/.exec(url.pathname);
    if (!m) return notFound(res);
    const [, resource, id] = m;
    const known = { klantcontacten: KLANTCONTACT_FILTERS, onderwerpobjecten: ONDERWERPOBJECT_FILTERS, partijen: PARTIJ_FILTERS }[resource] ?? ['page', 'pageSize'];
    const unknown = query.map(([k]) => k).filter((k) => !known.includes(k));
    if (unknown.length) return send(res, 400, { code: 'invalid', title: 'Onbekende query parameters.', status: 400, invalidParams: unknown.map((name) => ({ name, code: 'unknown' })) });
    const q = url.searchParams;

    if (req.method === 'GET') {
      if (resource === 'klantcontacten') {
        if (id) return klantcontacten.has(id) ? send(res, 200, viewKc(klantcontacten.get(id))) : notFound(res);
        const ob = (f) => q.get(`onderwerpobject__onderwerpobjectidentificator${f}`);
        const pq = new URLSearchParams();
        for (const f of ['codeObjecttype', 'codeSoortObjectId', 'codeRegister', 'objectId']) {
          const v = q.get(`hadBetrokkene__wasPartij__partijIdentificator__${f}`);
          if (v !== null) pq.set(f, v);
        }
        const partijSet = [...pq.keys()].length ? partijOf(pq) : undefined;
        const items = [...klantcontacten.values()].filter((k) => {
          const subjects = [...onderwerpobjecten.values()].filter((o) => o.klantcontact?.uuid === k.uuid && o.onderwerpobjectidentificator);
          for (const f of ['CodeObjecttype', 'ObjectId', 'CodeRegister', 'CodeSoortObjectId']) {
            const v = ob(f);
            if (v !== null && !subjects.some((o) => o.onderwerpobjectidentificator[f[0].toLowerCase() + f.slice(1)] === v)) return false;
          }
          if (partijSet && ![...betrokkenen.values()].some((b) => b.hadKlantcontact.uuid === k.uuid && b.wasPartij && partijSet.has(b.wasPartij.uuid))) return false;
          return true;
        });
        return page(res, items.map(viewKc));
      }
      if (resource === 'onderwerpobjecten') {
        if (id) return onderwerpobjecten.has(id) ? send(res, 200, viewOo(onderwerpobjecten.get(id))) : notFound(res);
        const items = [...onderwerpobjecten.values()].filter((o) =>
          (!q.has('wasKlantcontact__uuid') || o.wasKlantcontact?.uuid === q.get('wasKlantcontact__uuid')) && (!q.has('klantcontact__uuid') || o.klantcontact?.uuid === q.get('klantcontact__uuid')));
        return page(res, items.map(viewOo));
      }
      if (resource === 'partijen') {
        const pq = new URLSearchParams();
        for (const f of ['codeObjecttype', 'codeSoortObjectId', 'codeRegister', 'objectId']) if (q.has(`partijIdentificator__${f}`)) pq.set(f, q.get(`partijIdentificator__${f}`));
        const set = partijOf(pq);
        return page(res, [...partijen.values()].filter((p) => set.has(p.uuid)).map(viewPartij));
      }
      return notFound(res);
    }

    if (req.method === 'DELETE' && id) {
      const store = { klantcontacten, betrokkenen, onderwerpobjecten, partijen }[resource];
      if (!store?.has(id)) return notFound(res);
      store.delete(id);
      if (resource === 'klantcontacten') {
        // Open Klant cascades: the contact's betrokkenen and onderwerpobjecten go with it.
        for (const [u, b] of betrokkenen) if (b.hadKlantcontact.uuid === id) betrokkenen.delete(u);
        for (const [u, o] of onderwerpobjecten) if (o.klantcontact?.uuid === id) onderwerpobjecten.delete(u);
      }
      res.writeHead(204);
      return res.end();
    }

    if (req.method !== 'POST' || id) return send(res, 405, { code: 'method_not_allowed', title: 'Methode niet toegestaan.', status: 405 });
    if (state.failPost === resource) return send(res, 500, { code: 'error', title: 'Interne fout.', status: 500 });
    let b;
    try {
      b = JSON.parse(text);
    } catch {
      return invalid(res, [['nonFieldErrors', 'parse_error']]);
    }
    const uuid = randomUUID();
    const p = [];
    if (resource === 'klantcontacten') {
      for (const f of ['kanaal', 'onderwerp', 'taal']) if (typeof b[f] !== 'string' || !b[f]) p.push([f, 'required']);
      if (typeof b.vertrouwelijk !== 'boolean') p.push(['vertrouwelijk', 'required']);
      if (typeof b.inhoud === 'string' && b.inhoud.length > 1000) p.push(['inhoud', 'max_length']);
      if (typeof b.onderwerp === 'string' && b.onderwerp.length > 200) p.push(['onderwerp', 'max_length']);
      if (p.length) return invalid(res, p);
      const { kanaal, onderwerp, inhoud = '', taal, vertrouwelijk, plaatsgevondenOp = new Date().toISOString(), indicatieContactGelukt = null } = b;
      klantcontacten.set(uuid, { uuid, nummer: '', referentienummer: '', kanaal, onderwerp, inhoud, reactie: '', indicatieContactGelukt, taal, vertrouwelijk, plaatsgevondenOp, hoofdOnderwerpType: '', verdereActieOndernomen: false, metadata: {}, _actors: [] });
      return send(res, 201, viewKc(klantcontacten.get(uuid)));
    }
    if (resource === 'betrokkenen') {
      if (!klantcontacten.has(b.hadKlantcontact?.uuid)) p.push(['hadKlantcontact', 'does_not_exist']);
      if (b.wasPartij !== null && b.wasPartij !== undefined && !partijen.has(b.wasPartij.uuid)) p.push(['wasPartij', 'does_not_exist']);
      if (!['vertegenwoordiger', 'klant'].includes(b.rol)) p.push(['rol', 'invalid_choice']);
      if (typeof b.initiator !== 'boolean') p.push(['initiator', 'required']);
      if (p.length) return invalid(res, p);
      betrokkenen.set(uuid, { uuid, hadKlantcontact: { uuid: b.hadKlantcontact.uuid }, wasPartij: b.wasPartij ? { uuid: b.wasPartij.uuid } : null, rol: b.rol, initiator: b.initiator, organisatienaam: b.organisatienaam ?? '', contactnaam: b.contactnaam ?? null });
      return send(res, 201, { ...betrokkenen.get(uuid), url: `${root()}/betrokkenen/${uuid}` });
    }
    if (resource === 'onderwerpobjecten') {
      if (b.klantcontact && !klantcontacten.has(b.klantcontact.uuid)) p.push(['klantcontact', 'does_not_exist']);
      if (b.wasKlantcontact && !klantcontacten.has(b.wasKlantcontact.uuid)) p.push(['wasKlantcontact', 'does_not_exist']);
      const oi = b.onderwerpobjectidentificator;
      if (oi && ['objectId', 'codeObjecttype', 'codeRegister', 'codeSoortObjectId'].some((f) => typeof oi[f] !== 'string' || oi[f].length > 200)) p.push(['onderwerpobjectidentificator', 'invalid']);
      if (p.length) return invalid(res, p);
      onderwerpobjecten.set(uuid, { uuid, klantcontact: b.klantcontact ? { uuid: b.klantcontact.uuid } : null, wasKlantcontact: b.wasKlantcontact ? { uuid: b.wasKlantcontact.uuid } : null, onderwerpobjectidentificator: oi ?? null });
      return send(res, 201, viewOo(onderwerpobjecten.get(uuid)));
    }
    if (resource === 'partijen') {
      if (!['persoon', 'organisatie', 'contactpersoon'].includes(b.soortPartij)) p.push(['soortPartij', 'invalid_choice']);
      if (typeof b.indicatieActief !== 'boolean') p.push(['indicatieActief', 'required']);
      if (p.length) return invalid(res, p);
      partijen.set(uuid, { uuid, soortPartij: b.soortPartij, indicatieActief: b.indicatieActief });
      return send(res, 201, viewPartij(partijen.get(uuid)));
    }
    if (resource === 'partij-identificatoren') {
      const pi = b.partijIdentificator ?? {};
      if (!partijen.has(b.identificeerdePartij?.uuid)) p.push(['identificeerdePartij', 'does_not_exist']);
      if (!OBJECTTYPES.includes(pi.codeObjecttype)) p.push(['partijIdentificator.codeObjecttype', 'invalid_choice']);
      if (!SOORTEN.includes(pi.codeSoortObjectId)) p.push(['partijIdentificator.codeSoortObjectId', 'invalid_choice']);
      if (!REGISTERS.includes(pi.codeRegister)) p.push(['partijIdentificator.codeRegister', 'invalid_choice']);
      if (typeof pi.objectId !== 'string' || !pi.objectId) p.push(['partijIdentificator.objectId', 'required']);
      if (p.length) return invalid(res, p);
      identificatoren.set(uuid, { uuid, identificeerdePartij: { uuid: b.identificeerdePartij.uuid }, partijIdentificator: { ...pi } });
      return send(res, 201, { ...identificatoren.get(uuid), url: `${root()}/partij-identificatoren/${uuid}` });
    }
    return notFound(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  state.origin = `http://127.0.0.1:${server.address().port}`;
  return {
    state,
    root: root(),
    token,
    klantcontacten,
    betrokkenen,
    onderwerpobjecten,
    partijen,
    ownersOf,
    requestsFor: (bsn) => state.log.filter((e) => e.concerns.includes(bsn)),
    clear: () => (state.log.length = 0),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
