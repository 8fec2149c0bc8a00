import { isRecord } from '../model/text.js';
import type { ZgwPage } from '../model/zgw.js';
import { GatewayError, isAbortError, kindForStatus, parseRetryAfter, type ProblemDetails } from './errors.js';
import { gatewayUrl, isOnGateway, mapToGateway, type ZgwResource } from './url-mapping.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A list longer than this many pages is a loop or an attack, not a zaak. */
const MAX_PAGES = 200;

export interface GatewayClientOptions {
  /** Absolute base URL of the gateway. */
  gateway: string;
  credentials: RequestCredentials;
  accessToken?: string | null;
  headers?: Readonly<Record<string, string>> | null;
  timeoutMs?: number;
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
  private readonly options: GatewayClientOptions;

  constructor(options: GatewayClientOptions) {
    this.options = options;
    this.gateway = options.gateway.replace(/\/+$/, '');
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

  /** Every item of a list: pages followed through `next`; a plain array is accepted too. */
  async getList<T extends object>(url: string, signal: AbortSignal): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let pageUrl: string | null = url;
    while (pageUrl !== null) {
      if (seen.has(pageUrl) || seen.size >= MAX_PAGES) throw new GatewayError('invalid-response');
      seen.add(pageUrl);
      const body: unknown = await this.request(pageUrl, signal);
      if (Array.isArray(body)) return [...items, ...body.filter(isRecord)] as T[];
      if (!isRecord(body) || !Array.isArray(body.results)) throw new GatewayError('invalid-response');
      const page = body as unknown as ZgwPage<unknown>;
      items.push(...(page.results.filter(isRecord) as T[]));
      if (page.next == null || page.next === '') {
        pageUrl = null;
      } else {
        pageUrl = this.map(page.next);
        if (pageUrl === null) throw new GatewayError('invalid-response');
      }
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
      entry = load(new AbortController().signal);
      catalogue.set(url, entry);
      entry.catch(() => catalogue.delete(url));
    }
    return abortable(entry, signal);
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

  /** A GET of JSON. */
  private async request(url: string, signal: AbortSignal): Promise<unknown> {
    const text = await this.fetchBody(url, signal, (response) => response.text());
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new GatewayError('invalid-response', { cause: error });
    }
  }

  /** A document's bytes: a download that needs the `Authorization` header cannot be a plain link. */
  getBlob(url: string, signal: AbortSignal): Promise<Blob> {
    return this.fetchBody(url, signal, (response) => response.blob());
  }

  /** One GET with timeout and typed errors. Only URLs on the gateway are ever requested. */
  private async fetchBody<T>(url: string, signal: AbortSignal, read: (response: Response) => Promise<T>): Promise<T> {
    if (!isOnGateway(url, this.gateway)) throw new GatewayError('configuration');
    signal.throwIfAborted();
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const combined = AbortSignal.any([signal, timeout]);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'GET',
        headers: this.requestHeaders(),
        credentials: this.options.credentials,
        signal: combined,
        redirect: 'follow',
        referrerPolicy: 'strict-origin-when-cross-origin',
      });
    } catch (error) {
      throw this.failure(error, signal, timeout);
    }
    if (!response.ok) {
      const problem = await readProblem(response, combined);
      throw new GatewayError(kindForStatus(response.status), {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
        problem,
      });
    }
    try {
      return await read(response);
    } catch (error) {
      throw this.failure(error, signal, timeout);
    }
  }

  private failure(error: unknown, signal: AbortSignal, timeout: AbortSignal): unknown {
    if (signal.aborted) return signal.reason ?? error;
    if (timeout.aborted) return new GatewayError('timeout', { cause: error });
    if (isAbortError(error)) return error;
    return new GatewayError('network', { cause: error });
  }

  private requestHeaders(): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.options.headers ?? {})) {
      if (typeof value === 'string') headers.set(name, value);
    }
    headers.set('Accept', 'application/json');
    if (this.options.accessToken) headers.set('Authorization', `Bearer ${this.options.accessToken}`);
    return headers;
  }
}

async function readProblem(response: Response, signal: AbortSignal): Promise<ProblemDetails | null> {
  if (signal.aborted || !/json/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    const body: unknown = await response.json();
    return isRecord(body) ? (body as ProblemDetails) : null;
  } catch {
    return null;
  }
}

/** Resolves like `promise`, but rejects as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
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
