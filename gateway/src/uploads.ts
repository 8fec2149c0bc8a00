// Documents from the resident (CONTRACT 8, Documenten API 1.4 parts): the gateway fills in
// informatieobjecttype, bronorganisatie, vertrouwelijkheidaanduiding, auteur, status and taal from
// its configuration (whatever the browser sent), checks the file's real type by its first bytes,
// enforces UPLOAD_MAX_BYTES (declared size at creation, exact bytes per part while streaming), and
// links a document only to an open zaak of the person whose zaaktype is in UPLOAD_ZAAKTYPEN.
// Which unfinished documents a session made is kept in an encrypted cookie bound to the session id
// (plus a per-instance copy that merges parallel requests), so a resident can continue, unlock,
// cancel or link only their own upload, and Open Zaak never hears of anyone else's.
import { hkdfSync } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { Busboy } from '@fastify/busboy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { uuidOf, type Access, type ZaakInfo } from './access.js';
import { call, isRecord, parseJson, type Answer } from './backend.js';
import type { Config } from './config.js';
import { SNIFF_BYTES, sniff } from './magic.js';
import { BAD_GATEWAY, NOT_FOUND, TOO_LARGE, UNSUPPORTED_MEDIA, badRequest, unavailable, type Problem } from './problems.js';
import { now, readCookie, type Session } from './session.js';
import type { UploadConfig } from './upload-config.js';
import { UpstreamError, backendBusy, safeRetryAfter, type Upstreams } from './upstream.js';
import type { ActResult } from './questions.js';

export const UPLOADS_COOKIE = '__Host-mijn-zaken-uploads';
/** An unfinished upload is tracked this long (seconds). */
const UPLOAD_TTL = 6 * 3600;
const MAX_OPEN_UPLOADS = 5;
const MAX_PARTS = 40;
const MAX_COOKIE = 3800;
/** CONTRACT 8: files over 1 MiB go in parts; a single request carries at most this much. */
export const INLINE_MAX = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Part {
  /** bestandsdeel uuid */
  u: string;
  /** volgnummer */
  v: number;
  /** omvang in bytes */
  n: number;
  /** uploaded through this gateway */
  d?: 1;
}

interface Upload {
  /** document uuid */
  u: string;
  /** declared formaat */
  f: string;
  /** the lock, while locked */
  l?: string;
  p: Part[];
  /** the first bytes passed the type check */
  m?: 1;
  /** created (seconds) */
  t: number;
}

type Tracked = Map<string, Upload>;

const problem = (p: Problem): ActResult => ({ problem: p });

/** A problem answer for a back end's failure; a 400 keeps Open Zaak's own invalidParams (about the person's own request). */
function failed(answer: Answer): ActResult {
  if (answer.status === 400) return { status: 400, json: isRecord(answer.body) ? { ...answer.body, instance: undefined } : {} };
  if (answer.status === 404) return problem(NOT_FOUND);
  if (backendBusy(answer.status)) return unavailable(answer.status, safeRetryAfter(answer.headers['retry-after']));
  return problem(BAD_GATEWAY);
}

function cleanName(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^.*[\\/]/, '').trim().slice(0, max);
  return s || undefined;
}

export class Uploads {
  readonly #key: Uint8Array;
  /** sid → uploads this instance saw, and the ones it finished (so a stale cookie cannot bring them back) */
  readonly #local = new Map<string, { docs: Tracked; gone: Set<string>; at: number }>();
  /** sid → whether the person has a zaak that accepts uploads, for a minute */
  readonly #eligible = new Map<string, { at: number; ok: boolean }>();
  readonly docs: string;

  constructor(readonly config: Config, readonly upload: UploadConfig, readonly upstreams: Upstreams, readonly access: Access) {
    this.#key = new Uint8Array(hkdfSync('sha256', config.sessionSecret, 'mijn-zaken-gateway', 'upload tracking v1', 32));
    this.docs = config.zgw.documenten;
  }

  capabilities(): Record<string, unknown> {
    return { maxBytes: this.upload.maxBytes, accept: this.upload.accept, zaaktypen: this.upload.zaaktypen };
  }

  // -------------------------------------------------------------------------------------------
  // Tracking

