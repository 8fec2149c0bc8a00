// The gateway: one Fastify app. Everything under BASE_PATH except login, callback, logout and
// health needs a session; every ZGW path is checked against the person's zaken (access.ts) before
// a back end hears of it; anything not explicitly allowed is the one constant 404.
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import replyFrom from '@fastify/reply-from';
import { pino } from 'pino';
import { Access, documentVisible, uuidOf, UUID } from './access.js';
import { STREAM_TIMEOUT_MS } from './backend.js';
import { Acts, BESTANDSDEEL_PATH, CREATE_DOCUMENT_PATH, INLINE_BODY_LIMIT, sendAct } from './acts.js';
import type { Config } from './config.js';
import { registerEvents } from './events.js';
import { LoginError, Oidc } from './oidc.js';
import {
  BAD_GATEWAY, FORBIDDEN_WRITE, GATEWAY_TIMEOUT, INTERNAL, NOT_FOUND, TOO_LARGE, TOO_MANY, UNAUTHENTICATED, UNSUPPORTED_MEDIA, badRequest, unavailable,
  type Problem,
} from './problems.js';
import { Revocations } from './revocation.js';
import {
  LOGIN_COOKIE, SESSION_COOKIE, SessionCodec, clearCookieHeader, cookieHeader, now, randomId, readCookie, type Session,
} from './session.js';
import { PASSED_RESPONSE_HEADERS, UpstreamError, Upstreams, backendBusy, safeRetryAfter, type Api } from './upstream.js';

export const ZAKEN_EXPAND = ['zaaktype', 'status', 'status.statustype', 'resultaat', 'resultaat.resultaattype'];

type Resource =
  | 'zaken' | 'statussen' | 'resultaten' | 'zaakinformatieobjecten'
  | 'zaaktypen' | 'statustypen' | 'resultaattypen'
  | 'enkelvoudiginformatieobjecten'
  | 'externetaken';

type RouteApi = 'zaken' | 'catalogi' | 'documenten' | 'taken';

const API_OF: Record<Resource, RouteApi> = {
  zaken: 'zaken', statussen: 'zaken', resultaten: 'zaken', zaakinformatieobjecten: 'zaken',
  zaaktypen: 'catalogi', statustypen: 'catalogi', resultaattypen: 'catalogi',
  enkelvoudiginformatieobjecten: 'documenten',
  externetaken: 'taken',
};

/** Which endpoints exist: list, detail. Anything else is the 404. */
const SERVED: Record<Resource, { list: boolean; detail: boolean }> = {
  zaken: { list: true, detail: true },
  statussen: { list: true, detail: true },
  resultaten: { list: true, detail: true },
  zaakinformatieobjecten: { list: true, detail: true },
  zaaktypen: { list: false, detail: true },
  statustypen: { list: true, detail: true },
  resultaattypen: { list: true, detail: true },
  enkelvoudiginformatieobjecten: { list: false, detail: true },
  externetaken: { list: true, detail: true },
};

interface Route {
  api: RouteApi;
  resource: Resource;
  uuid: string | undefined;
  download: boolean;
}

/**
 * The strict path grammar: `/{api}/api/v1/{resource}[/{uuid}[/download]]`, nothing else. Percent
 * signs, dots, doubled or back slashes never match, so encoded slashes and `..` are the 404.
 */
const PATH = /^\/(zaken|catalogi|documenten|taken)\/api\/v1\/([a-z]+)(?:\/([0-9a-fA-F-]{36})(\/download)?)?$/;

export function parseRoute(rest: string): Route | undefined {
  const m = PATH.exec(rest);
  if (!m) return undefined;
  const [, api, resource, uuidRaw, download] = m;
  if (!resource || !Object.hasOwn(SERVED, resource)) return undefined;
  const r = resource as Resource;
  if (API_OF[r] !== api) return undefined;
  const uuid = uuidRaw?.toLowerCase();
  if (uuid !== undefined && !UUID.test(uuid)) return undefined;
  if (uuid === undefined ? !SERVED[r].list : !SERVED[r].detail) return undefined;
  if (download && r !== 'enkelvoudiginformatieobjecten') return undefined;
  return { api: API_OF[r], resource: r, uuid, download: Boolean(download) };
}

