// Talking to the back ends: the ZGW JWT (HS256, iss + client_id, iat, exp ≤ 5 min later), the
// Accept-Crs/Content-Crs headers, timeouts, and a small JSON client for the checks the gateway
// makes itself (the person's zaken, a document's metadata). Streams go through @fastify/reply-from.
import { SignJWT } from 'jose';
import { Agent, request } from 'undici';
import type { Config } from './config.js';

export type Api = 'zaken' | 'catalogi' | 'documenten' | 'klantinteracties' | 'taken';

/** Lifetime of a ZGW JWT; Open Zaak accepts at most its JWT_EXPIRY, the contract at most 5 minutes. */
const TOKEN_LIFETIME = 300;
/** A token is reused for this long, so it always has minutes left when Open Zaak checks it. */
const TOKEN_REUSE = 60;

export class ZgwToken {
  readonly #key: Uint8Array;
  #token = '';
  #issued = 0;

  constructor(readonly clientId: string, secret: string) {
    this.#key = new TextEncoder().encode(secret);
  }

  async get(): Promise<string> {
    const t = Math.floor(Date.now() / 1000);
    if (this.#token && t - this.#issued < TOKEN_REUSE) return this.#token;
    this.#token = await new SignJWT({ client_id: this.clientId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(this.clientId)
      .setIssuedAt(t)
      .setExpirationTime(t + TOKEN_LIFETIME)
      .sign(this.#key);
    this.#issued = t;
    return this.#token;
  }
}

export class UpstreamError extends Error {
  constructor(readonly kind: 'timeout' | 'network' | 'status' | 'invalid', readonly status?: number, readonly retryAfter?: string) {
    super(`upstream ${kind}${status ? ` ${status}` : ''}`);
    this.name = 'UpstreamError';
  }
}

/** The longest wait the gateway passes on: a busy back end asking for hours would strand the resident. */
export const MAX_RETRY_AFTER = 300;

/**
 * A back end's Retry-After as delta-seconds the browser may see: delta-seconds or an HTTP date
 * (RFC 9110 10.2.3), at most MAX_RETRY_AFTER; anything else is dropped (undefined).
 */
export function safeRetryAfter(value: string | undefined, nowMs = Date.now()): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  let seconds: number;
  if (/^\d{1,12}$/.test(v)) seconds = Number(v);
  else if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(v)) {
    const at = Date.parse(v);
    if (!Number.isFinite(at)) return undefined;
    seconds = Math.max(0, Math.ceil((at - nowMs) / 1000));
  } else return undefined;
  return String(Math.min(seconds, MAX_RETRY_AFTER));
}

/** A back end answering 429 or 503: it is busy, so the resident may retry (CONTRACT 5). */
export function backendBusy(status: number | undefined): status is 429 | 503 {
  return status === 429 || status === 503;
}

export interface JsonAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  text: string;
}

/** Response headers the gateway passes on from a back end; everything else stays behind. */
export const PASSED_RESPONSE_HEADERS = ['content-type', 'content-length', 'etag', 'last-modified', 'api-version', 'content-crs', 'retry-after'];

/** Largest JSON answer the gateway reads itself (the element's own limit, CONTRACT 5). */
const MAX_JSON = 10 * 1024 * 1024;

export class Upstreams {
  readonly agent: Agent;
  readonly zgwToken: ZgwToken;
  readonly roots: Record<Api, string | undefined>;

  constructor(readonly config: Config) {
    this.agent = new Agent({
      connections: 64,
      headersTimeout: config.upstreamTimeoutMs,
      bodyTimeout: config.upstreamTimeoutMs,
      connectTimeout: Math.min(config.upstreamTimeoutMs, 5000),
    });
    this.zgwToken = new ZgwToken(config.zgw.clientId, config.zgw.secret);
    this.roots = {
      zaken: config.zgw.zaken,
      catalogi: config.zgw.catalogi,
      documenten: config.zgw.documenten,
      klantinteracties: config.klantinteracties?.url,
      taken: config.taken?.url,
    };
  }

  /** Headers for a request to one API: credentials, CRS, request id; never anything from the browser but Accept. */
  async headers(api: Api, requestId: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const h: Record<string, string> = { accept: 'application/json', 'x-request-id': requestId, ...extra };
    if (api === 'klantinteracties' && this.config.klantinteracties) h.authorization = `Token ${this.config.klantinteracties.token}`;
    else if (api === 'taken' && this.config.taken) h.authorization = `Token ${this.config.taken.token}`;
    else h.authorization = `Bearer ${await this.zgwToken.get()}`;
    // The Zaken API answers 412 without Accept-Crs on resources with geometry; WGS84 is what it serves.
    if (api === 'zaken') h['accept-crs'] = 'EPSG:4326';
    return h;
  }

  /** GET a JSON resource. Any status is returned; network failures and timeouts throw UpstreamError. */
  async getJson(api: Api, url: string, requestId: string, extraHeaders: Record<string, string> = {}): Promise<JsonAnswer> {
    const target = new URL(url);
    let res;
    try {
      res = await request(target, {
        method: 'GET',
        headers: await this.headers(api, requestId, extraHeaders),
        dispatcher: this.agent,
        signal: AbortSignal.timeout(this.config.upstreamTimeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const code = (error as { code?: unknown }).code;
      throw new UpstreamError(name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : 'network');
    }
    const headers: Record<string, string> = {};
    for (const name of PASSED_RESPONSE_HEADERS) {
      const v = res.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    let text: string;
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        const b = chunk as Buffer;
        size += b.length;
        if (size > MAX_JSON) {
          res.body.destroy();
          throw new UpstreamError('invalid', res.statusCode);
        }
        chunks.push(b);
      }
      text = Buffer.concat(chunks).toString('utf8');
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      const name = error instanceof Error ? error.name : '';
      throw new UpstreamError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
    }
    let body: unknown = undefined;
    if (/json/i.test(headers['content-type'] ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { status: res.statusCode, headers, body, text };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
