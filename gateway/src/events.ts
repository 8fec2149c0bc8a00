// Live updates (CONTRACT 9). Open Notificaties posts to the callback; the gateway answers 204 at
// once and then finds out, by asking Open Zaak itself, whose zaak it is: the zaak's rollen with the
// configured omschrijvingGeneriek, each person confirmed by the same scoped /zaken read that decides
// what they may see. A notification's kenmerken are never trusted for that. Each person gets
// `event: zaak` on their open streams (SSE), on every instance: the instances share the events
// through one Redis pub/sub channel, keyed by an HMAC of the BSN/KvK number (never the number).
import { createHash, createHmac, hkdfSync, randomUUID, timingSafeEqual } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { createClient } from '@redis/client';
import type { FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Logger } from 'pino';
import { documentVisible, uuidOf, UUID } from './access.js';
import type { Config } from './config.js';
import type { EventsConfig } from './events-config.js';
import { validBsn } from './oidc.js';
import { TOO_MANY, UNAUTHENTICATED, UNAVAILABLE, badRequest, type Problem } from './problems.js';
import type { Revocations } from './revocation.js';
import { now, type PersonKind, type Session } from './session.js';
import type { Upstreams } from './upstream.js';

/** EventSource waits this long before it reconnects (the `retry:` field). */
export const RETRY_MS = 10_000;
const CHANNEL = 'mz:events:v1';
/** A stream whose client reads too slowly is closed (it reconnects) rather than buffered without end. */
const MAX_BUFFERED = 64 * 1024;
const MAX_QUEUE = 10_000;
const PARALLEL_LOOKUPS = 4;
const MAX_PAGES = 20;
/** Resources of kanaal `zaken` that change what a resident sees of the zaak (hoofdObject). */
const ZAKEN_RESOURCES = new Set(['zaak', 'status', 'resultaat', 'zaakinformatieobject', 'rol']);

export const FORBIDDEN_NOTIFICATION: Problem = {
  status: 403,
  body: JSON.stringify({ type: 'urn:mijn-zaken:gateway:permission_denied', code: 'permission_denied', title: 'Geen toegang.', status: 403, detail: 'Geen toegang.' }),
};