/** Query parameters as a multimap; the scoping filters a browser sends are dropped here. */
function parseQuery(search: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(search)) {
    if (k.startsWith('rol__')) continue;
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

type Plan =
  | { kind: 'problem'; problem: Problem; headers?: Record<string, string> }
  | { kind: 'stream'; api: Api; url: string; download?: { filename: string } }
  | { kind: 'json'; status: number; headers: Record<string, string>; text: string; cacheable?: boolean };

const notFound: Plan = { kind: 'problem', problem: NOT_FOUND };

export interface GatewayOptions {
  /** where log lines go (default stdout) */
  logStream?: Writable;
}

/** Catalogue answers change rarely and hold no personal data: cached per instance. */
class Catalogue {
  readonly #entries = new Map<string, { at: number; status: number; headers: Record<string, string>; text: string }>();
  constructor(readonly ttlMs = 300_000, readonly max = 5000) {}
  get(url: string): { status: number; headers: Record<string, string>; text: string } | undefined {
    const e = this.#entries.get(url);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.#entries.delete(url);
      return undefined;
    }
    return e;
  }
  set(url: string, value: { status: number; headers: Record<string, string>; text: string }): void {
    if (this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(url, { ...value, at: Date.now() });
  }
}

/** A file name safe for a Content-Disposition header (RFC 6266, with an ASCII fallback). */
export function contentDisposition(name: unknown): string {
  const raw = typeof name === 'string' ? name : '';
  const cleaned = raw.replace(/[\u0000-\u001f\u007f"\\/]/g, '').replace(/^\.+/, '').slice(0, 200) || 'document';
  const ascii = cleaned.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[%;]/g, '_') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

/** A same-origin return path, or undefined. Absolute URLs, `//host`, backslashes and control characters never pass. */
export function safeReturnTo(value: unknown, origin: string): string | undefined {
  if (value === undefined) return '/';
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  let u: URL;
  try {
    u = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (u.origin !== origin) return undefined;
  return `${u.pathname}${u.search}${u.hash}`;
}

function sendProblem(reply: FastifyReply, p: Problem, headers: Record<string, string> = {}): FastifyReply {
  for (const h of PASSED_RESPONSE_HEADERS) reply.removeHeader(h);
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.code(p.status).type('application/problem+json').header('cache-control', 'no-store').send(p.body);
}

function label(route: Route | undefined): string {
  if (!route) return 'unknown';
  return `${route.resource}${route.uuid ? '/{uuid}' : ''}${route.download ? '/download' : ''}`;
}

export async function buildGateway(config: Config, options: GatewayOptions = {}) {
  const logger = pino(
    {
      level: config.logLevel,
      // Defence in depth: the gateway logs no headers, query values or claims, but should a field
      // ever carry one, these paths are censored.
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'headers.cookie', 'headers.authorization', '*.bsn', '*.kvk', '*.id_token', '*.access_token', 'session', 'cookie', 'token'],
        censor: '[redacted]',
      },
      base: { service: 'mijn-zaken-gateway' },
    },
    options.logStream ?? process.stdout,
  );
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    connectionTimeout: 60_000,
    // A bestandsdeel is one request at the resident's upload speed: with uploads on, it gets 10 minutes.
    requestTimeout: config.upload ? STREAM_TIMEOUT_MS : 60_000,
    keepAliveTimeout: 10_000,
    return503OnClosing: true,
    trustProxy: config.trustProxy === false ? false : config.trustProxy,
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false, maxParamLength: 1000 },
    frameworkErrors(error, request, reply) {
      request.log.info({ code: error.code }, 'malformed request');
      void sendProblem(reply, NOT_FOUND);
    },
  });

  const base = config.basePath;
  const origin = config.publicUrl.origin;
  const secure = config.publicUrl.protocol === 'https:';
  const codec = new SessionCodec(config.sessionSecret, config.sessionIdleTimeout, config.sessionMaxAge);
  const upstreams = new Upstreams(config);
  const access = new Access(config, upstreams);
  const oidc = new Oidc(config);
  const revocations = new Revocations(config.redisUrl, logger);
  const catalogue = new Catalogue();

  const acts = new Acts(config, upstreams, access);

  await app.register(rateLimit, { global: false });
  await app.register(replyFrom, { undici: upstreams.agent, disableRequestLogging: true, retryMethods: [] });
  const perAddress = app.createRateLimit({ max: config.rateLimit.perAddress, timeWindow: 60_000 });
  const perSession = app.createRateLimit({
    max: config.rateLimit.perSession,
    timeWindow: 60_000,
    keyGenerator: (req: FastifyRequest) => `session:${sessions.get(req)?.sid ?? req.ip}`,
  });

  const sessions = new WeakMap<FastifyRequest, Session>();
  const labels = new WeakMap<FastifyRequest, string>();

  // Live updates (CONTRACT 9, events.ts): the Notificaties callback and the event stream.
  const events = config.events
    ? registerEvents(app, {
        config, events: config.events, upstreams, revocations, logger,
        scope: (kind, id) => access.scope({ sid: '', kind, id, auth: 0, seen: 0 }),
        readSession, sendProblem, label: (req, name) => labels.set(req, name),
      })
    : undefined;

  // Bodies are read only for writes that passed the checks; any type, as bytes, within bodyLimit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onClose', async () => {
    await upstreams.close();
    await revocations.close();
  });

  app.addHook('onRequest', async (req, reply) => {
    // Open Notificaties with the right Authorization: not a browser, and not to be throttled per address.
    if (events?.isCallback(req)) return undefined;
    const limit = await perAddress(req);
    if (!limit.isAllowed && limit.isExceeded) {
      labels.set(req, 'rate-limited');
      return sendProblem(reply, TOO_MANY, { 'retry-after': String(limit.ttlInSeconds) });
    }
    const o = req.headers.origin;
    if (typeof o === 'string' && config.allowedOrigins.has(o)) {
      reply.header('access-control-allow-origin', o);
      reply.header('access-control-allow-credentials', 'true');
      reply.header('access-control-expose-headers', 'ETag, Retry-After, Content-Disposition, API-version');
    }
    reply.header('vary', 'Origin');
    // Writes are checked here, before their body is read: session, then CSRF header and Origin.
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && req.url.startsWith(`${base}/`) && !req.url.startsWith(`${base}/logout`) && req.url !== config.events?.callbackPath) {
      labels.set(req, 'write');
      const session = await codec.openSession(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (!session || (await revocations.isRevoked(session.sid))) return sendProblem(reply, UNAUTHENTICATED);
      if (req.headers['x-mijn-zaken'] !== '1' || typeof o !== 'string' || (o !== origin && !config.allowedOrigins.has(o))) return sendProblem(reply, FORBIDDEN_WRITE);
    }
    return undefined;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith(`${base}/`) || req.url === base) {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-frame-options', 'DENY');
      reply.header('cross-origin-resource-policy', 'same-site');
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      if (secure) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    return payload;
  });

  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, target: labels.get(req) ?? 'other', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, req, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, TOO_LARGE);
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, UNSUPPORTED_MEDIA);
    if (error instanceof UpstreamError) {
      req.log.warn({ upstream: error.kind, status: error.status }, 'back end failed');
      // An ownership lookup or a read the gateway answers itself met a busy back end: the same 429/503, as a streamed answer.
      if (error.kind === 'status' && backendBusy(error.status)) {
        const busy = unavailable(error.status, safeRetryAfter(error.retryAfter));
        return sendProblem(reply, busy.problem, busy.headers);
      }
      return sendProblem(reply, error.kind === 'timeout' ? GATEWAY_TIMEOUT : BAD_GATEWAY);
    }
    req.log.error({ err: { type: error.name, message: error.message, code: error.code } }, 'gateway error');
    return sendProblem(reply, INTERNAL);
  });

  app.setNotFoundHandler(async (req, reply) => {
    labels.set(req, 'not-found');
    return sendProblem(reply, NOT_FOUND);
  });

  // ---------------------------------------------------------------------------------------------
  // Sessions

  async function readSession(req: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!token) return undefined;
    const session = await codec.openSession(token);
    if (!session || (await revocations.isRevoked(session.sid))) {
      reply.header('set-cookie', clearCookieHeader(SESSION_COOKIE));
      return undefined;
    }
    const t = now();
    // Sliding idle timeout: renew at most once a minute, so most answers carry no Set-Cookie.
    if (t - session.seen >= 60) {
      const renewed = { ...session, seen: t };
      reply.header('set-cookie', cookieHeader(SESSION_COOKIE, await codec.sealSession(renewed), config.sessionMaxAge - (t - session.auth), config.sessionSameSite));
      return renewed;
    }
    return session;
  }

  // ---------------------------------------------------------------------------------------------
  // Own paths

  app.get(`${base}/health`, async (req, reply) => {
    labels.set(req, 'health');
    return reply.type('application/json').send('{"status":"ok"}');
  });

  app.get(`${base}/login`, async (req, reply) => {
    labels.set(req, 'login');
    const q = req.query as Record<string, unknown>;
    const returnTo = safeReturnTo(q.returnTo, origin);
    if (returnTo === undefined) return sendProblem(reply, badRequest('returnTo moet een pad op deze site zijn.', 'returnTo'));
    let start;
    try {
      start = await oidc.start(returnTo);
    } catch (error) {
      req.log.error({ err: { type: error instanceof Error ? error.name : 'unknown' } }, 'OpenID Provider unreachable');
      return reply.code(503).type('text/plain; charset=utf-8').header('retry-after', '30').send('Inloggen is nu niet mogelijk. Probeer het over een paar minuten opnieuw.');
    }
    reply.header('set-cookie', cookieHeader(LOGIN_COOKIE, await codec.sealLogin(start.tx), 600, 'lax'));
    return reply.redirect(start.url.href, 303);
  });

  app.get(`${base}/callback`, async (req, reply) => {
    labels.set(req, 'callback');
    const tx = await codec.openLogin(readCookie(req.headers.cookie, LOGIN_COOKIE));
    reply.header('set-cookie', clearCookieHeader(LOGIN_COOKIE));
    if (!tx) return reply.code(400).type('text/plain; charset=utf-8').send('Deze inlogpoging is verlopen of onbekend. Begin opnieuw met inloggen.');
    const callbackUrl = new URL(req.raw.url ?? '/', origin);
    if (callbackUrl.searchParams.has('error')) {
      req.log.info({ error: callbackUrl.searchParams.get('error')?.slice(0, 60) }, 'login cancelled or refused by the OpenID Provider');
      return reply.redirect(tx.returnTo, 303);
    }
    let who;
    try {
      who = await oidc.finish(callbackUrl, tx);
    } catch (error) {
      req.log.warn({ reason: error instanceof LoginError ? error.reason : 'unexpected' }, 'login refused');
      return reply.code(403).type('text/plain; charset=utf-8').send('Inloggen is niet gelukt. Begin opnieuw met inloggen.');
    }
    const t = now();
    const session: Session = { sid: randomId(), kind: who.kind, id: who.id, auth: t, seen: t, ...(who.idToken ? { idt: who.idToken } : {}) };
    reply.header('set-cookie', [clearCookieHeader(LOGIN_COOKIE), cookieHeader(SESSION_COOKIE, await codec.sealSession(session), config.sessionMaxAge, config.sessionSameSite)]);
    req.log.info({ kind: who.kind }, 'logged in');
    return reply.redirect(tx.returnTo, 303);
  });

  const logout = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    labels.set(req, 'logout');
    const session = await codec.openSession(readCookie(req.headers.cookie, SESSION_COOKIE));
    reply.header('set-cookie', clearCookieHeader(SESSION_COOKIE));
    if (session) {
      await revocations.revoke(session.sid, Math.max(1, session.auth + config.sessionMaxAge - now()));
      access.forget(session.sid);
      await events?.sessionEnded(session.sid);
    }
    const q = req.query as Record<string, unknown>;
    const returnTo = safeReturnTo(q.returnTo, origin) ?? '/';
    const broker = session ? await oidc.endSessionUrl(session.idt, `${origin}/`) : undefined;
    return reply.redirect(broker?.href ?? returnTo, 303);
  };
  app.get(`${base}/logout`, logout);
  app.post(`${base}/logout`, logout);

  // ---------------------------------------------------------------------------------------------
  // CORS preflight for the allowed CMS origins

  app.options(`${base}/*`, async (req, reply) => {
    labels.set(req, 'preflight');
    const o = req.headers.origin;
    if (typeof o === 'string' && config.allowedOrigins.has(o)) {
      reply.header('access-control-allow-methods', 'GET, HEAD, POST, PUT, PATCH, DELETE');
      reply.header('access-control-allow-headers', 'Accept, Accept-Language, Authorization, Content-Type, If-None-Match, X-Mijn-Zaken');
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });

  // ---------------------------------------------------------------------------------------------
  // The ZGW APIs

  const api = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const rawUrl = req.raw.url ?? '';
    const qi = rawUrl.indexOf('?');
    const path = qi < 0 ? rawUrl : rawUrl.slice(0, qi);
    const search = qi < 0 ? '' : rawUrl.slice(qi + 1);
    const route = path.startsWith(`${base}/`) ? parseRoute(path.slice(base.length)) : undefined;
    labels.set(req, acts.label(req.method, path.slice(base.length)) ?? label(route));

    const session = await readSession(req, reply);
    if (!session) return sendProblem(reply, UNAUTHENTICATED);
    sessions.set(req, session);
    const limit = await perSession(req);
    if (!limit.isAllowed && limit.isExceeded) {
      return sendProblem(reply, TOO_MANY, { 'retry-after': String(limit.ttlInSeconds) });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Writes (CONTRACT 8): session, the CSRF header and an allowed Origin, else 403. No write
      // rules are implemented yet, so a write that passes those checks is still refused (404).
      const o = req.headers.origin;
      if (req.headers['x-mijn-zaken'] !== '1' || typeof o !== 'string' || (o !== origin && !config.allowedOrigins.has(o))) {
        if (req.method === 'PUT') req.raw.resume();
        return sendProblem(reply, FORBIDDEN_WRITE);
      }
      // Section 8 writes (acts.ts); any other write is the constant 404.
      const act = path.startsWith(`${base}/`) ? await acts.handle(req, reply, session, path.slice(base.length), search) : undefined;
      if (act) return sendAct(reply, act, sendProblem);
      if (req.method === 'PUT') req.raw.resume();
      return sendProblem(reply, NOT_FOUND);
    }
    if (path === `${base}/mijn-zaken/v1/capabilities` && !search) {
      labels.set(req, 'capabilities');
      // Read-only (a 404) unless a section 8 or 9 part is configured.
      const body: Record<string, unknown> = { version: 1 };
      if (config.taken) {
        const tasks: Record<string, string> = { zaakUrn: config.taken.zaakUrn };
        if (config.taken.taskUrl) tasks.taskUrl = config.taken.taskUrl;
        body.tasks = tasks;
      }
      Object.assign(body, acts.capabilities());
      if (config.taken?.linkOrigins.length) body.linkOrigins = config.taken.linkOrigins;
      if (config.events) body.events = true;
      if (Object.keys(body).length === 1) return sendProblem(reply, NOT_FOUND);
      return reply.type('application/json').header('cache-control', 'no-store').send(JSON.stringify(body));
    }
    const act = path.startsWith(`${base}/`) ? await acts.handle(req, reply, session, path.slice(base.length), search) : undefined;
    if (act) return sendAct(reply, act, sendProblem);
    if (!route) return sendProblem(reply, NOT_FOUND);

    const plan = await planRead(route, parseQuery(search), session, req.id);
    return execute(plan, req, reply, route);
  };
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  app.route({ method: methods, url: `${base}/*`, handler: api });
  app.route({ method: methods, url: base, handler: api });
  // Uploads (acts.ts): a single-request document may be a little over the usual body limit; a
  // bestandsdeel is streamed to the Documenten API, so its body is not read here at all.
  app.route({ method: 'POST', url: `${base}${CREATE_DOCUMENT_PATH}`, bodyLimit: INLINE_BODY_LIMIT, handler: api });
  await app.register(async (streamed) => {
    streamed.removeAllContentTypeParsers();
    streamed.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    streamed.route({ method: 'PUT', url: `${base}${BESTANDSDEEL_PATH}`, handler: api });
  });

  /** Checks one read and decides how to answer it. No back-end request for a resource that is not the person's. */
  async function planRead(route: Route, query: Map<string, string[]>, session: Session, requestId: string): Promise<Plan> {
    const root = upstreams.roots[route.api] ?? '';
    const one = (name: string): string | undefined => query.get(name)?.[0];

    if (route.api === 'taken' && !config.taken) return notFound;
    // Resources named in filters must be the person's before anything else (duplicates included).
    for (const value of query.get('isGerelateerdAan') ?? []) {
      if (route.resource !== 'externetaken' || !(await access.zaakByUrn(session, value, requestId))) return notFound;
    }
    for (const value of query.get('zaak') ?? []) {
      const uuid = uuidOf(value, 'zaken');
      if (!uuid || !(await access.zaak(session, uuid, requestId))) return notFound;
    }
    // The path's own resource.
    if (route.uuid) {
      const owned = await ownsPathResource(route, route.uuid, session, requestId);
      if (!owned) return notFound;
    }
    const allowed = allowedParams(route);
    for (const [name, values] of query) {
      if (!allowed.includes(name)) return { kind: 'problem', problem: badRequest(`Onbekende query parameter: ${name.slice(0, 60)}`, name.slice(0, 60)) };
      if (values.length > 1) return { kind: 'problem', problem: badRequest(`Query parameter ${name.slice(0, 60)} komt meer dan eens voor.`, name.slice(0, 60)) };
    }
    for (const name of ['page', 'pageSize', 'versie']) {
      const v = one(name);
      if (v !== undefined && !/^[1-9]\d{0,5}$/.test(v)) return { kind: 'problem', problem: badRequest(`${name} moet een positief geheel getal zijn.`, name) };
    }

    const out = new URLSearchParams();
    const pass = (name: string): void => {
      const v = one(name);
      if (v !== undefined) out.set(name, v);
    };

    switch (route.resource) {
      case 'zaken': {
        if (route.uuid) {
          const expand = limitExpand(one('expand'));
          if (expand) out.set('expand', expand);
          return { kind: 'stream', api: 'zaken', url: `${root}/zaken/${route.uuid}${qs(out)}` };
        }
        for (const [k, v] of access.scope(session)) out.set(k, v);
        for (const name of ['identificatie', 'ordering', 'page', 'pageSize']) pass(name);
        const expand = limitExpand(one('expand'));
        if (expand) out.set('expand', expand);
        return zakenList(`${root}/zaken${qs(out)}`, requestId);
      }
      case 'statussen':
      case 'resultaten': {
        if (route.uuid) return { kind: 'stream', api: 'zaken', url: `${root}/${route.resource}/${route.uuid}` };
        const zaak = await zaakFilter(one('zaak'), session, requestId);
        if (!zaak) return notFound;
        out.set('zaak', zaak);
        pass('page');
        pass('pageSize');
        return { kind: 'stream', api: 'zaken', url: `${root}/${route.resource}${qs(out)}` };
      }
      case 'zaakinformatieobjecten': {
        if (route.uuid) return { kind: 'stream', api: 'zaken', url: `${root}/zaakinformatieobjecten/${route.uuid}` };
        const zaak = await zaakFilter(one('zaak'), session, requestId);
        if (!zaak) return notFound;
        out.set('zaak', zaak);
        return visibleZios(`${root}/zaakinformatieobjecten${qs(out)}`, session, requestId);
      }
      case 'enkelvoudiginformatieobjecten': {
        const uuid = route.uuid ?? '';
        pass('versie');
        const meta = await upstreams.getJson('documenten', `${root}/enkelvoudiginformatieobjecten/${uuid}${qs(out)}`, requestId);
        if (meta.status === 404) return notFound;
        if (meta.status !== 200) return upstreamStatus(meta.status, requestId, meta.headers['retry-after']);
        // The version asked for is the one checked: an older version may be more confidential.
        if (!documentVisible(meta.body, config.maxConfidentiality)) return notFound;
        if (route.download) {
          const name = (meta.body as Record<string, unknown>).bestandsnaam;
          return { kind: 'stream', api: 'documenten', url: `${root}/enkelvoudiginformatieobjecten/${uuid}/download${qs(out)}`, download: { filename: contentDisposition(name) } };
        }
        return { kind: 'json', status: 200, headers: meta.headers, text: meta.text };
      }
      case 'externetaken': {
        if (route.uuid) return { kind: 'stream', api: 'taken', url: `${root}/externetaken/${route.uuid}` };
        const urn = one('isGerelateerdAan');
        if (!urn) return notFound;
        const status = one('status');
        if (status !== undefined && !['afgebroken', 'niet_uitgevoerd', 'open', 'uitgevoerd', 'verwerkt'].includes(status)) {
          return { kind: 'problem', problem: badRequest('Onbekende status.', 'status') };
        }
        out.set('isGerelateerdAan', urn);
        // Only tasks assigned to this person: a zaak may also have tasks for someone else.
        out.set('isToegewezenAan', access.personUrn(session));
        pass('status');
        pass('page');
        pass('pageSize');
        return { kind: 'stream', api: 'taken', url: `${root}/externetaken${qs(out)}` };
      }
      case 'zaaktypen':
      case 'statustypen':
      case 'resultaattypen': {
        if (!route.uuid) {
          const zaaktype = uuidOf(one('zaaktype'), 'zaaktypen');
          if (!zaaktype) return { kind: 'problem', problem: badRequest('zaaktype is verplicht en moet een zaaktype-URL zijn.', 'zaaktype') };
          out.set('zaaktype', `${root}/zaaktypen/${zaaktype}`);
          pass('page');
        }
        return catalogueRead(`${root}/${route.resource}${route.uuid ? `/${route.uuid}` : ''}${qs(out)}`, requestId);
      }
    }
  }

  function allowedParams(route: Route): string[] {
    if (route.download) return ['versie'];
    switch (route.resource) {
      case 'zaken':
        return route.uuid ? ['expand'] : ['identificatie', 'ordering', 'page', 'pageSize', 'expand'];
      case 'statussen':
      case 'resultaten':
        return route.uuid ? [] : ['zaak', 'page', 'pageSize'];
      case 'zaakinformatieobjecten':
        return route.uuid ? [] : ['zaak'];
      case 'enkelvoudiginformatieobjecten':
        return ['versie'];
      case 'statustypen':
      case 'resultaattypen':
        return route.uuid ? [] : ['zaaktype', 'page'];
      case 'zaaktypen':
        return [];
      case 'externetaken':
        return route.uuid ? [] : ['isGerelateerdAan', 'status', 'page', 'pageSize'];
    }
  }

  async function ownsPathResource(route: Route, uuid: string, session: Session, requestId: string): Promise<boolean> {
    switch (route.resource) {
      case 'zaken':
        return Boolean(await access.zaak(session, uuid, requestId));
      case 'statussen':
        return Boolean(await access.statusZaak(session, uuid, requestId));
      case 'resultaten':
        return Boolean(await access.resultaatZaak(session, uuid, requestId));
      case 'zaakinformatieobjecten': {
        const zio = await access.zio(session, uuid, requestId);
        return Boolean(zio && (await access.documentShown(session, zio.eio, requestId)));
      }
      case 'enkelvoudiginformatieobjecten':
        return Boolean(await access.documentZaak(session, uuid, requestId));
      case 'externetaken':
        return Boolean(await access.taakZaak(session, uuid, requestId));
      case 'zaaktypen':
      case 'statustypen':
      case 'resultaattypen':
        return true; // catalogue: a session is enough
    }
  }

  /** The back-end URL of one of the person's zaken, as Open Zaak wrote it (its filters compare strings). */
  async function zaakFilter(value: string | undefined, session: Session, requestId: string): Promise<string | undefined> {
    const uuid = uuidOf(value, 'zaken');
    return uuid ? (await access.zaak(session, uuid, requestId))?.url : undefined;
  }

  function limitExpand(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const kept = value.split(',').filter((v) => ZAKEN_EXPAND.includes(v));
    return kept.length ? [...new Set(kept)].join(',') : undefined;
  }

  /** A back end's failure as the resident sees it: 404 stays the constant, 429/503 stay themselves with a valid Retry-After, the rest is a 502. */
  function upstreamStatus(status: number, requestId: string, retryAfter?: string): Plan {
    if (status === 401 || status === 403) logger.error({ reqId: requestId, status }, 'back end refused the gateway credentials (ZGW_CLIENT_ID / ZGW_SECRET?)');
    else if (status !== 404) logger.warn({ reqId: requestId, status }, 'back end failed');
    if (status === 404) return notFound;
    if (backendBusy(status)) return { kind: 'problem', ...unavailable(status, safeRetryAfter(retryAfter)) };
    return { kind: 'problem', problem: BAD_GATEWAY };
  }

  /** The /zaken list: read here so the person's BSN/KvK filter is taken out of `next`/`previous`. */
  async function zakenList(url: string, requestId: string): Promise<Plan> {
    const answer = await upstreams.getJson('zaken', url, requestId);
    if (answer.status !== 200) {
      if (answer.status === 400) return { kind: 'json', status: 400, headers: answer.headers, text: answer.text };
      return upstreamStatus(answer.status, requestId, answer.headers['retry-after']);
    }
    const body = answer.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'json', status: 200, headers: answer.headers, text: answer.text };
    const page = body as Record<string, unknown>;
    for (const link of ['next', 'previous']) {
      const v = page[link];
      if (typeof v !== 'string') continue;
      try {
        const u = new URL(v);
        for (const k of [...u.searchParams.keys()]) if (k.startsWith('rol__')) u.searchParams.delete(k);
        page[link] = u.href;
      } catch {
        page[link] = null;
      }
    }
    const { 'content-length': _length, ...headers } = answer.headers;
    return { kind: 'json', status: 200, headers, text: JSON.stringify(page) };
  }

  /** zaakinformatieobjecten of one of the person's zaken, only those whose document may be shown. */
  async function visibleZios(url: string, session: Session, requestId: string): Promise<Plan> {
    const answer = await upstreams.getJson('zaken', url, requestId);
    if (answer.status !== 200) return upstreamStatus(answer.status, requestId, answer.headers['retry-after']);
    const list = Array.isArray(answer.body) ? answer.body : undefined;
    if (!list) return { kind: 'problem', problem: BAD_GATEWAY };
    const kept: unknown[] = [];
    for (const item of list) {
      const eio = uuidOf(typeof item === 'object' && item !== null ? String((item as Record<string, unknown>).informatieobject ?? '') : undefined, 'enkelvoudiginformatieobjecten');
      if (eio && (await access.documentShown(session, eio, requestId))) kept.push(item);
    }
    const { 'content-length': _length, ...headers } = answer.headers;
    return { kind: 'json', status: 200, headers, text: JSON.stringify(kept) };
  }

  async function catalogueRead(url: string, requestId: string): Promise<Plan> {
    const hit = catalogue.get(url);
    if (hit) return { kind: 'json', ...hit, cacheable: true };
    const answer = await upstreams.getJson('catalogi', url, requestId);
    if (answer.status !== 200) return upstreamStatus(answer.status, requestId, answer.headers['retry-after']);
    const value = { status: 200, headers: answer.headers, text: answer.text };
    catalogue.set(url, value);
    return { kind: 'json', ...value, cacheable: true };
  }

  async function execute(plan: Plan, req: FastifyRequest, reply: FastifyReply, route: Route): Promise<FastifyReply> {
    if (plan.kind === 'problem') return sendProblem(reply, plan.problem, plan.headers);
    if (plan.kind === 'json') {
      for (const [k, v] of Object.entries(plan.headers)) if (k !== 'content-length') reply.header(k, v);
      reply.header('cache-control', plan.cacheable ? 'private, max-age=300' : 'no-store');
      return reply.code(plan.status).send(plan.text);
    }
    const headers = await upstreams.headers(plan.api, req.id, plan.download ? { accept: '*/*' } : {});
    const ifNoneMatch = req.headers['if-none-match'];
    if (typeof ifNoneMatch === 'string' && !plan.download) headers['if-none-match'] = ifNoneMatch;
    const target = new URL(plan.url);
    const download = plan.download;
    let upstreamRetryAfter: string | undefined;
    return reply.from(`${target.origin}${target.pathname}`, {
      queryString: () => target.search.slice(1),
      timeout: config.upstreamTimeoutMs,
      rewriteRequestHeaders: () => ({ ...headers, host: target.host }),
      rewriteHeaders: (upstream) => {
        const out: Record<string, string> = {};
        const retry = upstream['retry-after'];
        upstreamRetryAfter = typeof retry === 'string' ? retry : undefined;
        for (const name of PASSED_RESPONSE_HEADERS) {
          const v = upstream[name];
          if (typeof v === 'string') out[name] = v;
        }
        out['cache-control'] = 'no-store';
        if (download) {
          out['content-disposition'] = download.filename;
          out['content-security-policy'] = 'sandbox';
          out['x-content-type-options'] = 'nosniff';
        }
        return out;
      },
      onResponse: (_request, _rep, res) => {
        const status = res.statusCode;
        if (status === 200 || status === 304 || status === 400 || status === 412) {
          void reply.send(res.stream);
          return;
        }
        res.stream.resume();
        const plan = upstreamStatus(status, req.id, upstreamRetryAfter);
        if (plan.kind === 'problem') void sendProblem(reply, plan.problem, plan.headers);
      },
      onError: (_rep, { error }) => {
        const timeout = (error as { statusCode?: number }).statusCode === 504;
        req.log.warn({ upstream: timeout ? 'timeout' : 'network', target: label(route) }, 'back end failed');
        void sendProblem(reply, timeout ? GATEWAY_TIMEOUT : BAD_GATEWAY);
      },
    });
  }

  return app;
}

function qs(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}
