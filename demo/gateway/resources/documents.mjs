// @ts-check
// Documenten 1.4.2 uploads as Open Zaak does them, and the zaakinformatieobject that links a
// document to a zaak. A small file comes in `inhoud` (base64); a large one is announced by
// `bestandsomvang`: the answer lists `bestandsdelen` (upload URLs) and the `lock`; each part is a
// multipart PUT; `unlock` with the lock joins them. Parts are streamed: counted and (for small
// documents only) kept, never buffered whole.
import { createHash, randomBytes } from 'node:crypto';
import { buildWorld, uid } from '../fixtures.mjs';
import { BodyError, readMultipart } from './bodies.mjs';
import { KEEP_BYTES } from './store.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {import('./table.mjs').Hooks} Hooks */
/** @typedef {import('./table.mjs').Context} Context */
/** @typedef {import('./engine.mjs').Result} Result */

/** What the gateway decides for a resident's upload, whatever the browser sent (CONTRACT 8). */
export const UPLOAD_DEFAULTS = { bronorganisatie: '002212419', vertrouwelijkheidaanduiding: 'openbaar', auteur: 'Inwoner', iot: 'iot:buren:Bijlage' };

let documentNumber = 9000;

/** @param {string} field @param {string} code @param {string} reason @returns {Result} */
const refuse = (field, code, reason) => ({ status: 400, problem: { detail: '', invalidParams: [{ name: field, code, reason }] } });

/** @param {Context} ctx @param {string} uuid */
const documentOf = (ctx, uuid) => ctx.store.table('enkelvoudiginformatieobjecten').get(uuid);

