import { isRecord } from '../model/text.js';
import type { ZgwPage } from '../model/zgw.js';
import { GatewayError, isAbortError, kindForStatus, parseRetryAfter } from './errors.js';
import { gatewayUrl, isOnGateway, mapToGateway, type ZgwResource } from './url-mapping.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A list longer than this many pages is a loop or an attack, not a zaak. */
const MAX_PAGES = 200;
/** CONTRACT 5: at most 6 requests of one element in flight, a whole list within 60 s, no JSON body over 10 MB. */
const MAX_IN_FLIGHT = 6;
export const LIST_DEADLINE_MS = 60_000;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** A `next` asking `page=2`: the pattern parallel pages may follow. */
const PAGE_TWO = /([?&]page=)2(&|$)/;
const DOWNLOAD_PATH = /\/enkelvoudiginformatieobjecten\/[^/?#]+\/download$/;

/**
 * The requests of one element: at most 6 in flight, the rest wait in line, the timeline's
 * (priority 0) before the documents' (1). An aborted request leaves the line.
 */
export class RequestQueue {
  private active = 0;
  private readonly lines: [Array<() => void>, Array<() => void>] = [[], []];

  async run<T>(priority: 0 | 1, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    if (this.active >= MAX_IN_FLIGHT) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          const line = this.lines[priority];
          line.splice(line.indexOf(start), 1);
          reject(signal.reason);
        };
        this.lines[priority].push(start);
        signal.addEventListener('abort', leave, { once: true });
      });
    }
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      (this.lines[0].shift() ?? this.lines[1].shift())?.();
    }
  }
}

export interface GatewayClientOptions {
  /** Absolute base URL of the gateway. */
  gateway: string;
  credentials: RequestCredentials;
  accessToken?: string | null;
  headers?: Readonly<Record<string, string>> | null;
  timeoutMs?: number;
  /** The element's line of requests; one per client when absent. */
  queue?: RequestQueue;
  /** A whole list's deadline; 60 s when absent. */
  listDeadlineMs?: number;
  /** 1: waits behind the timeline's requests (documents). */
  priority?: 0 | 1;
}

/**
 * Page-lifetime state shared by every element on the page, and by every copy of this module
 * (the CDN bundle next to the npm package): catalogue answers and which gateways lack `expand`.
 */
interface SharedState {
  catalogue: Map<string, Promise<unknown>>;
  withoutExpand: Set<string>;
}

const SHARED_KEY = Symbol.for('mijn-zaken.gateway-state.v1');

function sharedState(): SharedState {
  const holder = globalThis as typeof globalThis & { [SHARED_KEY]?: SharedState };
  holder[SHARED_KEY] ??= { catalogue: new Map(), withoutExpand: new Set() };
  return holder[SHARED_KEY];
}

/** Forgets cached catalogue answers and expand support (tests; a portal after logging out). */
export function resetGatewayState(): void {
  const state = sharedState();
  state.catalogue.clear();
  state.withoutExpand.clear();
}

export class GatewayClient {
  readonly gateway: string;
  /** @internal Read by the write module (write.ts), as are `queue`, `priority`, `fetchBody`, `failure` and `requestHeaders`. */
  readonly options: GatewayClientOptions;
  /** @internal */
  readonly queue: RequestQueue;
  /** @internal */
  readonly priority: 0 | 1;

  // `options` is kept as given, never spread: `accessToken` and `headers` may be getters read at each request.
  constructor(options: GatewayClientOptions, queue = options.queue ?? new RequestQueue(), priority = options.priority ?? 0) {
    this.options = options;
    this.queue = queue;
    this.priority = priority;
    this.gateway = options.gateway.replace(/\/+$/, '');
  }

  /** The same client, its requests waiting behind the timeline's. */
  later(): GatewayClient {
    return new GatewayClient(this.options, this.queue, 1);
  }

  /** Maps a resource URL from a response onto the gateway; null when it names no known resource. */
  map(resourceUrl: string | null | undefined): string | null {
    return typeof resourceUrl === 'string' ? mapToGateway(resourceUrl, this.gateway) : null;
  }

  url(resource: ZgwResource, uuid?: string | null, query?: Readonly<Record<string, string>>): string {
    return gatewayUrl(this.gateway, resource, uuid, query);
  }

  /**
   * Asks with `expand` while this gateway is not known to lack it (CONTRACT 5). A `400`, or an
   * answer that `isExpanded` rejects, makes every element on the page ask plainly from then on.
   */
  async withExpand<T>(request: (expand: boolean) => Promise<T>, isExpanded: (answer: T) => boolean): Promise<T> {
    const { withoutExpand } = sharedState();
    if (withoutExpand.has(this.gateway)) return request(false);
    try {
      const answer = await request(true);
      if (!isExpanded(answer)) withoutExpand.add(this.gateway);
      return answer;
    } catch (error) {
      if (!(error instanceof GatewayError && error.status === 400)) throw error;
      withoutExpand.add(this.gateway);
      return request(false);
    }
  }

