// Questions and answers (CONTRACT 8, Klantinteracties API 0.9.0, Open Klant). A resident sees only
// the klantcontacten about one of their own zaken that they took part in (a betrokkene whose partij
// carries their BSN or KvK number as partij-identificator), plus the answers to those (klantcontacten
// with an onderwerpobject whose wasKlantcontact is the question). A co-applicant's question about
// the same zaak stays out. Medewerker names (hadBetrokkenActoren) never leave the gateway.
// Asking: the browser sends only the text and the zaak; the gateway builds klantcontact, betrokkene
// (the person's partij, created when Open Klant has none) and onderwerpobject, and removes what it
// made when a later step fails.
import { hkdfSync } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { uuidOf, type Access, type ZaakInfo } from './access.js';
import { call, isRecord, parseJson, resultsOf, type Answer } from './backend.js';
import type { Config } from './config.js';
import { BAD_GATEWAY, NOT_FOUND, badRequest, unavailable, type Problem } from './problems.js';
import { now, readCookie, type Session } from './session.js';
import { UpstreamError, backendBusy, safeRetryAfter, type Upstreams } from './upstream.js';

export const QUESTION_MAX_LENGTH = 1000;
const SUBJECT_MAX_LENGTH = 200;
const MAX_PAGES = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const QUESTIONS_COOKIE = '__Host-mijn-zaken-questions';
const PENDING_TTL = 1800;
const MAX_PENDING = 5;
interface Pending {
  /** klantcontact uuid */
  u: string;
  /** betrokkene uuid */
  b: string;
  t: number;
}

/** `headers` go with a problem: only a validated Retry-After (a busy back end), never a back end's own. */
/** Filled in when a write's back-end call met a busy Open Klant (429/503): the failure is then that status, retryable. */
interface Busy {
  status?: 429 | 503;
  retryAfter?: string;
}

function writeFailed(busy: Busy): ActResult {
  return busy.status ? unavailable(busy.status, safeRetryAfter(busy.retryAfter)) : { problem: BAD_GATEWAY };
}

export type ActResult = { status: number; json: unknown } | { problem: Problem; headers?: Record<string, string> };

/** The fields of a klantcontact a resident gets; everything else (actors: medewerker names, betrokkenen, internal tasks, metadata) stays behind. */
const KEPT = ['uuid', 'url', 'nummer', 'referentienummer', 'kanaal', 'onderwerp', 'inhoud', 'reactie', 'indicatieContactGelukt', 'taal', 'vertrouwelijk', 'plaatsgevondenOp', 'gingOverOnderwerpobjecten'];

function clean(kc: Record<string, unknown>, subjects?: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEPT) if (Object.hasOwn(kc, k)) out[k] = kc[k];
  if (Array.isArray(out.gingOverOnderwerpobjecten)) {
    out.gingOverOnderwerpobjecten = out.gingOverOnderwerpobjecten.filter(isRecord).map((o) => ({ uuid: o.uuid, url: o.url }));
  }
  if (subjects) {
    out._expand = {
      gingOverOnderwerpobjecten: subjects.map((o) => ({
        uuid: o.uuid,
        url: o.url,
        klantcontact: fk(o.klantcontact),
        wasKlantcontact: fk(o.wasKlantcontact),
        onderwerpobjectidentificator: isRecord(o.onderwerpobjectidentificator) ? o.onderwerpobjectidentificator : null,
      })),
    };
  }
  return out;
}

function fk(v: unknown): { uuid: unknown; url: unknown } | null {
  return isRecord(v) ? { uuid: v.uuid, url: v.url } : null;
}

function uuidField(v: unknown): string | undefined {
  if (!isRecord(v) || typeof v.uuid !== 'string') return undefined;
  const u = v.uuid.toLowerCase();
  return UUID.test(u) ? u : undefined;
}

export class Questions {
  readonly root: string;
  readonly #key: Uint8Array;
  constructor(readonly config: Config, readonly upstreams: Upstreams, readonly access: Access) {
    this.root = config.klantinteracties?.url ?? '';
    this.#key = new Uint8Array(hkdfSync('sha256', config.sessionSecret, 'mijn-zaken-gateway', 'question tracking v1', 32));
  }

