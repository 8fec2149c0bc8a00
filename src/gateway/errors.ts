import type { ErrorKind } from '../vocabulary.js';

/** The kinds live in the neutral src/vocabulary.ts (views and i18n use them too). */
export type GatewayErrorKind = ErrorKind;

export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly kind: GatewayErrorKind,
    options: { status?: number; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(`${kind}${options.status ? ` (${options.status})` : ''}`, { cause: options.cause });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  readonly status: number | undefined;
  /** From `Retry-After`: how long to wait before trying again. */
  readonly retryAfterMs: number | null;

  /** A retry can help: the gateway or the connection may recover. */
  get isRetryable(): boolean {
    return ['unavailable', 'network', 'timeout', 'invalid-response'].includes(this.kind);
  }
}

export function kindForStatus(status: number): GatewayErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429 || status >= 500) return 'unavailable';
  return 'invalid-response';
}

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. Capped at 10 minutes. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), 10 * 60 * 1000);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