  /** GET a JSON object from the gateway. */
  async getJson(url: string, signal: AbortSignal): Promise<Record<string, unknown>> {
    const body = await this.request(url, signal);
    if (!isRecord(body)) throw new GatewayError('invalid-response');
    return body;
  }

  /** GET a resource named by a back-end URL. */
  async getResource(resourceUrl: string | null | undefined, signal: AbortSignal): Promise<Record<string, unknown>> {
    const url = this.map(resourceUrl);
    if (url === null) throw new GatewayError('invalid-response');
    return this.getJson(url, signal);
  }

  /**
   * Every item of a list: pages followed through `next`, all within 60 s; a plain array is accepted
   * too. A `next` that names no known resource ends the list with what came (CONTRACT 5). When the
   * first page's `next` says `page=2` and it gives `count`, the other pages are asked at once (in the
   * line of 6, in order); the last one's `next` is still followed. A failing page fails the list.
   */
  async getList<T extends object>(url: string, signal: AbortSignal): Promise<T[]> {
    const deadline = AbortSignal.timeout(this.options.listDeadlineMs ?? LIST_DEADLINE_MS);
    const failed = new AbortController();
    const listSignal = AbortSignal.any([signal, deadline, failed.signal]);
    const items: T[] = [];
    const seen = new Set<string>();
    const load = async (pageUrl: string): Promise<Page> => {
      if (seen.has(pageUrl) || seen.size >= MAX_PAGES) throw new GatewayError('invalid-response');
      seen.add(pageUrl);
      try {
        const body: unknown = await this.request(pageUrl, listSignal);
        const page = isRecord(body) ? (body as unknown as ZgwPage<unknown>) : null;
        const results: unknown = Array.isArray(body) ? body : page?.results;
        if (!Array.isArray(results)) throw new GatewayError('invalid-response');
        return [results, page && typeof page.next === 'string' && page.next !== '' ? this.map(page.next) : null, page?.count];
      } catch (error) {
        // The pages still asked stop, with this error as theirs.
        failed.abort(error);
        throw error;
      }
    };
    // Handled at once: a page failing while an earlier one is awaited is not an unhandled rejection.
    const getPage = (pageUrl: string) => {
      const page = load(pageUrl);
      page.catch(() => {});
      return page;
    };
    const pages = [getPage(url)];
    try {
      for (let index = 0; index < pages.length; index++) {
        const [results, next, count] = await (pages[index] as Promise<Page>);
        const size = results.length;
        // One push per item: `push(...results)` overflows the stack on a huge page.
        for (const item of results) if (isRecord(item)) items.push(item as T);
        // Only the gateway's own pattern: its `next` with the page number counted on; never a guessed URL.
        if (!index && next && PAGE_TWO.test(next) && typeof count == 'number' && count > size && count <= size * MAX_PAGES) {
          for (let number = 2; number <= Math.ceil(count / size); number++) pages.push(getPage(next.replace(PAGE_TWO, `$1${number}$2`)));
        } else if (next && index === pages.length - 1) pages.push(getPage(next));
      }
    } catch (error) {
      if (deadline.aborted && !signal.aborted) throw new GatewayError('timeout', { cause: error });
      throw error;
    }
    return items;
  }

  /**
   * Catalogue resources are cached for the page's lifetime and shared between elements. The shared
   * request does not use one caller's signal (that caller may go away); each caller still stops
   * waiting when its own signal aborts.
   */
  cached<T>(url: string, signal: AbortSignal, load: (sharedSignal: AbortSignal) => Promise<T>): Promise<T> {
    const { catalogue } = sharedState();
    let entry = catalogue.get(url) as Promise<T> | undefined;
    if (!entry) {
      const controller = new AbortController();
      entry = load(controller.signal);
      catalogue.set(url, entry);
      sharedLoads.set(entry, { controller, waiting: 0 });
      entry.then(
        () => sharedLoads.delete(entry as Promise<T>),
        () => catalogue.get(url) === entry && catalogue.delete(url),
      );
    }
    return abortable(entry, signal, sharedLoads.get(entry), () => catalogue.get(url) === entry && catalogue.delete(url));
  }

  /** Puts a resource that arrived in `_expand` into the catalogue cache. */
  remember(resourceUrl: string | null | undefined, value: Record<string, unknown>): void {
    const url = this.map(resourceUrl);
    const { catalogue } = sharedState();
    if (url !== null && !catalogue.has(url)) catalogue.set(url, Promise.resolve(value));
  }

  getCatalogueResource(resourceUrl: string | null | undefined, signal: AbortSignal): Promise<Record<string, unknown>> {
    const url = this.map(resourceUrl);
    if (url === null) return Promise.reject(new GatewayError('invalid-response'));
    return this.cached(url, signal, (sharedSignal) => this.getJson(url, sharedSignal));
  }

  getCatalogueList<T extends object>(url: string, signal: AbortSignal): Promise<T[]> {
    return this.cached(url, signal, (sharedSignal) => this.getList<T>(url, sharedSignal));
  }

