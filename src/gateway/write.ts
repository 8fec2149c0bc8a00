// The gateway client's write path (CONTRACT 8): a module of its own, loaded only where the gateway
// announces section 8, so a read-only page pays no byte for it (CONTRACT 1). It uses the client's
// line of requests, headers, credentials and timeout; client.ts does not import it.
import { isUuid } from '../model/text.js';
import { hasCredentials, readLimited, type GatewayClient } from './client.js';
import { GatewayError, kindForStatus, parseRetryAfter } from './errors.js';

/** RFC 9457 problem details of a refused write; only its `invalidParams` are used, never shown raw. */
export interface ProblemDetails {
  type?: string;
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
  invalidParams?: unknown;
}
import { isOnGateway } from './url-mapping.js';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A plain object or array goes as JSON; the body types of `fetch` go as they are; null sends none. */
export type WriteBody = Blob | FormData | URLSearchParams | ArrayBuffer | ArrayBufferView | string | object | null;

export interface SendOptions {
  /** Content-Type of the body; `application/json` for a JSON body when absent, none for FormData (the browser adds its boundary). */
  contentType?: string;
  signal: AbortSignal;
  /**
   * Bytes of the body sent so far, and in all. `fetch` reports no upload progress, so such a body goes
   * through XMLHttpRequest; the 15 s then count from the last progress (a slow large file still goes).
   */
  onProgress?: (sent: number, total: number) => void;
}

/** One field the gateway refused, as Open Zaak names it (`invalidParams` of a `400`). */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/** A `400` to a write: the form marks these fields and keeps what was typed (CONTRACT 8). */
export class RejectedError extends GatewayError {
  readonly invalidParams: readonly InvalidParam[];

  constructor(
    readonly problem: ProblemDetails | null,
    cause?: unknown,
  ) {
    super('rejected', { status: 400, cause });
    this.invalidParams = invalidParamsOf(problem);
  }
}

/** The resources the element writes (CONTRACT 8) and the API of each; nothing else is ever written. */
const WRITE_API: Readonly<Record<string, string>> = {
  klantcontacten: 'klantinteracties',
  onderwerpobjecten: 'klantinteracties',
  betrokkenen: 'klantinteracties',
  'maak-klantcontact': 'klantinteracties',
  enkelvoudiginformatieobjecten: 'documenten',
  bestandsdelen: 'documenten',
  zaakinformatieobjecten: 'zaken',
};

/** Answers larger than this are not a ZGW answer to a write (as for reads: CONTRACT 5). */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_INVALID_PARAMS = 50;

/**
 * Maps a write's URL (a back-end URL from an answer, or one on the gateway) onto the gateway by what it
 * names: `…/{resource}[/{uuid}[/lock|/unlock]][?query]` for a resource in WRITE_API; lock and unlock only
 * for a document. Null for anything else.
 */
