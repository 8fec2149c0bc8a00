import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GatewayClient, RequestQueue } from '../gateway/client.js';
import { GatewayError, isAbortError } from '../gateway/errors.js';
import { text } from '../model/text.js';
import type { Credentials } from '../vocabulary.js';

/** A task's state, numbered as Lit's `@lit/task` does (plain constants: the minifier inlines them). */
export const INITIAL = 0;
export const PENDING = 1;
export const COMPLETE = 2;
export const ERROR = 3;
type Status = typeof INITIAL | typeof PENDING | typeof COMPLETE | typeof ERROR;

/** What a task returns for "nothing to load": its status goes back to initial, its value stays. */
export const initialState: unique symbol = Symbol();

/**
 * One load, run again whenever its arguments change (by identity) before a render: Lit's `Task` in the
 * few bytes this element needs. A new run aborts the one before, and only the newest run's answer
 * (or failure) is kept, so a stale answer never wins.
 */
export class LoadTask<A extends readonly unknown[] = readonly unknown[], R = unknown> implements ReactiveController {
  status: Status = INITIAL;
  value: R | undefined;
  error: unknown;
  #host: ReactiveControllerHost;
  #args: () => A;
  #work: (args: A, signal: AbortSignal) => Promise<R | typeof initialState>;
  #last: A | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, args: () => A, work: (args: A, signal: AbortSignal) => Promise<R | typeof initialState>) {
    this.#host = host;
    this.#args = args;
    this.#work = work;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#args();
    const last = this.#last;
    if (!last || args.length !== last.length || args.some((arg, index) => arg !== last[index])) void this.run(args);
  }

  async run(args = this.#args()): Promise<void> {
    this.#last = args;
    this.abort();
    this.status = PENDING;
    this.#host.requestUpdate();
    const abort = (this.#abort = new AbortController());
    let result: R | typeof initialState | undefined;
    let error: unknown;
    let failed = false;
    try {
      result = await this.#work(args, abort.signal);
    } catch (caught) {
      failed = true;
      error = caught;
    }
    if (abort !== this.#abort) return;
    if (result === initialState) {
      this.status = INITIAL;
    } else {
      this.status = failed ? ERROR : COMPLETE;
      this.value = result;
      this.error = error;
    }
    this.#host.requestUpdate();
  }

  abort(): void {
    if (this.status === PENDING) this.#abort?.abort();
  }
}

export interface Failure {
  task: AnyTask;
  error: GatewayError;
}

/** One request line per host, shared by its loaders: at most 6 in flight (CONTRACT 5). */
const queues = new WeakMap<object, RequestQueue>();

/** A task of any arguments and value, as the loaders keep them side by side. */
export type AnyTask = Pick<LoadTask, 'status' | 'error' | 'run' | 'abort'>;

/** What a loader reads of its host: the attributes and properties that shape a request; its class's `requestTimeoutMs`. */
export interface GatewayHost extends ReactiveControllerHost {
  gateway: string;
  credentials: string;
  /** Read at each request, so a new token is used from the next request on (CONTRACT 5). */
  accessToken: string | null;
  headers: Readonly<Record<string, string>> | null;
}

/** The absolute gateway base URL, or null when the attribute is missing or not http(s). */
export function resolvedGateway(value: string): string | null {
  const trimmed = text(value);
  if (trimmed === null) return null;
  try {
    const url = new URL(trimmed, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = url.search = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

export const validCredentials = (value: string): Credentials => (value === 'omit' || value === 'include' ? value : 'same-origin');

/** A task failure as the resident sees it: a GatewayError, anything else an invalid answer. */
export const asGatewayError = (error: unknown): GatewayError =>
  error instanceof GatewayError ? error : new GatewayError('invalid-response', { cause: error });

/** Failed for real: not merely aborted. */
export const hasFailed = (task: AnyTask): boolean => task.status === ERROR && !isAbortError(task.error);

/**
 * The base of the loaders: its tasks run on the host (Lit's `Task`: a new run aborts the previous one,
 * so a stale answer never wins), with one request line per host (at most 6 in flight, CONTRACT 5).
 * A removed host asks nothing more of the gateway; what removal cut short runs again when it is added again.
 */
export abstract class Loader implements ReactiveController {
  protected host: GatewayHost;
  #tasks: AnyTask[] = [];
  #cut: AnyTask[] = [];

  constructor(host: GatewayHost) {
    this.host = host;
    host.addController(this);
  }

  protected add<A extends readonly unknown[], R>(args: () => A, work: (args: A, signal: AbortSignal) => Promise<R | typeof initialState>): LoadTask<A, R> {
    const task = new LoadTask(this.host, args, work);
    this.#tasks.push(task);
    return task;
  }

  /** [gateway, credentials]: a change of either reloads. */
  protected target(): readonly [string | null, Credentials] {
    return [resolvedGateway(this.host.gateway), validCredentials(this.host.credentials)];
  }

  protected client(gateway: string, credentials: Credentials): GatewayClient {
    const host = this.host;
    return new GatewayClient({
      gateway,
      credentials,
      get accessToken() {
        return host.accessToken;
      },
      get headers() {
        return host.headers;
      },
      timeoutMs: (host.constructor as { requestTimeoutMs?: number }).requestTimeoutMs,
      queue: queues.get(host) ?? queues.set(host, new RequestQueue()).get(host),
    });
  }

  /** The task whose failure is on screen, if any. */
  abstract failed(): AnyTask | null;

  /** That failure as the resident sees it, with the task to run again. */
  failure(): Failure | null {
    const task = this.failed();
    return task && task.error !== undefined ? { task, error: asGatewayError(task.error) } : null;
  }

  hostConnected(): void {
    for (const task of this.#cut.splice(0)) void task.run();
  }

  hostDisconnected(): void {
    this.#cut = this.#tasks.filter((task) => task.status === PENDING);
    for (const task of this.#cut) task.abort();
  }
}