  /** A GET of JSON, its body at most 10 MB. */
  private async request(url: string, signal: AbortSignal): Promise<unknown> {
    const text = await this.fetchBody(url, signal, 'application/json', true, readLimited);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new GatewayError('invalid-response', { cause: error });
    }
  }

  /**
   * A document's bytes, from `enkelvoudiginformatieobjecten/{uuid}/download` only. The 15 s count
   * only until the answer starts: a slow large file still arrives, until `signal` aborts.
   */
  download(url: string, signal: AbortSignal): Promise<Blob> {
    if (this.map(url) !== url || !DOWNLOAD_PATH.test(new URL(url).pathname)) return Promise.reject(new GatewayError('configuration'));
    return this.fetchBody(url, signal, 'application/octet-stream, */*;q=0.1', false, (response) => response.blob());
  }

  /**
   * @internal One request (a GET unless `init` says otherwise) in the element's line, with a timeout
   * from when it is sent and typed errors. Only URLs on the gateway are requested, and redirects are
   * never followed: a gateway sends an expired session to its login page, so a redirect means "log in"
   * (CONTRACT 5).
   */
  fetchBody<T>(
    url: string,
    signal: AbortSignal,
    accept: string,
    timeBody: boolean,
    read: (response: Response, signal: AbortSignal) => Promise<T>,
    init?: RequestInit,
  ): Promise<T> {
    if (!isOnGateway(url, this.gateway) || hasCredentials(this.gateway)) return Promise.reject(new GatewayError('configuration'));
    return this.queue.run(this.priority, signal, async () => {
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      const combined = AbortSignal.any([signal, timer.signal]);
      try {
        let response: Response;
        try {
          response = await fetch(url, {
            headers: this.requestHeaders(accept),
            ...init,
            credentials: this.options.credentials,
            signal: combined,
            redirect: 'manual',
            referrerPolicy: 'strict-origin-when-cross-origin',
          });
        } catch (error) {
          throw await this.failure(error, signal, timer.signal, url);
        }
        if (response.type === 'opaqueredirect') throw new GatewayError('unauthorized');
        if (!response.ok) {
          // Unread, an error's body would hold its connection open; a write (`init`) hands it on for its problem details.
          if (!init) void response.body?.cancel();
          throw new GatewayError(kindForStatus(response.status), {
            status: response.status,
            retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
            cause: init && response,
          });
        }
        if (!timeBody) clearTimeout(timeout);
        try {
          return await read(response, combined);
        } catch (error) {
          if (error instanceof GatewayError) throw error;
          if (signal.aborted) throw signal.reason ?? error;
          // The answer started and then broke off: a truncated body, not a lost connection.
          throw new GatewayError(timer.signal.aborted ? 'timeout' : 'invalid-response', { cause: error });
        }
      } finally {
        clearTimeout(timeout);
      }
    });
  }

  /**
   * Why `fetch` failed. A browser says "TypeError" for a lost connection and a CORS refusal alike.
   * For a gateway on another origin, a bare request (no headers, no cookies, so no preflight)
   * tells the common CORS mistakes apart: when that one is answered, the gateway is reachable and
   * refuses the element's own request: its set-up is wrong (`configuration`).
   */
  /** @internal */
  async failure(error: unknown, signal: AbortSignal, timeout: AbortSignal, url: string): Promise<unknown> {
    if (signal.aborted) return signal.reason ?? error;
    if (timeout.aborted) return new GatewayError('timeout', { cause: error });
    if (isAbortError(error)) return error;
    if (new URL(url).origin !== location.origin) {
      try {
        await fetch(url, { credentials: 'omit', redirect: 'manual', signal, referrerPolicy: 'no-referrer' });
        return new GatewayError('configuration', { cause: error });
      } catch {
        // Refused too: the connection, or a gateway without any CORS (the browser does not say which).
      }
    }
    return new GatewayError('network', { cause: error });
  }

  /** @internal */
  requestHeaders(accept: string): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.options.headers ?? {})) {
      if (typeof value === 'string') headers.set(name, value);
    }
    headers.set('Accept', accept);
    if (this.options.accessToken) headers.set('Authorization', `Bearer ${this.options.accessToken}`);
    return headers;
  }
}

/** The body as text; over 10 MB it is not a ZGW answer. */
export async function readLimited(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > MAX_BODY_BYTES) {
      void reader.cancel();
      throw new GatewayError('invalid-response');
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/** A page's results, its mapped `next` and its `count`. */
type Page = [unknown[], string | null, unknown];

/** `https://user:pw@…`: the browser refuses such URLs, and a page must not hold a password. */
export const hasCredentials = (gateway: string): boolean => /^[^/]*\/\/[^/]*@/.test(gateway);

/** A shared catalogue load and how many callers still wait for it: when the last one leaves, it is aborted. */
interface SharedLoad {
  controller: AbortController;
  waiting: number;
}
const sharedLoads = new WeakMap<Promise<unknown>, SharedLoad>();

/** Resolves like `promise`, but rejects as soon as `signal` aborts; the last waiter to leave aborts a shared load. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal, shared?: SharedLoad, forget?: () => void): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (shared) shared.waiting++;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      if (shared && --shared.waiting === 0 && sharedLoads.has(promise)) {
        forget?.();
        shared.controller.abort();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
