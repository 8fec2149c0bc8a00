// Documenten API writes for the strict Open Zaak stand-in (Documenten 1.4 as Open Zaak 1.30 does
// them): POST enkelvoudiginformatieobjecten (inline base64 `inhoud`, or `inhoud: null` with
// `bestandsomvang`: then the document is locked and split into bestandsdelen of `chunkSize`),
// PUT bestandsdelen/{uuid} (multipart/form-data with `lock` and `inhoud`, exactly `omvang` bytes),
// lock/unlock (unlock needs the lock and every part), DELETE, and POST zaakinformatieobjecten (an
// existing zaak and an unlocked document). Bodies are checked against the spec's required fields
// and enums; anything off is a 400 with invalidParams, as Open Zaak answers.
import { randomUUID } from 'node:crypto';

const LEVELS = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];
const STATUSES = ['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd'];

export async function readBody(req, max = 200 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > max) throw new Error('too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

/** A small multipart/form-data reader (the stand-in buffers; the gateway is the one that streams). */
export function parseMultipart(body, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!m) return undefined;
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const fields = {};
  let pos = body.indexOf(boundary);
  if (pos < 0) return undefined;
  for (;;) {
    pos += boundary.length;
    if (body.subarray(pos, pos + 2).toString() === '--') break;
    pos += 2; // CRLF
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return undefined;
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next < 0 || !name) return undefined;
    fields[name] = body.subarray(headerEnd + 4, next - 2);
    pos = next;
  }
  return fields;
}

/**
 * @param {{ origin: () => string, zaakExists: (url: string) => boolean, chunkSize?: number, keep?: boolean }} options keep: false stores only sizes (the bench)
 */