/** @type {Hooks} */
export const documentHooks = {
  prepare(body, ctx) {
    const iot = buildWorld(ctx.layout).informatieobjecttypen.get(uid(UPLOAD_DEFAULTS.iot));
    body.informatieobjecttype = String(iot?.url);
    body.bronorganisatie = UPLOAD_DEFAULTS.bronorganisatie;
    body.vertrouwelijkheidaanduiding = UPLOAD_DEFAULTS.vertrouwelijkheidaanduiding;
    body.auteur = UPLOAD_DEFAULTS.auteur;
  },
  check(body, ctx) {
    /** @type {InvalidParam[]} */
    const out = [];
    const inline = typeof body.inhoud === 'string' ? Buffer.from(body.inhoud, 'base64') : undefined;
    const size = inline ? inline.length : typeof body.bestandsomvang === 'number' ? body.bestandsomvang : 0;
    if (inline && typeof body.bestandsomvang === 'number' && body.bestandsomvang !== inline.length) {
      out.push({ name: 'bestandsomvang', code: 'file-size', reason: 'De opgegeven bestandsomvang is niet gelijk aan de grootte van de inhoud.' });
    }
    if (size > ctx.options.maxBytes) out.push({ name: 'bestandsomvang', code: 'max-size', reason: `Het bestand is groter dan ${ctx.options.maxBytes} bytes.` });
    if (typeof body.formaat === 'string' && body.formaat && !ctx.options.accept.includes(body.formaat)) {
      out.push({ name: 'formaat', code: 'invalid-type', reason: 'Dit soort bestand wordt niet aangenomen.' });
    }
    return out;
  },
  created(record, body, ctx) {
    const uuid = String(record.uuid);
    const url = String(record.url);
    const inline = typeof body.inhoud === 'string' ? Buffer.from(body.inhoud, 'base64') : undefined;
    const size = inline ? inline.length : typeof body.bestandsomvang === 'number' ? body.bestandsomvang : 0;
    Object.assign(record, {
      identificatie: body.identificatie || `DOC-2026-${String(++documentNumber).padStart(7, '0')}`,
      versie: 1,
      beginRegistratie: new Date().toISOString(),
      status: body.status ?? '',
      bestandsomvang: size,
      inhoud: null,
      locked: false,
      bestandsdelen: [],
      integriteit: body.integriteit ?? null,
      ondertekening: body.ondertekening ?? null,
    });
    if (inline) {
      ctx.store.uploads.set(uuid, { size: inline.length, chunks: inline.length <= KEEP_BYTES ? [inline] : null, parts: new Map() });
      record.inhoud = `${url}/download?versie=1`;
      return;
    }
    if (size === 0) return;
    // Announced by size: parts and a lock.
    const lock = randomBytes(16).toString('hex');
    record.locked = true;
    record.lock = lock;
    const parts = [];
    for (let volgnummer = 1, left = size; left > 0; volgnummer++, left -= ctx.options.partSize) {
      const partUuid = uid(`bestandsdeel:${uuid}:${volgnummer}`);
      const part = { uuid: partUuid, url: ctx.url('documenten', 'bestandsdelen', partUuid), volgnummer, omvang: Math.min(left, ctx.options.partSize), voltooid: false, lock, document: uuid };
      ctx.store.table('bestandsdelen').set(partUuid, part);
      parts.push(partUuid);
    }
    record.bestandsdelen = parts;
    ctx.store.uploads.set(uuid, { size: 0, chunks: size <= KEEP_BYTES ? [] : null, parts: new Map() });
    return { lock };
  },
  present(record, ctx) {
    const parts = Array.isArray(record.bestandsdelen) ? record.bestandsdelen : [];
    const { lock, ...shown } = record;
    void lock;
    return { ...shown, bestandsdelen: parts.flatMap((p) => {
      const part = ctx.store.table('bestandsdelen').get(String(p));
      return part ? [partShown(part)] : [];
    }) };
  },
  beforeDestroy(record, ctx) {
    const linked = [...ctx.store.table('zaakinformatieobjecten').values()].some((z) => z.informatieobject === record.url);
    if (linked) return { status: 400, detail: '', invalidParams: [{ name: 'nonFieldErrors', code: 'pending-relations', reason: 'Alle relaties moeten eerst verwijderd worden.' }] };
    return undefined;
  },
  destroyed(record, ctx) {
    for (const p of Array.isArray(record.bestandsdelen) ? record.bestandsdelen : []) ctx.store.table('bestandsdelen').delete(String(p));
    ctx.store.uploads.delete(String(record.uuid));
  },
  actions: {
    lock(record) {
      if (record.locked) return refuse('nonFieldErrors', 'existing-lock', 'Het document is al gelocked.');
      const lock = randomBytes(16).toString('hex');
      Object.assign(record, { locked: true, lock });
      return { status: 200, body: { lock } };
    },
    unlock(record, body, ctx) {
      if (!record.locked) return refuse('nonFieldErrors', 'unlocked', 'Het document is niet gelocked.');
      if (body.lock !== record.lock) return refuse('nonFieldErrors', 'incorrect-lock-id', 'Incorrect lock ID.');
      const parts = (Array.isArray(record.bestandsdelen) ? record.bestandsdelen : []).map((p) => ctx.store.table('bestandsdelen').get(String(p)));
      if (parts.some((p) => !p?.voltooid)) {
        return refuse('nonFieldErrors', 'incomplete-upload', 'Het bestand is niet volledig geüpload: niet alle bestandsdelen zijn ontvangen.');
      }
      for (const p of parts) if (p) ctx.store.table('bestandsdelen').delete(String(p.uuid));
      const upload = ctx.store.uploads.get(String(record.uuid));
      if (upload && upload.chunks) upload.chunks = [...upload.parts.entries()].sort(([a], [b]) => a - b).flatMap(([, part]) => part.chunks ?? []);
      if (upload) upload.parts.clear();
      Object.assign(record, { locked: false, bestandsdelen: [], inhoud: parts.length ? `${record.url}/download?versie=1` : record.inhoud });
      delete record.lock;
      return { status: 204 };
    },
    download(record, _body, ctx) {
      const upload = ctx.store.uploads.get(String(record.uuid));
      if (!upload?.chunks || record.locked) return { status: 404, problem: { detail: 'Niet gevonden.' } };
      const file = Buffer.concat(upload.chunks);
      const name = String(record.bestandsnaam || 'document').replace(/["\\\r\n]/g, '_');
      return {
        status: 200,
        file,
        headers: { 'Content-Type': String(record.formaat || 'application/octet-stream'), 'Content-Disposition': `attachment; filename="${name}"`, 'X-Content-Type-Options': 'nosniff' },
      };
    },
  },
};

/** @param {JsonObject} part */
function partShown(part) {
  const { document, ...shown } = part;
  void document;
  return shown;
}

/** @type {Hooks} */
export const partHooks = {
  async receive(req, part, ctx) {
    const type = String(req.headers['content-type'] ?? '');
    if (!/^multipart\/form-data\b/i.test(type)) {
      req.resume();
      return { status: 415, problem: { detail: `Ongeldig mediatype "${type.split(';')[0]}" in aanvraag.` } };
    }
    const upload = ctx.store.uploads.get(String(part.document));
    const volgnummer = Number(part.volgnummer);
    /** @type {Buffer[] | null} */
    const chunks = upload?.chunks ? [] : null;
    let size = 0;
    let lock;
    let sawFile = false;
    const hash = createHash('sha256');
    await readMultipart(req, type, {
      fileFields: ['inhoud'],
      onField: (name, value) => {
        if (name === 'lock') lock = value;
      },
      onFile: (name, chunk) => {
        if (name !== 'inhoud') return;
        sawFile = true;
        size += chunk.length;
        hash.update(chunk);
        if (chunks) chunks.push(Buffer.from(chunk));
      },
    });
    if (lock === undefined) return refuse('lock', 'required', 'Dit veld is vereist.');
    if (lock !== part.lock) return refuse('nonFieldErrors', 'incorrect-lock-id', 'Incorrect lock ID.');
    if (!sawFile) return refuse('inhoud', 'required', 'Er is geen bestand opgestuurd.');
    if (size !== part.omvang) return refuse('inhoud', 'file-size', `Het aangeleverde bestand heeft een afwijkende bestandsgrootte (${size} in plaats van ${part.omvang} bytes).`);
    if (upload) {
      const previous = upload.parts.get(volgnummer);
      upload.size += size - (previous?.size ?? 0);
      upload.parts.set(volgnummer, { size, chunks });
    }
    part.voltooid = true;
    return { status: 200, body: partShown(part) };
  },
};

/** @type {Hooks} */
export const zaakinformatieobjectHooks = {
  check(body, ctx) {
    /** @type {InvalidParam[]} */
    const out = [];
    const w = buildWorld(ctx.layout);
    const zaak = [...w.zaken.values()].find((z) => z.url === body.zaak);
    if (!zaak || !ctx.owned.has(String(zaak.uuid))) out.push({ name: 'zaak', code: 'bad-url', reason: 'De URL is geen zaak van deze inwoner.' });
    const url = String(body.informatieobject ?? '');
    const written = [...ctx.store.table('enkelvoudiginformatieobjecten').values()].find((d) => d.url === url);
    const known = written ?? [...w.enkelvoudiginformatieobjecten.values()].find((d) => d.url === url);
    if (!known) out.push({ name: 'informatieobject', code: 'bad-url', reason: 'Ongeldige URL: geen document.' });
    const pairs = [...ctx.store.table('zaakinformatieobjecten').values(), ...w.zaakinformatieobjecten.values()];
    if (pairs.some((z) => z.zaak === body.zaak && z.informatieobject === url)) {
      out.push({ name: 'nonFieldErrors', code: 'unique', reason: 'De velden zaak, informatieobject moeten een unieke set zijn.' });
    }
    return out;
  },
  created(record) {
    Object.assign(record, {
      aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
      titel: record.titel ?? '',
      beschrijving: record.beschrijving ?? '',
      registratiedatum: new Date().toISOString(),
      vernietigingsdatum: record.vernietigingsdatum ?? null,
      status: record.status ?? null,
    });
  },
};

export { BodyError };