export interface Notification {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Notificaties API message (notificaties-1.0.0 `Message`), or the reason it is not one. */
export function parseNotification(raw: unknown): Notification | { invalid: string; name: string } {
  if (!isRecord(raw)) return { invalid: 'De notificatie moet een JSON-object zijn.', name: 'nonFieldErrors' };
  const text = (name: string, max: number): string | undefined => {
    const v = raw[name];
    return typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined;
  };
  const url = (name: string): string | undefined => {
    const v = text(name, 1000);
    return v !== undefined && URL.canParse(v) && /^https?:$/.test(new URL(v).protocol) ? v : undefined;
  };
  const kanaal = text('kanaal', 50);
  if (kanaal === undefined) return { invalid: 'kanaal ontbreekt of is ongeldig.', name: 'kanaal' };
  const hoofdObject = url('hoofdObject');
  if (hoofdObject === undefined) return { invalid: 'hoofdObject moet een URL zijn.', name: 'hoofdObject' };
  const resource = text('resource', 100);
  if (resource === undefined) return { invalid: 'resource ontbreekt of is ongeldig.', name: 'resource' };
  const resourceUrl = url('resourceUrl');
  if (resourceUrl === undefined) return { invalid: 'resourceUrl moet een URL zijn.', name: 'resourceUrl' };
  const actie = text('actie', 100);
  if (actie === undefined) return { invalid: 'actie ontbreekt of is ongeldig.', name: 'actie' };
  const aanmaakdatum = text('aanmaakdatum', 40);
  if (aanmaakdatum === undefined || !DATE_TIME.test(aanmaakdatum) || Number.isNaN(Date.parse(aanmaakdatum))) {
    return { invalid: 'aanmaakdatum moet een datum-tijd zijn.', name: 'aanmaakdatum' };
  }
  if (raw.source !== undefined && (typeof raw.source !== 'string' || raw.source.length > 100)) return { invalid: 'source is ongeldig.', name: 'source' };
  const entries: Array<[string, string]> = [];
  if (raw.kenmerken !== undefined && raw.kenmerken !== null) {
    if (!isRecord(raw.kenmerken) || Object.keys(raw.kenmerken).length > 100) return { invalid: 'kenmerken moet een object met teksten zijn.', name: 'kenmerken' };
    for (const [k, v] of Object.entries(raw.kenmerken)) {
      if (typeof v !== 'string' || v.length > 1000 || k.length > 100) return { invalid: 'kenmerken moet een object met teksten zijn.', name: 'kenmerken' };
      entries.push([k, v]);
    }
  }
  // Own properties only (a `__proto__` key stays a key); they are checked, never used to find anyone.
  const kenmerken = Object.fromEntries(entries);
  return { kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken };
}

/** The pseudonymous key events travel under: HMAC-SHA256 of kind and number, with a key derived from SESSION_SECRET. */
export class PersonKeys {
  readonly #key: Buffer;
  constructor(secret: string) {
    this.#key = Buffer.from(hkdfSync('sha256', secret, 'mijn-zaken-gateway', 'person key v1', 32));
  }
  of(kind: PersonKind, id: string): string {
    return createHmac('sha256', this.#key).update(`${kind}:${id}`).digest('base64url');
  }
}

/** What travels between instances: an event for a person, or a session that ended (logout). */
type BusMessage = { t: 'z'; p: string; z: string } | { t: 'e'; s: string };

function parseBusMessage(text: string): BusMessage | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(v)) return undefined;
  if (v.t === 'z' && typeof v.p === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v.p) && typeof v.z === 'string' && UUID.test(v.z)) return { t: 'z', p: v.p, z: v.z };
  if (v.t === 'e' && typeof v.s === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v.s)) return { t: 'e', s: v.s };
  return undefined;
}

interface Bus {
  publish(message: BusMessage): Promise<void>;
  ready: Promise<void>;
  close(): Promise<void>;
}

/** One instance alone: straight to its own streams. */
class LocalBus implements Bus {
  readonly ready = Promise.resolve();
  constructor(readonly deliver: (m: BusMessage) => void) {}
  async publish(message: BusMessage): Promise<void> {
    this.deliver(message);
  }
  async close(): Promise<void> {}
}

/** Every instance through Redis pub/sub (@redis/client, reconnecting; commands fail fast while it is away). */
class RedisBus implements Bus {
  readonly #pub;
  readonly #sub;
  readonly ready: Promise<void>;
  #closed = false;

  constructor(url: URL, readonly deliver: (m: BusMessage) => void, readonly logger: Logger) {
    const options = {
      url: url.href,
      disableOfflineQueue: true,
      socket: { connectTimeout: 5000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
    };
    this.#pub = createClient(options);
    this.#sub = this.#pub.duplicate();
    let warned = 0;
    const onError = (error: unknown): void => {
      // The client reconnects by itself; say so at most every 10 s, without the URL (it may hold a password).
      if (Date.now() - warned < 10_000) return;
      warned = Date.now();
      this.logger.warn({ err: { message: error instanceof Error ? error.message.slice(0, 120) : 'unknown' } }, 'redis (events) unreachable; retrying');
    };
    this.#pub.on('error', onError);
    this.#sub.on('error', onError);
    this.ready = this.#start();
  }

  async #start(): Promise<void> {
    for (let attempt = 0; !this.#closed; attempt++) {
      try {
        if (!this.#pub.isOpen) await this.#pub.connect();
        if (!this.#sub.isOpen) await this.#sub.connect();
        await this.#sub.subscribe(CHANNEL, (text: string) => {
          const m = parseBusMessage(text);
          if (m) this.deliver(m);
        });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 5000)).unref());
      }
    }
  }

  async publish(message: BusMessage): Promise<void> {
    await this.#pub.publish(CHANNEL, JSON.stringify(message));
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const c of [this.#sub, this.#pub]) {
      try {
        if (c.isOpen) await c.close();
        else c.destroy();
      } catch {
        c.destroy();
      }
    }
  }
}