export function mapWrite(url: string, gateway: string): string | null {
  let target: URL;
  try {
    target = new URL(url, `${gateway}/`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(target.protocol)) return null;
  // The URL parser has resolved `..`; an encoded slash never names a resource.
  const segments = target.pathname.split('/');
  if (segments.at(-1) === '') segments.pop();
  for (let depth = 1; depth <= 3 && depth < segments.length; depth++) {
    const [resource = '', uuid, action] = segments.slice(-depth);
    if (
      Object.hasOwn(WRITE_API, resource) &&
      (uuid === undefined || isUuid(uuid)) &&
      (action === undefined || ((action === 'lock' || action === 'unlock') && resource === 'enkelvoudiginformatieobjecten'))
    ) {
      return `${gateway}/${WRITE_API[resource]}/api/v1/${segments.slice(-depth).join('/')}${target.search}`;
    }
  }
  return null;
}

/**
 * One write to the gateway, with `X-Mijn-Zaken: 1` (CONTRACT 8), in the element's line of requests,
 * never retried by itself. Resolves to the answer's JSON object, or null when it has none (204).
 * Refuses a URL off the gateway (`configuration`) or one that names nothing writable
 * (`invalid-response`); a redirect means "log in" (`unauthorized`); a `400` is a RejectedError.
 */
export async function send(
  client: GatewayClient,
  method: WriteMethod,
  url: string,
  body: WriteBody,
  options: SendOptions,
): Promise<Record<string, unknown> | null> {
  const { gateway } = client;
  if (hasCredentials(gateway) || !/^(POST|PUT|PATCH|DELETE)$/.test(method)) throw new GatewayError('configuration');
  const target = mapWrite(url, gateway);
  if (target === null) throw new GatewayError('invalid-response');
  if (!isOnGateway(target, gateway)) throw new GatewayError('configuration');
  const [payload, contentType] = encode(body, options.contentType);
  const headers = client.requestHeaders('application/json');
  headers.set('X-Mijn-Zaken', '1');
  if (contentType) headers.set('Content-Type', contentType);
  // XMLHttpRequest cannot leave out the cookies of its own origin: `credentials="omit"` there goes by fetch.
  const xhr = options.onProgress && payload !== null && !(client.options.credentials === 'omit' && new URL(target).origin === location.origin);
  try {
    const text = xhr
      ? await viaXhr(client, method, target, payload, headers, options.signal, options.onProgress as NonNullable<SendOptions['onProgress']>)
      : await client.fetchBody(target, options.signal, 'application/json', true, readLimited, { method, body: payload, headers });
    if (!xhr && payload !== null) options.onProgress?.(sizeOf(payload), sizeOf(payload));
    return parse(text);
  } catch (error) {
    // By `kind`, never `instanceof`: in the CDN build this module is dist/mijn-zaken-acts.js, and the
    // client's errors are the GatewayError class of dist/mijn-zaken.js, another copy.
    const failed = error as Partial<GatewayError> | null;
    if (typeof failed?.kind !== 'string') throw error;
    // fetch: the client hands on an error's unread Response; XMLHttpRequest: the problem was read already.
    const problem = error instanceof XhrError ? error.problem : failed.cause instanceof Response ? await problemOfResponse(failed.cause) : null;
    throw failed.status === 400 ? new RejectedError(problem, error) : error;
  }
}

/** Bytes of a body, where known without reading it (FormData: 0). */
function sizeOf(body: XMLHttpRequestBodyInit): number {
  if (body instanceof Blob) return body.size;
  if (typeof body === 'string') return new TextEncoder().encode(body).byteLength;
  return body instanceof ArrayBuffer || ArrayBuffer.isView(body) ? body.byteLength : 0;
}

function encode(body: WriteBody, contentType?: string): [XMLHttpRequestBodyInit | null, string | undefined] {
  if (body === null || body === undefined) return [null, contentType];
  if (body instanceof FormData) return [body, undefined];
  if (typeof body === 'string' || body instanceof Blob || body instanceof URLSearchParams || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return [body as XMLHttpRequestBodyInit, contentType];
  }
  return [JSON.stringify(body), contentType ?? 'application/json'];
}

function parse(text: string): Record<string, unknown> | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GatewayError('invalid-response', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new GatewayError('invalid-response');
  return value as Record<string, unknown>;
}

/**
 * A write through XMLHttpRequest, for its upload progress. It cannot refuse a redirect the way
 * `redirect: 'manual'` does: the browser follows it before any event. So the final URL is checked and
 * any redirect refused as "log in", what is readable of it is never used, and the browser's own rules
 * apply to the followed request (`Authorization` dropped for another origin, a preflight for our
 * headers there); see README "Writes".
 */
function viaXhr(
  client: GatewayClient,
  method: WriteMethod,
  url: string,
  body: XMLHttpRequestBodyInit,
  headers: Headers,
  signal: AbortSignal,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  return client.queue.run(client.priority, signal, () => {
    signal.throwIfAborted();
    const request = new XMLHttpRequest();
    const timer = new AbortController();
    const timeoutMs = client.options.timeoutMs ?? 15_000;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const stall = () => {
      clearTimeout(timeout);
      timeout = setTimeout(() => timer.abort(), timeoutMs);
    };
    const stop = () => request.abort();
    return new Promise<string>((resolve, reject) => {
      const done = (settle: () => void) => {
        clearTimeout(timeout);
        signal.removeEventListener('abort', stop);
        timer.signal.removeEventListener('abort', stop);
        settle();
      };
      request.open(method, url);
      request.withCredentials = client.options.credentials === 'include';
      headers.forEach((value, name) => request.setRequestHeader(name, value));
      request.upload.onprogress = (event) => {
        stall();
        onProgress(event.loaded, event.lengthComputable ? event.total : event.loaded);
      };
      // An answer over 10 MB is `invalid-response`. The last progress comes when it is already done,
      // and abort() then fires nothing: so the flag, read on load too.
      let tooLarge = false;
      request.onprogress = (event) => {
        tooLarge = event.loaded > MAX_BODY_BYTES;
        if (tooLarge && request.readyState < XMLHttpRequest.DONE) request.abort();
      };
      request.onabort = () =>
        done(() =>
          reject(signal.aborted ? signal.reason : new GatewayError(timer.signal.aborted ? 'timeout' : 'invalid-response')),
        );
      request.onerror = () => done(() => void whyFailed(client, url, signal, timer.signal).then(reject));
      request.onload = () =>
        done(() => {
          // Followed a redirect (any, even on the gateway): refused, as `redirect: 'manual'` refuses reads.
          if (request.responseURL !== new URL(url).href) return reject(new GatewayError('unauthorized'));
          if (tooLarge) return reject(new GatewayError('invalid-response'));
          const { status } = request;
          if (status >= 200 && status < 300) return resolve(request.responseText);
          reject(
            new XhrError(problemOf(request), kindForStatus(status), {
              status,
              retryAfterMs: parseRetryAfter(request.getResponseHeader('Retry-After')),
            }),
          );
        });
      signal.addEventListener('abort', stop, { once: true });
      timer.signal.addEventListener('abort', stop, { once: true });
      stall();
      request.send(body);
    });
  });
}

/**
 * Why an XMLHttpRequest failed. A redirect to an origin without CORS fails like a lost connection; a
 * gateway sends an expired session there (its login at the identity provider). One bare GET of the same
 * URL, not followed (no headers, so no preflight; outside the line, which this request still holds),
 * tells a redirect ("log in") from the rest.
 */
async function whyFailed(client: GatewayClient, url: string, signal: AbortSignal, timeout: AbortSignal): Promise<unknown> {
  if (!signal.aborted && !timeout.aborted) {
    const probe = await fetch(url, { credentials: client.options.credentials, redirect: 'manual', signal, referrerPolicy: 'strict-origin-when-cross-origin' }).catch(() => null);
    if (probe?.type === 'opaqueredirect') return new GatewayError('unauthorized');
  }
  return client.failure(new TypeError('XMLHttpRequest failed'), signal, timeout, url);
}

function problemOf(request: XMLHttpRequest): ProblemDetails | null {
  return /json/i.test(request.getResponseHeader('Content-Type') ?? '') ? problemFrom(request.responseText) : null;
}

/** The problem details of a fetch answer, read within the body limit; null when it has none. */
async function problemOfResponse(response: Response): Promise<ProblemDetails | null> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) {
    void response.body?.cancel();
    return null;
  }
  try {
    return problemFrom(await readLimited(response));
  } catch {
    return null;
  }
}

function problemFrom(text: string): ProblemDetails | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ProblemDetails) : null;
  } catch {
    return null;
  }
}

/** A failed XMLHttpRequest write, with the problem details its answer carried. */
class XhrError extends GatewayError {
  constructor(
    readonly problem: ProblemDetails | null,
    ...args: ConstructorParameters<typeof GatewayError>
  ) {
    super(...args);
  }
}

/** The well-formed entries of `invalidParams` (hostile input: anything else is dropped), at most 50. */
function invalidParamsOf(problem: ProblemDetails | null): InvalidParam[] {
  const list: unknown = (problem as { invalidParams?: unknown } | null)?.invalidParams;
  if (!Array.isArray(list)) return [];
  const params: InvalidParam[] = [];
  for (const entry of list.slice(0, MAX_INVALID_PARAMS)) {
    const { name, code, reason } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof name === 'string' && typeof code === 'string') params.push({ name, code, reason: typeof reason === 'string' ? reason : '' });
  }
  return params;
}
