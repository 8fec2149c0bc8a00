import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GatewayError } from '../gateway/errors.js';

/**
 * "Opnieuw proberen", but not before the gateway's `Retry-After` has passed: counted from when the
 * failure was first seen (`seen`); meanwhile `waitSeconds` says how long, and the retry runs by itself.
 */
export class RetryController implements ReactiveController {
  /** Seconds until the scheduled retry runs; null when none waits. */
  waitSeconds: number | null = null;
  #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failure: unknown;
  #failedAt = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Notes a failure on screen; true the first time this one is seen. */
  seen(failure: unknown): boolean {
    if (failure === this.#failure) return false;
    this.#failure = failure;
    this.#failedAt = Date.now();
    return true;
  }

  retry(error: GatewayError, rerun: () => void): void {
    const wait = error.retryAfterMs === null ? 0 : this.#failedAt + error.retryAfterMs - Date.now();
    const run = () => {
      this.cancel();
      rerun();
    };
    if (wait <= 0) return run();
    this.cancel();
    this.waitSeconds = Math.ceil(wait / 1000);
    this.#timer = setTimeout(run, wait);
    this.#host.requestUpdate();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    if (this.waitSeconds !== null) {
      this.waitSeconds = null;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