interface OpenStream {
  sid: string;
  person: string;
  out: PassThrough;
  end(): void;
}

/** This instance's open streams, by person key and by session. */
class Hub {
  readonly #byPerson = new Map<string, Set<OpenStream>>();
  readonly #bySid = new Map<string, Set<OpenStream>>();
  size = 0;

  add(s: OpenStream): void {
    for (const [map, key] of [[this.#byPerson, s.person], [this.#bySid, s.sid]] as const) {
      const set = map.get(key) ?? new Set<OpenStream>();
      set.add(s);
      map.set(key, set);
    }
    this.size++;
  }

  remove(s: OpenStream): void {
    for (const [map, key] of [[this.#byPerson, s.person], [this.#bySid, s.sid]] as const) {
      const set = map.get(key);
      if (!set?.delete(s)) continue;
      if (!set.size) map.delete(key);
    }
    this.size--;
  }

  ofSession(sid: string): number {
    return this.#bySid.get(sid)?.size ?? 0;
  }

  deliver(m: BusMessage): void {
    if (m.t === 'e') {
      for (const s of [...(this.#bySid.get(m.s) ?? [])]) s.end();
      return;
    }
    const frame = `event: zaak\ndata: ${JSON.stringify({ zaak: m.z })}\n\n`;
    for (const s of [...(this.#byPerson.get(m.p) ?? [])]) {
      if (s.out.writableLength > MAX_BUFFERED) {
        s.end();
        continue;
      }
      s.out.write(frame);
    }
  }

  endAll(): void {
    for (const set of [...this.#bySid.values()]) for (const s of [...set]) s.end();
  }
}

export interface EventsDeps {
  config: Config;
  events: EventsConfig;
  upstreams: Upstreams;
  revocations: Revocations;
  logger: Logger;
  /** the person's filter for /zaken, exactly as reads use it (Access.scope) */
  scope: (kind: PersonKind, id: string) => [string, string][];
  readSession: (req: FastifyRequest, reply: FastifyReply) => Promise<Session | undefined>;
  sendProblem: (reply: FastifyReply, p: Problem, headers?: Record<string, string>) => FastifyReply;
  label: (req: FastifyRequest, name: string) => void;
}

export interface Events {
  /** an authorized callback request: exempt from the per-address limit and the browser write checks */
  isCallback(req: FastifyRequest): boolean;
  /** a logout: its streams end on every instance */
  sessionEnded(sid: string): Promise<void>;
}

/** Registers the callback and the event stream on the app. */
export function registerEvents(app: FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, Logger>, deps: EventsDeps): Events {
  const { config, events: cfg, upstreams, revocations, logger } = deps;
  const keys = new PersonKeys(config.sessionSecret);
  const hub = new Hub();
  const deliver = (m: BusMessage): void => hub.deliver(m);
  const bus: Bus = config.redisUrl ? new RedisBus(config.redisUrl, deliver, logger) : new LocalBus(deliver);
  const expectedAuth = createHash('sha256').update(cfg.callbackAuth).digest();
  const authorized = (value: unknown): boolean =>
    typeof value === 'string' && timingSafeEqual(createHash('sha256').update(value).digest(), expectedAuth);
  const eventsPath = `${config.basePath}/mijn-zaken/v1/events`;

  async function publish(message: BusMessage): Promise<void> {
    try {
      await bus.publish(message);
    } catch {
      // Redis away: this instance's own streams still get it; the others catch up when the page
      // checks again (visibility, refresh).
      logger.warn('redis (events) unreachable: event delivered on this instance only');
      hub.deliver(message);
    }
  }

  // ------------------------------------------------------------------ the stream (SSE)

  app.get(eventsPath, { exposeHeadRoute: false }, async (req, reply) => {
    deps.label(req, 'events');
    if (req.raw.url !== eventsPath) return deps.sendProblem(reply, badRequest('Deze bron kent geen query parameters.'));
    const session = await deps.readSession(req, reply);
    if (!session) return deps.sendProblem(reply, UNAUTHENTICATED);
    if (hub.size >= cfg.maxConnections) return deps.sendProblem(reply, UNAVAILABLE, { 'retry-after': '30' });
    if (hub.ofSession(session.sid) >= cfg.perSession) return deps.sendProblem(reply, TOO_MANY, { 'retry-after': String(RETRY_MS / 1000) });
    const ttl = Math.min(session.seen + config.sessionIdleTimeout, session.auth + config.sessionMaxAge) - now();
    if (ttl <= 0) return deps.sendProblem(reply, UNAUTHENTICATED);

    const out = new PassThrough();
    let ended = false;
    const stream: OpenStream = {
      sid: session.sid,
      person: keys.of(session.kind, session.id),
      out,
      end: () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        clearTimeout(expiry);
        hub.remove(stream);
        out.end();
      },
    };
    // The stream ends when the session would: idle or absolute timeout, whichever comes first. An
    // open page is not activity; the browser's next request renews the cookie as usual.
    const expiry = setTimeout(stream.end, ttl * 1000);
    const heartbeat = setInterval(() => {
      // Also the check that a logout elsewhere (missed message) ends the stream: fail closed.
      void revocations.isRevoked(session.sid).then((revoked) => (revoked ? stream.end() : out.write(': \n\n')));
    }, cfg.heartbeatSeconds * 1000);
    hub.add(stream);
    req.raw.once('close', stream.end);
    out.once('close', stream.end);
    out.write(`retry: ${RETRY_MS}\n: ok\n\n`);
    return reply
      .code(200)
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-store, no-transform')
      .header('x-accel-buffering', 'no')
      .send(out);
  });

  // ------------------------------------------------------------------ the callback (Open Notificaties)

  const queue: Notification[] = [];
  let running = 0;
  const pump = (): void => {
    while (running < PARALLEL_LOOKUPS && queue.length) {
      const note = queue.shift() as Notification;
      running++;
      void handle(note)
        .catch((error: unknown) => logger.warn({ err: { type: error instanceof Error ? error.name : 'unknown' }, kanaal: note.kanaal.slice(0, 50), resource: note.resource.slice(0, 50) }, 'notification not handled'))
        .finally(() => {
          running--;
          pump();
        });
    }
  };

  app.post(cfg.callbackPath, { bodyLimit: 64 * 1024 }, async (req, reply) => {
    deps.label(req, 'notification');
    if (!authorized(req.headers.authorization)) {
      req.log.warn('notification refused: Authorization missing or wrong');
      return deps.sendProblem(reply, FORBIDDEN_NOTIFICATION);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
    } catch {
      return deps.sendProblem(reply, badRequest('De notificatie is geen geldige JSON.'));
    }
    const note = parseNotification(raw);
    if ('invalid' in note) return deps.sendProblem(reply, badRequest(note.invalid, note.name));
    if (queue.length >= MAX_QUEUE) {
      logger.error('notification queue full: notification dropped');
      return deps.sendProblem(reply, UNAVAILABLE, { 'retry-after': '10' });
    }
    // Answer first (Open Notificaties waits for us); the lookups follow.
    queue.push(note);
    setImmediate(pump);
    return reply.code(204).send();
  });

  /** The zaak uuid of a URL on the configured API root, else undefined (a notification cannot send us elsewhere). */
  function onRoot(url: string, root: string, resource: string): string | undefined {
    const uuid = uuidOf(url, resource);
    return uuid && url.toLowerCase() === `${root}/${resource}/${uuid}`.toLowerCase() ? uuid : undefined;
  }

  async function handle(note: Notification): Promise<void> {
    const requestId = randomUUID();
    const started = Date.now();
    const line = { reqId: requestId, kanaal: note.kanaal.slice(0, 50), resource: note.resource.slice(0, 50), actie: note.actie.slice(0, 40) };
    let zaken: string[] = [];
    if (note.kanaal === 'zaken' && ZAKEN_RESOURCES.has(note.resource) && !(note.resource === 'zaak' && note.actie === 'destroy')) {
      const uuid = onRoot(note.hoofdObject, config.zgw.zaken, 'zaken');
      if (uuid) zaken = [uuid];
    } else if (note.kanaal === 'documenten' && note.resource === 'enkelvoudiginformatieobject' && note.actie !== 'destroy') {
      const eio = onRoot(note.hoofdObject, config.zgw.documenten, 'enkelvoudiginformatieobjecten');
      if (eio) zaken = await zakenOfDocument(eio, requestId);
    }
    // Also another kanaal or resource (Open Notificaties' `test` at registration), a hoofdObject
    // outside the configured APIs, or a document no resident may see: nobody hears of it.
    let persons = 0;
    for (const zaak of zaken) {
      for (const who of await personsOf(zaak, requestId)) {
        persons++;
        await publish({ t: 'z', p: keys.of(who.kind, who.id), z: zaak });
      }
    }
    logger.info({ ...line, zaken: zaken.length, persons, ms: Date.now() - started }, 'notification');
  }

  /** The zaken a visible document is linked to. A document a resident may not see makes no event. */
  async function zakenOfDocument(eio: string, requestId: string): Promise<string[]> {
    const url = `${config.zgw.documenten}/enkelvoudiginformatieobjecten/${eio}`;
    const meta = await upstreams.getJson('documenten', url, requestId);
    if (meta.status !== 200 || !documentVisible(meta.body, config.maxConfidentiality)) return [];
    const zios = await upstreams.getJson('zaken', `${config.zgw.zaken}/zaakinformatieobjecten?${new URLSearchParams({ informatieobject: url })}`, requestId);
    if (zios.status !== 200 || !Array.isArray(zios.body)) return [];
    const out = new Set<string>();
    for (const item of zios.body) {
      if (!isRecord(item) || item.informatieobject !== url || typeof item.zaak !== 'string') continue;
      const zaak = onRoot(item.zaak, config.zgw.zaken, 'zaken');
      if (zaak) out.add(zaak);
    }
    return [...out];
  }

  /**
   * Whose zaak this is, by the rules reads use: the rollen with the configured omschrijvingGeneriek
   * name candidates; a candidate counts only when the scoped /zaken for them holds this zaak.
   */
  async function personsOf(zaak: string, requestId: string): Promise<Array<{ kind: PersonKind; id: string }>> {
    const root = config.zgw.zaken;
    const zaakUrl = `${root}/zaken/${zaak}`;
    const detail = await upstreams.getJson('zaken', zaakUrl, requestId);
    if (detail.status !== 200 || !isRecord(detail.body) || typeof detail.body.identificatie !== 'string') return [];
    const identificatie = detail.body.identificatie;
    const candidates = new Map<string, { kind: PersonKind; id: string }>();
    let next: string | undefined = `${root}/rollen?${new URLSearchParams({ zaak: zaakUrl, omschrijvingGeneriek: config.rolOmschrijvingGeneriek })}`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const answer = await upstreams.getJson('zaken', next, requestId);
      if (answer.status !== 200) return [];
      const body = answer.body;
      const results = isRecord(body) && Array.isArray(body.results) ? body.results : Array.isArray(body) ? body : [];
      for (const rol of results) {
        if (!isRecord(rol) || rol.zaak !== zaakUrl || rol.omschrijvingGeneriek !== config.rolOmschrijvingGeneriek) continue;
        const ident = isRecord(rol.betrokkeneIdentificatie) ? rol.betrokkeneIdentificatie : {};
        if (rol.betrokkeneType === 'natuurlijk_persoon' && typeof ident.inpBsn === 'string' && validBsn(ident.inpBsn)) {
          candidates.set(`bsn:${ident.inpBsn}`, { kind: 'bsn', id: ident.inpBsn });
        } else if (rol.betrokkeneType === 'niet_natuurlijk_persoon' && config.oidc.kvkClaim && typeof ident.kvkNummer === 'string' && /^\d{8}$/.test(ident.kvkNummer)) {
          candidates.set(`kvk:${ident.kvkNummer}`, { kind: 'kvk', id: ident.kvkNummer });
        }
      }
      const n: unknown = isRecord(body) ? body.next : undefined;
      next = typeof n === 'string' && n.startsWith(`${root}/rollen?`) ? n : undefined;
    }
    const confirmed: Array<{ kind: PersonKind; id: string }> = [];
    for (const who of candidates.values()) {
      const q = new URLSearchParams([...deps.scope(who.kind, who.id), ['identificatie', identificatie]]);
      const answer = await upstreams.getJson('zaken', `${root}/zaken?${q}`, requestId);
      const results = answer.status === 200 && isRecord(answer.body) && Array.isArray(answer.body.results) ? answer.body.results : [];
      if (results.some((z) => isRecord(z) && typeof z.url === 'string' && uuidOf(z.url, 'zaken') === zaak)) confirmed.push(who);
    }
    return confirmed;
  }

  // ------------------------------------------------------------------ the abonnement (optional)

  let registration: NodeJS.Timeout | undefined;
  async function register(attempt: number): Promise<void> {
    const nrc = cfg.notificatiesUrl;
    if (!nrc) return;
    const headers = { authorization: `Bearer ${await upstreams.zgwToken.get()}`, accept: 'application/json', 'content-type': 'application/json' };
    const body = JSON.stringify({ callbackUrl: cfg.callbackUrl, auth: cfg.callbackAuth, kanalen: [{ naam: 'zaken', filters: {} }, { naam: 'documenten', filters: {} }] });
    const call = async (method: string, url: string, payload?: string): Promise<{ status: number; body: unknown }> => {
      const res = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(config.upstreamTimeoutMs) });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed };
    };
    try {
      const list = await call('GET', `${nrc}/abonnement`);
      const items = Array.isArray(list.body) ? list.body : isRecord(list.body) && Array.isArray(list.body.results) ? list.body.results : [];
      const mine = items.find((a) => isRecord(a) && a.callbackUrl === cfg.callbackUrl && typeof a.url === 'string' && a.url.startsWith(`${nrc}/abonnement/`));
      // An existing abonnement is updated, so a new NOTIFICATIONS_CALLBACK_AUTH reaches Open Notificaties.
      const answer = mine && isRecord(mine) ? await call('PUT', String(mine.url), body) : await call('POST', `${nrc}/abonnement`, body);
      if (answer.status !== 200 && answer.status !== 201) throw new Error(`status ${answer.status}`);
      logger.info({ updated: Boolean(mine) }, 'abonnement at the Notificaties API registered (kanalen zaken, documenten)');
    } catch (error) {
      const wait = Math.min(5000 * 2 ** attempt, 300_000);
      logger.warn({ err: { message: error instanceof Error ? error.message.slice(0, 120) : 'unknown' }, retryInMs: wait }, 'abonnement at the Notificaties API not registered');
      registration = setTimeout(() => void register(attempt + 1), wait);
      registration.unref();
    }
  }

  // Open Notificaties checks the callback when the abonnement is saved, so register once listening.
  app.addHook('onListen', async () => {
    void register(0);
  });
  app.addHook('onReady', async () => {
    await Promise.race([bus.ready, new Promise((r) => setTimeout(r, 3000).unref())]);
  });
  app.addHook('preClose', async () => {
    clearTimeout(registration);
    hub.endAll();
  });
  app.addHook('onClose', async () => {
    await bus.close();
  });

  return {
    isCallback: (req) => req.method === 'POST' && req.raw.url === cfg.callbackPath && authorized(req.headers.authorization),
    sessionEnded: async (sid) => {
      hub.deliver({ t: 'e', s: sid });
      if (config.redisUrl) await publish({ t: 'e', s: sid });
    },
  };
}