  async #load(req: FastifyRequest, session: Session): Promise<Tracked> {
    const out: Tracked = new Map();
    const token = readCookie(req.headers.cookie, UPLOADS_COOKIE);
    const local = this.#local.get(session.sid);
    if (token && token.length < 8192) {
      try {
        const { payload } = await jwtDecrypt(token, this.#key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
        // Bound to the session: another person's (or an old session's) cookie counts for nothing.
        if (payload.sid === session.sid && Array.isArray(payload.docs)) {
          for (const d of payload.docs as Upload[]) if (isRecord(d) && typeof d.u === 'string' && now() - d.t < UPLOAD_TTL && !local?.gone.has(d.u)) out.set(d.u, d);
        }
      } catch {
        // a broken or foreign cookie is no cookie
      }
    }
    for (const [u, d] of local?.docs ?? []) {
      const c = out.get(u);
      if (!c) out.set(u, d);
      else {
        // Parallel parts of one upload: keep every part either copy saw finished.
        for (const p of c.p) if (d.p.some((x) => x.u === p.u && x.d)) p.d = 1;
        if (d.m) c.m = 1;
        if (!d.l) delete c.l;
      }
    }
    return out;
  }

  /** Writes the cookie (and the local copy); false when the cookie would be too big for a browser to keep. */
  async #save(reply: FastifyReply, session: Session, docs: Tracked, gone?: string): Promise<boolean> {
    if (gone) docs.delete(gone);
    const list = [...docs.values()];
    const token = await new EncryptJWT({ sid: session.sid, docs: list })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: 'mz-uploads' })
      .setExpirationTime(now() + UPLOAD_TTL)
      .encrypt(this.#key);
    if (token.length > MAX_COOKIE) return false;
    let local = this.#local.get(session.sid);
    if (!local || now() - local.at > UPLOAD_TTL) {
      local = { docs: new Map(), gone: new Set(), at: now() };
      if (this.#local.size > 10_000) this.#local.delete(this.#local.keys().next().value ?? '');
      this.#local.set(session.sid, local);
    }
    if (gone) {
      local.docs.delete(gone);
      local.gone.add(gone);
    }
    for (const [u, d] of docs) local.docs.set(u, structuredClone(d));
    reply.header('set-cookie', `${UPLOADS_COOKIE}=${list.length ? token : ''}; Path=/; Max-Age=${list.length ? UPLOAD_TTL : 0}; HttpOnly; Secure; SameSite=Strict`);
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Which zaken take uploads

  /** The person's zaak, when it is open and its zaaktype accepts uploads. Asked only about the person's own zaak. */
  async zaakTakesUploads(session: Session, zaak: ZaakInfo, requestId: string): Promise<boolean> {
    const answer = await call(this.upstreams, 'zaken', 'GET', `${this.config.zgw.zaken}/zaken/${zaak.uuid}`, requestId);
    if (backendBusy(answer.status)) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
    if (answer.status !== 200 || !isRecord(answer.body)) return false;
    const z = answer.body;
    return (z.einddatum === null || z.einddatum === undefined) && typeof z.zaaktype === 'string' && this.upload.zaaktypen.includes(z.zaaktype);
  }

  async #eligibleSession(session: Session, requestId: string): Promise<boolean> {
    const hit = this.#eligible.get(session.sid);
    if (hit && Date.now() - hit.at < 60_000) return hit.ok;
    let ok = false;
    for (const z of (await this.access.index(session, requestId)).zaken.values()) {
      if (await this.zaakTakesUploads(session, z, requestId)) {
        ok = true;
        break;
      }
    }
    if (this.#eligible.size > 10_000) this.#eligible.clear();
    this.#eligible.set(session.sid, { at: Date.now(), ok });
    return ok;
  }

  // -------------------------------------------------------------------------------------------
  // POST enkelvoudiginformatieobjecten

  async create(req: FastifyRequest, reply: FastifyReply, session: Session, raw: unknown): Promise<ActResult> {
    const body = parseJson(raw);
    if (!isRecord(body)) return problem(badRequest('Stuur de gegevens van het document als JSON.'));
    const titel = cleanName(body.titel, 200);
    if (!titel) return problem(badRequest('Het document heeft een titel nodig.', 'titel'));
    const bestandsnaam = cleanName(body.bestandsnaam, 255) ?? '';
    const size = body.bestandsomvang;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) return problem(badRequest('bestandsomvang moet het aantal bytes van het bestand zijn.', 'bestandsomvang'));
    if (size > this.upload.maxBytes) return problem(TOO_LARGE);
    const declared = typeof body.formaat === 'string' ? body.formaat.toLowerCase() : '';
    const inline = typeof body.inhoud === 'string' && body.inhoud !== '' ? body.inhoud : undefined;
    let formaat = declared;
    if (inline !== undefined) {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(inline) || inline.length % 4 !== 0) return problem(badRequest('inhoud moet base64 zijn.', 'inhoud'));
      const bytes = Buffer.from(inline, 'base64');
      if (bytes.length !== size) return problem(badRequest('bestandsomvang klopt niet met de inhoud.', 'bestandsomvang'));
      if (size > INLINE_MAX) return problem(badRequest('Stuur een bestand boven 1 MiB in delen (bestandsdelen).', 'inhoud'));
      const real = sniff(bytes.subarray(0, SNIFF_BYTES));
      if (!real || !this.upload.accept.includes(real)) return problem(UNSUPPORTED_MEDIA);
      formaat = real;
    } else if (!(this.upload.accept as string[]).includes(declared)) {
      return problem(UNSUPPORTED_MEDIA);
    }
    const beschrijving = typeof body.beschrijving === 'string' ? body.beschrijving.slice(0, 1000) : '';

    const tracked = await this.#load(req, session);
    if (tracked.size >= MAX_OPEN_UPLOADS) return problem(badRequest(`U kunt hoogstens ${MAX_OPEN_UPLOADS} documenten tegelijk toevoegen. Maak eerst een upload af of breek die af.`));
    if (!(await this.#eligibleSession(session, req.id))) return problem(NOT_FOUND);

    // The gateway's fields overwrite anything the browser sent; nothing else of the browser's passes.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const created = await call(this.upstreams, 'documenten', 'POST', `${this.docs}/enkelvoudiginformatieobjecten`, req.id, {
      bronorganisatie: this.upload.bronorganisatie,
      creatiedatum: today,
      titel,
      vertrouwelijkheidaanduiding: this.upload.vertrouwelijkheidaanduiding,
      auteur: this.upload.auteur,
      status: 'definitief',
      formaat,
      taal: 'dut',
      bestandsnaam,
      bestandsomvang: size,
      inhoud: inline ?? null,
      beschrijving,
      indicatieGebruiksrecht: false,
      informatieobjecttype: this.upload.informatieobjecttype,
    });
    if (created.status !== 201 || !isRecord(created.body)) return failed(created);
    const doc = created.body;
    const uuid = uuidOf(typeof doc.url === 'string' ? doc.url : undefined, 'enkelvoudiginformatieobjecten');
    const parts: Part[] = [];
    for (const p of Array.isArray(doc.bestandsdelen) ? doc.bestandsdelen : []) {
      const pu = isRecord(p) ? uuidOf(typeof p.url === 'string' ? p.url : undefined, 'bestandsdelen') : undefined;
      if (!isRecord(p) || !pu || typeof p.omvang !== 'number' || typeof p.volgnummer !== 'number') continue;
      parts.push({ u: pu, v: p.volgnummer, n: p.omvang });
    }
    const lock = typeof doc.lock === 'string' ? doc.lock : undefined;
    const sum = parts.reduce((s, p) => s + p.n, 0);
    if (!uuid || parts.length > MAX_PARTS || (inline === undefined && (sum !== size || !lock || !parts.length))) {
      if (uuid) await call(this.upstreams, 'documenten', 'DELETE', `${this.docs}/enkelvoudiginformatieobjecten/${uuid}`, req.id).catch(() => undefined);
      req.log.warn({ parts: parts.length }, 'Documenten API gave an upload the gateway cannot track');
      return problem(BAD_GATEWAY);
    }
    tracked.set(uuid, { u: uuid, f: formaat, ...(inline === undefined && lock ? { l: lock } : {}), p: parts, ...(inline !== undefined ? { m: 1 as const } : {}), t: now() });
    if (!(await this.#save(reply, session, tracked))) {
      // Untrackable (too many parts or uploads for one cookie): nothing is left behind.
      await call(this.upstreams, 'documenten', 'DELETE', `${this.docs}/enkelvoudiginformatieobjecten/${uuid}`, req.id).catch(() => undefined);
      return problem(badRequest('Te veel documenten tegelijk. Maak eerst een upload af of breek die af.'));
    }
    return { status: 201, json: doc };
  }

  // -------------------------------------------------------------------------------------------
  // PUT bestandsdelen/{uuid}: streamed; exactly `omvang` bytes; the first part's bytes are typed

  async part(req: FastifyRequest, reply: FastifyReply, session: Session, partUuid: string): Promise<ActResult> {
    const tracked = await this.#load(req, session);
    let upload: Upload | undefined;
    let part: Part | undefined;
    for (const d of tracked.values()) {
      const p = d.p.find((x) => x.u === partUuid);
      if (p) {
        upload = d;
        part = p;
      }
    }
    // Not a part of this session's own upload: the constant 404, and Open Zaak never hears of it.
    if (!upload || !part || !upload.l) {
      req.raw.resume();
      return problem(NOT_FOUND);
    }
    const type = req.headers['content-type'];
    if (typeof type !== 'string' || !/^multipart\/form-data;/i.test(type)) {
      req.raw.resume();
      return problem(UNSUPPORTED_MEDIA);
    }
    const declaredLength = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declaredLength) && declaredLength > part.n + 64 * 1024) {
      reply.header('connection', 'close');
      return problem(TOO_LARGE);
    }
    const first = part.v === Math.min(...upload.p.map((p) => p.v));
    const result = await this.#stream(req, upload, part, first);
    if ('problem' in result) {
      reply.header('connection', 'close');
      return result;
    }
    part.d = 1;
    if (first) upload.m = 1;
    await this.#save(reply, session, tracked);
    return result;
  }

  #stream(req: FastifyRequest, upload: Upload, part: Part, first: boolean): Promise<ActResult> {
    return new Promise((resolve) => {
      let settled = false;
      let out: PassThrough | undefined;
      const done = (r: ActResult): void => {
        if (settled) return;
        settled = true;
        // A refused or broken part never half-reaches Open Zaak: its request is aborted, not left waiting.
        if ('problem' in r && out && !out.writableEnded) out.destroy(new Error('aborted'));
        resolve(r);
      };
      let bb;
      try {
        bb = Busboy({ headers: { 'content-type': String(req.headers['content-type']) }, limits: { files: 1, fields: 4, fieldSize: 4096, parts: 5, fileSize: part.n } });
      } catch {
        done(problem(badRequest('Stuur het bestandsdeel als multipart/form-data.', 'inhoud')));
        req.raw.resume();
        return;
      }
      let sawFile = false;
      bb.on('file', (field: string, file: Readable) => {
        if (field !== 'inhoud' || sawFile) {
          file.resume();
          return;
        }
        sawFile = true;
        const boundary = `mz${Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('hex')}`;
        const pre = Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${upload.l ?? ''}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="inhoud"; filename="bestandsdeel"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        );
        const post = Buffer.from(`\r\n--${boundary}--\r\n`);
        const sink = new PassThrough();
        out = sink;
        // Its failure is reported through `done`; undici sees the destroyed stream and aborts the request.
        sink.on('error', () => undefined);
        let head: Buffer[] = [];
        let headLength = 0;
        let count = 0;
        let started: Promise<Answer> | undefined;
        const start = (): void => {
          started = call(this.upstreams, 'documenten', 'PUT', `${this.docs}/bestandsdelen/${part.u}`, req.id, undefined, {
            body: sink,
            contentType: `multipart/form-data; boundary=${boundary}`,
            length: pre.length + part.n + post.length,
          });
          started.then(
            (answer) => done(answer.status === 200 ? { status: 200, json: answer.body ?? {} } : failed(answer)),
            () => done(problem(count > part.n ? TOO_LARGE : BAD_GATEWAY)),
          );
          sink.write(pre);
        };
        const counter = new Transform({
          transform: (chunk: Buffer, _enc, cb) => {
            count += chunk.length;
            if (count > part.n) return cb(new Error('too large'));
            if (started) return cb(null, chunk);
            head.push(chunk);
            headLength += chunk.length;
            if (headLength < Math.min(SNIFF_BYTES, part.n)) return cb();
            const bytes = Buffer.concat(head);
            head = [];
            // The real type, from the bytes: an EXE called .pdf never reaches Open Zaak.
            if (first && (sniff(bytes.subarray(0, SNIFF_BYTES)) !== upload.f)) return cb(new Error('type'));
            start();
            cb(null, bytes);
          },
          flush: (cb) => {
            if (count !== part.n) return cb(new Error('size'));
            cb();
          },
        });
        file.on('limit', () => counter.destroy(new Error('too large')));
        counter.on('error', (error: Error) => {
          const kind = error.message;
          sink.destroy(error);
          file.resume();
          done(problem(kind === 'type' ? UNSUPPORTED_MEDIA : kind === 'size' ? badRequest(`Dit bestandsdeel moet precies ${part.n} bytes zijn.`, 'inhoud') : TOO_LARGE));
        });
        counter.on('end', () => sink.end(post));
        file.pipe(counter).pipe(sink, { end: false });
      });
      bb.on('finish', () => {
        if (!sawFile) done(problem(badRequest('Het bestandsdeel (inhoud) ontbreekt.', 'inhoud')));
      });
      bb.on('error', () => done(problem(badRequest('Stuur het bestandsdeel als multipart/form-data.', 'inhoud'))));
      req.raw.on('error', () => done(problem(BAD_GATEWAY)));
      // The browser gave up (cancel, lost connection) before the part was complete.
      req.raw.on('close', () => {
        if (!req.raw.complete) done(problem(badRequest('Het bestandsdeel kwam niet helemaal aan.', 'inhoud')));
      });
      req.raw.pipe(bb);
    });
  }

  // -------------------------------------------------------------------------------------------
  // lock, unlock, DELETE (cancel) of the session's own unfinished upload

  async lock(req: FastifyRequest, reply: FastifyReply, session: Session, uuid: string, action: 'lock' | 'unlock'): Promise<ActResult> {
    const tracked = await this.#load(req, session);
    const upload = tracked.get(uuid);
    if (!upload) return problem(NOT_FOUND);
    if (action === 'unlock') {
      if (!upload.l) return { status: 204, json: undefined };
      // Only a document whose first bytes passed the type check is ever unlocked (and so linkable).
      if (!upload.m) return problem(badRequest('Het bestand is nog niet (helemaal) verstuurd.', 'inhoud'));
      const answer = await call(this.upstreams, 'documenten', 'POST', `${this.docs}/enkelvoudiginformatieobjecten/${uuid}/unlock`, req.id, { lock: upload.l });
      if (answer.status !== 204 && answer.status !== 200) return failed(answer);
      delete upload.l;
      await this.#save(reply, session, tracked);
      return { status: 204, json: undefined };
    }
    const answer = await call(this.upstreams, 'documenten', 'POST', `${this.docs}/enkelvoudiginformatieobjecten/${uuid}/lock`, req.id, {});
    if (answer.status !== 200 || !isRecord(answer.body) || typeof answer.body.lock !== 'string') return failed(answer);
    upload.l = answer.body.lock;
    await this.#save(reply, session, tracked);
    return { status: 200, json: answer.body };
  }

  async cancel(req: FastifyRequest, reply: FastifyReply, session: Session, uuid: string): Promise<ActResult> {
    const tracked = await this.#load(req, session);
    const upload = tracked.get(uuid);
    if (!upload) return problem(NOT_FOUND);
    const url = `${this.docs}/enkelvoudiginformatieobjecten/${uuid}`;
    let answer = await call(this.upstreams, 'documenten', 'DELETE', url, req.id);
    if (answer.status === 400 && upload.l) {
      // A back end that refuses to delete a locked document: unlock with the lock, then delete.
      await call(this.upstreams, 'documenten', 'POST', `${url}/unlock`, req.id, { lock: upload.l });
      answer = await call(this.upstreams, 'documenten', 'DELETE', url, req.id);
    }
    if (answer.status !== 204 && answer.status !== 404) return failed(answer);
    await this.#save(reply, session, tracked, uuid);
    return { status: 204, json: undefined };
  }

  // -------------------------------------------------------------------------------------------
  // POST zaakinformatieobjecten: the finished upload, to an open zaak of the person that takes uploads

  async link(req: FastifyRequest, reply: FastifyReply, session: Session, raw: unknown): Promise<ActResult> {
    const body = parseJson(raw);
    if (!isRecord(body)) return problem(badRequest('Stuur zaak en informatieobject als JSON.'));
    const zaakUuid = uuidOf(typeof body.zaak === 'string' ? body.zaak : undefined, 'zaken');
    const docUuid = uuidOf(typeof body.informatieobject === 'string' ? body.informatieobject : undefined, 'enkelvoudiginformatieobjecten');
    if (!zaakUuid || !docUuid || !UUID.test(zaakUuid)) return problem(NOT_FOUND);
    const tracked = await this.#load(req, session);
    const upload = tracked.get(docUuid);
    if (!upload) return problem(NOT_FOUND);
    const zaak = await this.access.zaak(session, zaakUuid, req.id);
    if (!zaak || !(await this.zaakTakesUploads(session, zaak, req.id))) return problem(NOT_FOUND);
    if (upload.l || !upload.m) return problem(badRequest('Het bestand is nog niet helemaal verstuurd.', 'informatieobject'));
    const titel = cleanName(body.titel, 200);
    const answer = await call(this.upstreams, 'zaken', 'POST', `${this.config.zgw.zaken}/zaakinformatieobjecten`, req.id, {
      zaak: zaak.url,
      informatieobject: `${this.docs}/enkelvoudiginformatieobjecten/${docUuid}`,
      ...(titel ? { titel } : {}),
    });
    if (answer.status !== 201) return failed(answer);
    await this.#save(reply, session, tracked, docUuid);
    // The new document is the person's now: the next read rebuilds the index and sees it.
    this.access.forget(session.sid);
    return { status: 201, json: answer.body };
  }
}
