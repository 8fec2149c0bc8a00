import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GatewayClient, RequestQueue } from '../gateway/client.js';
import { GatewayError, isAbortError } from '../gateway/errors.js';
import { text } from '../model/text.js';
import type { Credentials } from '../vocabulary.js';

// A task of any arguments and value, as the loaders keep them side by side.
export type AnyTask = Task<readonly unknown[], unknown>;

/** What a loader reads of its host: the attributes and properties that shape a request. */
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
export const hasFailed = (task: AnyTask): boolean => task.status === TaskStatus.ERROR && !isAbortError(task.error);

/**
 * The base of the loaders: its tasks run on the host (Lit's `Task`: a new run aborts the previous one,
 * so a stale answer never wins), with one request line per host (at most 6 in flight, CONTRACT 5).
 * A removed host asks nothing more of the gateway; what removal cut short runs again when it is added again.
 */
export abstract class Loader implements ReactiveController {
  protected host: GatewayHost;
  #tasks: AnyTask[] = [];
  #cut: AnyTask[] = [];
  #queue: RequestQueue;
  #timeoutMs: () => number;

  constructor(host: GatewayHost, queue: RequestQueue, timeoutMs: () => number) {
    this.host = host;
    this.#queue = queue;
    this.#timeoutMs = timeoutMs;
    host.addController(this);
  }

  protected add<A extends readonly unknown[], R>(config: TaskConfig<A, R>): Task<A, R> {
    const task = new Task(this.host, config);
    this.#tasks.push(task as unknown as AnyTask);
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
      timeoutMs: this.#timeoutMs(),
      queue: this.#queue,
    });
  }

  /** The task whose failure is on screen, if any. */
  abstract failed(): AnyTask | null;

  hostConnected(): void {
    for (const task of this.#cut.splice(0)) void task.run();
  }

  hostDisconnected(): void {
    this.#cut = this.#tasks.filter((task) => task.status === TaskStatus.PENDING);
    for (const task of this.#cut) task.abort();
  }
}