  /** The partij-identificator of the logged-in person, as Open Klant files a BSN or a KvK number. */
  identificator(session: Session): Record<string, string> {
    return session.kind === 'bsn'
      ? { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', codeRegister: 'brp', objectId: session.id }
      : { codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', codeRegister: 'hr', objectId: session.id };
  }

  async #all(url: string, requestId: string): Promise<Record<string, unknown>[] | undefined> {
    const out: Record<string, unknown>[] = [];
    let next: string | undefined = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await call(this.upstreams, 'klantinteracties', 'GET', next, requestId);
      // Busy Open Klant: retryable (acts.ts answers the same 429/503 with Retry-After). Only reads come here before anything is made.
      if (backendBusy(answer.status)) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
      if (answer.status !== 200) return undefined;
      const results = resultsOf(answer.body);
      if (!results) return undefined;
      out.push(...results.filter(isRecord));
      const n: unknown = isRecord(answer.body) ? answer.body.next : undefined;
      next = typeof n === 'string' && n.startsWith(`${this.root}/`) ? n : undefined;
    }
    return out;
  }

  /** GET klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId={zaak uuid} (codeObjecttype `zaak` optional). */
  async list(session: Session, query: Map<string, string[]>, requestId: string): Promise<ActResult> {
    const objectId = query.get('onderwerpobject__onderwerpobjectidentificatorObjectId');
    const type = query.get('onderwerpobject__onderwerpobjectidentificatorCodeObjecttype');
    for (const name of query.keys()) {
      if (!['onderwerpobject__onderwerpobjectidentificatorObjectId', 'onderwerpobject__onderwerpobjectidentificatorCodeObjecttype', 'page', 'pageSize'].includes(name)) {
        return { problem: badRequest(`Onbekende query parameter: ${name.slice(0, 60)}`, name.slice(0, 60)) };
      }
    }
    // Every value must be one of the person's zaken (duplicates included), before Open Klant hears of it.
    for (const v of objectId ?? []) {
      if (!UUID.test(v) || !(await this.access.zaak(session, v, requestId))) return { problem: NOT_FOUND };
    }
    if (!objectId || objectId.length !== 1 || (type && (type.length !== 1 || type[0] !== 'zaak'))) return { problem: NOT_FOUND };
    // Everything comes back as one page; a later page is empty, so a client that follows pages ends.
    for (const name of ['page', 'pageSize']) {
      const v = query.get(name);
      if (v && (v.length !== 1 || !/^[1-9]\d{0,5}$/.test(v[0] ?? ''))) return { problem: badRequest(`${name} moet een positief geheel getal zijn.`, name) };
    }
    if (Number(query.get('page')?.[0] ?? 1) > 1) return { status: 200, json: { count: 0, next: null, previous: null, results: [] } };
    const zaak = objectId[0] ?? '';
    const who = this.identificator(session);
    const q = new URLSearchParams({
      onderwerpobject__onderwerpobjectidentificatorCodeObjecttype: 'zaak',
      onderwerpobject__onderwerpobjectidentificatorObjectId: zaak,
      hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype: who.codeObjecttype ?? '',
      hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId: who.codeSoortObjectId ?? '',
      hadBetrokkene__wasPartij__partijIdentificator__codeRegister: who.codeRegister ?? '',
      hadBetrokkene__wasPartij__partijIdentificator__objectId: who.objectId ?? '',
    });
    const questions = await this.#all(`${this.root}/klantcontacten?${q}`, requestId);
    if (!questions) return { problem: BAD_GATEWAY };
    const results: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const question of questions) {
      const qid = typeof question.uuid === 'string' ? question.uuid.toLowerCase() : '';
      if (!UUID.test(qid) || seen.has(qid)) continue;
      seen.add(qid);
      results.push(clean(question));
      // Answers: onderwerpobjecten whose wasKlantcontact is this question; their klantcontact is the answer.
      const subjects = await this.#all(`${this.root}/onderwerpobjecten?${new URLSearchParams({ wasKlantcontact__uuid: qid })}`, requestId);
      if (!subjects) return { problem: BAD_GATEWAY };
      for (const subject of subjects) {
        const aid = uuidField(subject.klantcontact);
        if (!aid || uuidField(subject.wasKlantcontact) !== qid || seen.has(aid)) continue;
        const answer = await call(this.upstreams, 'klantinteracties', 'GET', `${this.root}/klantcontacten/${aid}`, requestId);
        if (answer.status === 404) continue;
        if (backendBusy(answer.status)) throw new UpstreamError('status', answer.status, answer.headers['retry-after']);
        if (answer.status !== 200 || !isRecord(answer.body)) return { problem: BAD_GATEWAY };
        seen.add(aid);
        results.push(clean(answer.body, [subject]));
      }
    }
    return { status: 200, json: { count: results.length, next: null, previous: null, results } };
  }

  /** The question's own fields, or the problem with them. Fields the gateway sets itself may be sent (and are overwritten); anything else is refused. */
  #question(kc: unknown): { inhoud: string; onderwerp: string | undefined } | Problem {
    if (!isRecord(kc)) return badRequest('klantcontact ontbreekt.', 'klantcontact');
    for (const k of Object.keys(kc)) {
      if (!['inhoud', 'onderwerp', 'kanaal', 'taal', 'plaatsgevondenOp', 'vertrouwelijk', 'indicatieContactGelukt'].includes(k)) {
        return badRequest(`Onbekend of niet toegestaan veld: klantcontact.${k.slice(0, 60)}`, `klantcontact.${k.slice(0, 60)}`);
      }
    }
    const inhoud = typeof kc.inhoud === 'string' ? kc.inhoud.trim() : '';
    if (!inhoud) return badRequest('Typ uw vraag.', 'inhoud');
    if (inhoud.length > QUESTION_MAX_LENGTH) return badRequest(`Uw vraag is te lang: maximaal ${QUESTION_MAX_LENGTH} tekens.`, 'inhoud');
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(inhoud)) return badRequest('Uw vraag bevat tekens die niet zijn toegestaan.', 'inhoud');
    let onderwerp: string | undefined;
    if (kc.onderwerp !== undefined) {
      if (typeof kc.onderwerp !== 'string' || kc.onderwerp.length > SUBJECT_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(kc.onderwerp)) return badRequest(`onderwerp: tekst van hoogstens ${SUBJECT_MAX_LENGTH} tekens.`, 'onderwerp');
      onderwerp = kc.onderwerp.trim() || undefined;
    }
    return { inhoud, onderwerp };
  }

  /** The person's zaak an onderwerpobjectidentificator names, or the constant 404 (asked only about the person's own zaken). */
  async #zaak(session: Session, ident: unknown, requestId: string): Promise<ZaakInfo | Problem> {
    if (!isRecord(ident)) return badRequest('onderwerpobject moet de zaak noemen.', 'onderwerpobjectidentificator');
    const zaakId = typeof ident.objectId === 'string' ? ident.objectId.toLowerCase() : '';
    if (ident.codeObjecttype !== undefined && ident.codeObjecttype !== 'zaak') return NOT_FOUND;
    if (!UUID.test(zaakId)) return NOT_FOUND;
    return (await this.access.zaak(session, zaakId, requestId)) ?? NOT_FOUND;
  }

  /** klantcontact + betrokkene (the person's partij); undone when the betrokkene fails. */
  async #createQuestion(session: Session, q: { inhoud: string; onderwerp: string | undefined }, fallbackSubject: string, requestId: string, busy: Busy = {}): Promise<{ created: Record<string, unknown>; kc: string; betrokkene: string } | undefined> {
    const partij = await this.#partij(session, requestId);
    if (!partij) return undefined;
    const created = await this.#post('klantcontacten', {
      kanaal: 'website',
      onderwerp: (q.onderwerp ?? fallbackSubject).slice(0, SUBJECT_MAX_LENGTH),
      inhoud: q.inhoud,
      indicatieContactGelukt: true,
      taal: 'nld',
      vertrouwelijk: true,
      plaatsgevondenOp: new Date().toISOString(),
    }, requestId, busy);
    const kc = uuidField(created);
    if (!created || !kc) return undefined;
    const betrokkene = uuidField(await this.#post('betrokkenen', {
      hadKlantcontact: { uuid: kc },
      wasPartij: { uuid: partij },
      rol: 'klant',
      initiator: true,
      organisatienaam: '',
      bezoekadres: null,
      correspondentieadres: null,
      contactnaam: null,
    }, requestId, busy));
    if (!betrokkene) {
      await this.#remove([`klantcontacten/${kc}`], requestId);
      return undefined;
    }
    return { created, kc, betrokkene };
  }

  async #createSubject(kc: string, zaak: ZaakInfo, requestId: string, busy: Busy = {}): Promise<Record<string, unknown> | undefined> {
    const subject = await this.#post('onderwerpobjecten', {
      klantcontact: { uuid: kc },
      wasKlantcontact: null,
      onderwerpobjectidentificator: { objectId: zaak.uuid, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' },
    }, requestId, busy);
    return uuidField(subject) ? subject : undefined;
  }

  /** Deletes what the gateway made, newest first (betrokkene before its klantcontact). */
  async #remove(paths: string[], requestId: string): Promise<void> {
    for (const path of paths) {
      try {
        await call(this.upstreams, 'klantinteracties', 'DELETE', `${this.root}/${path}`, requestId);
      } catch {
        // best effort; the request id ties it to the log line of the failure
      }
    }
  }

  /** POST maak-klantcontact: `{ klantcontact: { inhoud, onderwerp? }, onderwerpobject: { onderwerpobjectidentificator: { objectId: <zaak uuid>, codeObjecttype?: 'zaak' } } }`. */
  async ask(session: Session, raw: unknown, requestId: string): Promise<ActResult> {
    const body = parseJson(raw);
    if (!isRecord(body)) return { problem: badRequest('Stuur een JSON-object met klantcontact en onderwerpobject.') };
    for (const k of Object.keys(body)) {
      // Who asked is the gateway's to say: a betrokkene (or anything else) from the browser is refused.
      if (k !== 'klantcontact' && k !== 'onderwerpobject') return { problem: badRequest(`Dit veld bepaalt de gateway zelf of bestaat niet: ${k.slice(0, 60)}`, k.slice(0, 60)) };
    }
    const q = this.#question(body.klantcontact);
    if ('body' in q) return { problem: q };
    const ob = body.onderwerpobject;
    if (!isRecord(ob) || Object.keys(ob).some((k) => k !== 'onderwerpobjectidentificator')) return { problem: badRequest('onderwerpobject moet alleen de zaak noemen.', 'onderwerpobject') };
    const zaak = await this.#zaak(session, ob.onderwerpobjectidentificator, requestId);
    if ('body' in zaak) return { problem: zaak };
    const busy: Busy = {};
    const made = await this.#createQuestion(session, q, `Vraag over zaak ${zaak.identificatie}`, requestId, busy);
    if (!made) return writeFailed(busy);
    const subject = await this.#createSubject(made.kc, zaak, requestId, busy);
    if (!subject) {
      await this.#remove([`betrokkenen/${made.betrokkene}`, `klantcontacten/${made.kc}`], requestId);
      return writeFailed(busy);
    }
    // The spec's MaakKlantcontact answer; the betrokkene (it names the partij) stays out.
    return {
      status: 201,
      json: {
        klantcontact: clean({ ...made.created, gingOverOnderwerpobjecten: [subject] }),
        onderwerpobject: { uuid: subject.uuid, url: subject.url, wasKlantcontact: null, onderwerpobjectidentificator: subject.onderwerpobjectidentificator },
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // The two-step form of CONTRACT 8: POST klantcontacten, then POST onderwerpobjecten (or DELETE
  // the klantcontact when that fails). Between the two the klantcontact is "pending": kept in an
  // encrypted cookie bound to the session, so only its maker can attach it to (one of their) zaken.

  async #pending(req: FastifyRequest, session: Session): Promise<Pending[]> {
    const token = readCookie(req.headers.cookie, QUESTIONS_COOKIE);
    if (!token || token.length > 4096) return [];
    try {
      const { payload } = await jwtDecrypt(token, this.#key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
      if (payload.sid !== session.sid || !Array.isArray(payload.q)) return [];
      return (payload.q as unknown[]).filter((x): x is Pending => isRecord(x) && typeof x.u === 'string' && typeof x.b === 'string' && typeof x.t === 'number' && now() - x.t < PENDING_TTL);
    } catch {
      return [];
    }
  }

  async #keep(reply: FastifyReply, session: Session, list: Pending[]): Promise<void> {
    const token = await new EncryptJWT({ sid: session.sid, q: list })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: 'mz-questions' })
      .setExpirationTime(now() + PENDING_TTL)
      .encrypt(this.#key);
    reply.header('set-cookie', `${QUESTIONS_COOKIE}=${list.length ? token : ''}; Path=/; Max-Age=${list.length ? PENDING_TTL : 0}; HttpOnly; Secure; SameSite=Strict`);
  }

  /** POST klantcontacten: the question without its zaak yet (klantcontact + betrokkene). */
  async start(req: FastifyRequest, reply: FastifyReply, session: Session): Promise<ActResult> {
    const q = this.#question(parseJson(req.body));
    if ('body' in q) return { problem: q };
    const pending = await this.#pending(req, session);
    if (pending.length >= MAX_PENDING) return { problem: badRequest('Stuur eerst uw vorige vraag af.') };
    const busy: Busy = {};
    const made = await this.#createQuestion(session, q, 'Vraag over mijn zaak', req.id, busy);
    if (!made) return writeFailed(busy);
    await this.#keep(reply, session, [...pending, { u: made.kc, b: made.betrokkene, t: now() }]);
    return { status: 201, json: clean(made.created) };
  }

  /** POST onderwerpobjecten: attaches the session's pending question to one of the person's zaken. */
  async attach(req: FastifyRequest, reply: FastifyReply, session: Session): Promise<ActResult> {
    const body = parseJson(req.body);
    if (!isRecord(body)) return { problem: badRequest('Stuur klantcontact en onderwerpobjectidentificator.') };
    for (const k of Object.keys(body)) {
      if (!['klantcontact', 'onderwerpobjectidentificator', 'wasKlantcontact'].includes(k) || (k === 'wasKlantcontact' && body[k] !== null)) {
        return { problem: badRequest(`Dit veld bepaalt de gateway zelf of bestaat niet: ${k.slice(0, 60)}`, k.slice(0, 60)) };
      }
    }
    const kc = isRecord(body.klantcontact) ? (uuidField(body.klantcontact) ?? uuidOf(typeof body.klantcontact.url === 'string' ? body.klantcontact.url : undefined, 'klantcontacten')) : undefined;
    const pending = await this.#pending(req, session);
    const mine = pending.find((p) => p.u === kc);
    if (!kc || !mine) return { problem: NOT_FOUND };
    const zaak = await this.#zaak(session, body.onderwerpobjectidentificator, req.id);
    if ('body' in zaak) return { problem: zaak };
    const busy: Busy = {};
    const subject = await this.#createSubject(kc, zaak, req.id, busy);
    if (!subject) return writeFailed(busy);
    await this.#keep(reply, session, pending.filter((p) => p !== mine));
    return { status: 201, json: { uuid: subject.uuid, url: subject.url, klantcontact: fk(subject.klantcontact), wasKlantcontact: null, onderwerpobjectidentificator: subject.onderwerpobjectidentificator } };
  }

  /** DELETE klantcontacten/{uuid}: only the session's own pending question (the element's clean-up). */
  async withdraw(req: FastifyRequest, reply: FastifyReply, session: Session, uuid: string): Promise<ActResult> {
    const pending = await this.#pending(req, session);
    const mine = pending.find((p) => p.u === uuid);
    if (!mine) return { problem: NOT_FOUND };
    await this.#remove([`betrokkenen/${mine.b}`, `klantcontacten/${mine.u}`], req.id);
    await this.#keep(reply, session, pending.filter((p) => p !== mine));
    return { status: 204, json: undefined };
  }

  async #post(resource: string, body: unknown, requestId: string, busy: Busy = {}): Promise<Record<string, unknown> | undefined> {
    let answer: Answer;
    try {
      answer = await call(this.upstreams, 'klantinteracties', 'POST', `${this.root}/${resource}`, requestId, body);
    } catch {
      return undefined;
    }
    if (backendBusy(answer.status)) Object.assign(busy, { status: answer.status, retryAfter: answer.headers['retry-after'] });
    return answer.status === 201 && isRecord(answer.body) ? answer.body : undefined;
  }

  /** The uuid of the person's partij: found by partij-identificator, else created with one. */
  async #partij(session: Session, requestId: string): Promise<string | undefined> {
    const who = this.identificator(session);
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(who)) q.set(`partijIdentificator__${k}`, v);
    const found = await this.#all(`${this.root}/partijen?${q}`, requestId);
    if (!found) return undefined;
    const existing = found.map((p) => uuidField(p)).find(Boolean);
    if (existing) return existing;
    const partij = await this.#post('partijen', {
      soortPartij: session.kind === 'bsn' ? 'persoon' : 'organisatie',
      indicatieActief: true,
      indicatieGeheimhouding: null,
      voorkeurstaal: 'nld',
      digitaleAdressen: [],
      voorkeursDigitaalAdres: null,
      rekeningnummers: [],
      voorkeursRekeningnummer: null,
      bezoekadres: null,
      correspondentieadres: null,
      partijIdentificatie: null,
    }, requestId);
    const uuid = uuidField(partij);
    if (!uuid) return undefined;
    const ident = await this.#post('partij-identificatoren', { identificeerdePartij: { uuid }, partijIdentificator: who, anderePartijIdentificator: '', subIdentificatorVan: null }, requestId);
    if (!uuidField(ident)) {
      try {
        await call(this.upstreams, 'klantinteracties', 'DELETE', `${this.root}/partijen/${uuid}`, requestId);
      } catch {
        // nothing more to do
      }
      return undefined;
    }
    return uuid;
  }
}