export function createDocumentStore({ origin, zaakExists, chunkSize = 1024 * 1024, keep = true }) {
  /** @type {Map<string, any>} */
  const docs = new Map();
  /** @type {Map<string, { doc: string, volgnummer: number, omvang: number, data?: Buffer }>} */
  const parts = new Map();
  /** @type {Map<string, any>} */
  const zios = new Map();
  /** document uuid → zaak uuid, once linked */
  const zaakOf = new Map();

  const root = () => `${origin()}/documenten/api/v1`;
  const send = (res, status, value) => {
    const text = value === undefined ? '' : JSON.stringify(value);
    res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const invalid = (res, params) => send(res, 400, { type: 'validation', code: 'invalid', title: 'Invalid input.', status: 400, invalidParams: params.map(([name, code, reason]) => ({ name, code, reason: reason ?? code })) });
  const view = (d) => {
    const { _data, _lock, ...rest } = d;
    return {
      ...rest,
      locked: Boolean(_lock),
      inhoud: `${root()}/enkelvoudiginformatieobjecten/${d.uuid}/download?versie=1`,
      bestandsdelen: [...parts.entries()].filter(([, p]) => p.doc === d.uuid).map(([u, p]) => ({ url: `${root()}/bestandsdelen/${u}`, volgnummer: p.volgnummer, omvang: p.omvang, voltooid: Boolean(p.data) })),
    };
  };

  return {
    docs,
    parts,
    zios,
    zaakOf,
    /** Whether this request is one of the writes (or a read of something made here); answers it if so. */
    async handle(req, res, url, body = Buffer.alloc(0)) {
      const path = url.pathname;
      const method = req.method;
      const detail = /^\/documenten\/api\/v1\/enkelvoudiginformatieobjecten\/([0-9a-f-]{36})(\/lock|\/unlock|\/download)?$/.exec(path);
      if (method === 'GET' && detail && docs.has(detail[1])) {
        const d = docs.get(detail[1]);
        if (detail[2] === '/download') {
          const data = d._data ?? Buffer.alloc(0);
          res.writeHead(200, { 'content-type': d.formaat || 'application/octet-stream', 'content-length': data.length });
          res.end(data);
          return true;
        }
        if (!detail[2]) {
          send(res, 200, view(d));
          return true;
        }
      }
      if (method === 'GET') return false;
      if (method === 'POST' && path === '/documenten/api/v1/enkelvoudiginformatieobjecten') {
        let b;
        try {
          b = JSON.parse(body.toString('utf8'));
        } catch {
          return invalid(res, [['nonFieldErrors', 'parse_error']]), true;
        }
        const problems = [];
        for (const f of ['bronorganisatie', 'creatiedatum', 'titel', 'auteur', 'taal', 'informatieobjecttype']) if (typeof b[f] !== 'string' || !b[f]) problems.push([f, 'required']);
        if (typeof b.bronorganisatie === 'string' && !/^\d{9}$/.test(b.bronorganisatie)) problems.push(['bronorganisatie', 'invalid']);
        if (b.vertrouwelijkheidaanduiding !== undefined && !LEVELS.includes(b.vertrouwelijkheidaanduiding)) problems.push(['vertrouwelijkheidaanduiding', 'invalid_choice']);
        if (b.status !== undefined && !STATUSES.includes(b.status)) problems.push(['status', 'invalid_choice']);
        if (typeof b.taal === 'string' && b.taal.length !== 3) problems.push(['taal', 'invalid']);
        if (typeof b.informatieobjecttype === 'string' && !b.informatieobjecttype.startsWith(`${origin()}/catalogi/api/v1/informatieobjecttypen/`)) problems.push(['informatieobjecttype', 'bad-url']);
        if (b.bestandsomvang !== undefined && b.bestandsomvang !== null && !(Number.isInteger(b.bestandsomvang) && b.bestandsomvang >= 0)) problems.push(['bestandsomvang', 'invalid']);
        let data;
        if (typeof b.inhoud === 'string') {
          data = Buffer.from(b.inhoud, 'base64');
          if (b.bestandsomvang !== undefined && b.bestandsomvang !== data.length) problems.push(['bestandsomvang', 'file-size']);
        } else if (b.inhoud !== null && b.inhoud !== undefined) problems.push(['inhoud', 'invalid']);
        else if (!b.bestandsomvang) problems.push(['bestandsomvang', 'required']);
        if (problems.length) return invalid(res, problems), true;
        const uuid = randomUUID();
        const lock = data ? undefined : randomUUID().replace(/-/g, '');
        const d = {
          url: `${root()}/enkelvoudiginformatieobjecten/${uuid}`,
          uuid,
          identificatie: `DOCUMENT-${uuid.slice(0, 8)}`,
          bronorganisatie: b.bronorganisatie,
          creatiedatum: b.creatiedatum,
          titel: b.titel,
          vertrouwelijkheidaanduiding: b.vertrouwelijkheidaanduiding ?? 'openbaar',
          auteur: b.auteur,
          status: b.status ?? '',
          formaat: b.formaat ?? '',
          taal: b.taal,
          versie: 1,
          beginRegistratie: new Date().toISOString(),
          bestandsnaam: b.bestandsnaam ?? '',
          bestandsomvang: data ? data.length : b.bestandsomvang,
          beschrijving: b.beschrijving ?? '',
          indicatieGebruiksrecht: b.indicatieGebruiksrecht ?? null,
          informatieobjecttype: b.informatieobjecttype,
          _data: data,
          _lock: lock,
        };
        docs.set(uuid, d);
        if (!data) {
          for (let i = 0, n = 1; i < d.bestandsomvang; i += chunkSize, n++) parts.set(randomUUID(), { doc: uuid, volgnummer: n, omvang: Math.min(chunkSize, d.bestandsomvang - i) });
        }
        send(res, 201, { ...view(d), ...(lock ? { lock } : {}) });
        return true;
      }
      const part = /^\/documenten\/api\/v1\/bestandsdelen\/([0-9a-f-]{36})$/.exec(path);
      if (part && method === 'PUT') {
        const p = parts.get(part[1]);
        if (!p) return send(res, 404, { code: 'not_found', title: 'Niet gevonden.', status: 404 }), true;
        const fields = parseMultipart(body, req.headers['content-type']);
        if (!fields) return invalid(res, [['nonFieldErrors', 'parse_error', 'multipart/form-data expected']]), true;
        const d = docs.get(p.doc);
        if (!d._lock || fields.lock?.toString() !== d._lock) return invalid(res, [['lock', 'incorrect-lock-id']]), true;
        if (!fields.inhoud || fields.inhoud.length !== p.omvang) return invalid(res, [['inhoud', 'file-size', `expected ${p.omvang} bytes, got ${fields.inhoud?.length}`]]), true;
        p.data = keep ? Buffer.from(fields.inhoud) : Buffer.alloc(0);
        send(res, 200, { url: `${root()}/bestandsdelen/${part[1]}`, volgnummer: p.volgnummer, omvang: p.omvang, voltooid: true, lock: d._lock });
        return true;
      }
      if (detail && docs.has(detail[1])) {
        const d = docs.get(detail[1]);
        const mine = [...parts.values()].filter((p) => p.doc === d.uuid).sort((a, b) => a.volgnummer - b.volgnummer);
        if (method === 'POST' && detail[2] === '/lock') {
          if (d._lock) return invalid(res, [['nonFieldErrors', 'existing-lock']]), true;
          d._lock = randomUUID().replace(/-/g, '');
          send(res, 200, { lock: d._lock });
          return true;
        }
        if (method === 'POST' && detail[2] === '/unlock') {
          let b = {};
          try {
            b = JSON.parse(body.toString('utf8') || '{}');
          } catch {
            // stays empty
          }
          if (!d._lock || b.lock !== d._lock) return invalid(res, [['nonFieldErrors', 'incorrect-lock-id']]), true;
          if (mine.some((p) => !p.data)) return invalid(res, [['nonFieldErrors', 'incomplete-upload']]), true;
          if (mine.length) {
            d._data = Buffer.concat(mine.map((p) => p.data));
            for (const [u, p] of parts) if (p.doc === d.uuid) parts.delete(u);
          }
          d._lock = undefined;
          res.writeHead(204);
          res.end();
          return true;
        }
        if (method === 'DELETE' && !detail[2]) {
          if ([...zios.values()].some((z) => z.informatieobject === d.url)) return invalid(res, [['nonFieldErrors', 'pending-relations']]), true;
          docs.delete(d.uuid);
          for (const [u, p] of parts) if (p.doc === d.uuid) parts.delete(u);
          res.writeHead(204);
          res.end();
          return true;
        }
      }
      if (method === 'POST' && path === '/zaken/api/v1/zaakinformatieobjecten') {
        let b;
        try {
          b = JSON.parse(body.toString('utf8'));
        } catch {
          return invalid(res, [['nonFieldErrors', 'parse_error']]), true;
        }
        const doc = typeof b.informatieobject === 'string' ? docs.get(b.informatieobject.split('/').pop()) : undefined;
        const problems = [];
        if (typeof b.zaak !== 'string' || !zaakExists(b.zaak)) problems.push(['zaak', 'bad-url']);
        if (!doc || doc.url !== b.informatieobject) problems.push(['informatieobject', 'bad-url']);
        else if (doc._lock) problems.push(['informatieobject', 'locked']);
        if (problems.length) return invalid(res, problems), true;
        const uuid = randomUUID();
        const z = { url: `${origin()}/zaken/api/v1/zaakinformatieobjecten/${uuid}`, uuid, informatieobject: doc.url, zaak: b.zaak, aardRelatieWeergave: 'Hoort bij, omgekeerd: kent', titel: b.titel ?? '', beschrijving: b.beschrijving ?? '', registratiedatum: new Date().toISOString(), vernietigingsdatum: null, status: null };
        zios.set(uuid, z);
        zaakOf.set(doc.uuid, b.zaak.split('/').pop());
        send(res, 201, z);
        return true;
      }
      return false;
    },
    /** zaakinformatieobjecten?zaak=… from the mock, with the ones made here added. */
    mergeList(url, text) {
      if (url.pathname !== '/zaken/api/v1/zaakinformatieobjecten') return text;
      const zaak = url.searchParams.get('zaak');
      const extra = [...zios.values()].filter((z) => z.zaak === zaak);
      if (!extra.length) return text;
      try {
        const list = JSON.parse(text);
        return Array.isArray(list) ? JSON.stringify([...list, ...extra]) : text;
      } catch {
        return text;
      }
    },
  };
}
