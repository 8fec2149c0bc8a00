// Configuration of live updates (CONTRACT 9): the Notificaties API callback and the SSE stream.
// Kept apart from config.ts so that file only gains one hook; the same rules and helpers (env.ts):
// every problem is collected, nothing starts on a bad value.
import { httpsUnlessLoopback, type EnvReader } from './env.js';

export interface EventsConfig {
  /** the exact `Authorization` value Open Notificaties sends (the abonnement's `auth`) */
  callbackAuth: string;
  /** where Open Notificaties posts: the abonnement's `callbackUrl` */
  callbackUrl: string;
  /** the callback's path on this gateway */
  callbackPath: string;
  /** Notificaties API root (ending in /api/v1): when set, the abonnement is registered at start-up */
  notificatiesUrl: string | undefined;
  /** open event streams per session (per instance) */
  perSession: number;
  /** open event streams per instance */
  maxConnections: number;
  /** seconds between heartbeats (a comment line) */
  heartbeatSeconds: number;
}

/** The path the callback is served at, under BASE_PATH. */
export const CALLBACK_SUFFIX = '/notificaties/callback';

/**
 * Reads NOTIFICATIONS_CALLBACK_AUTH and its companions. Without it live updates are off (undefined).
 * `publicUrl` may be undefined when PUBLIC_URL itself was wrong (already reported).
 */
export function loadEventsConfig({ get, integer }: EnvReader, problems: string[], publicUrl: URL | undefined, basePath: string): EventsConfig | undefined {
  const auth = get('NOTIFICATIONS_CALLBACK_AUTH');
  const dependents = ['NOTIFICATIONS_CALLBACK_URL', 'NOTIFICATIES_URL', 'EVENTS_PER_SESSION', 'EVENTS_MAX_CONNECTIONS', 'EVENTS_HEARTBEAT_SECONDS'];
  if (auth === undefined) {
    for (const name of dependents) if (get(name) !== undefined) problems.push(`${name} is set, but live updates are off without NOTIFICATIONS_CALLBACK_AUTH`);
    return undefined;
  }
  // The whole header value, e.g. "Bearer 4f…": long and random, as it is the callback's only credential.
  if (auth.length < 32 || auth.length > 1000 || !/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(auth)) {
    problems.push('NOTIFICATIONS_CALLBACK_AUTH must be the whole Authorization header value Open Notificaties sends (e.g. "Bearer " and a random token), 32 to 1000 printable characters');
  }
  const callbackPath = `${basePath}${CALLBACK_SUFFIX}`;
  let callbackUrl = publicUrl ? `${publicUrl.origin}${callbackPath}` : '';
  const callbackRaw = get('NOTIFICATIONS_CALLBACK_URL');
  if (callbackRaw !== undefined) {
    // Open Notificaties may reach the gateway by an internal name; the path must still be the callback's.
    const u = URL.canParse(callbackRaw) ? new URL(callbackRaw) : undefined;
    if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password || u.search || u.hash || u.pathname !== callbackPath || callbackRaw.length > 200) {
      problems.push(`NOTIFICATIONS_CALLBACK_URL must be an http(s) URL ending in ${callbackPath} (at most 200 characters), got "${callbackRaw}"`);
    } else callbackUrl = u.href;
  }
  let notificatiesUrl: string | undefined;
  const nrcRaw = get('NOTIFICATIES_URL');
  if (nrcRaw !== undefined) {
    const u = URL.canParse(nrcRaw) ? new URL(nrcRaw) : undefined;
    if (!u || httpsUnlessLoopback(u) !== undefined || u.username || u.password || u.search || u.hash || !/\/api\/v1\/?$/.test(u.pathname)) {
      problems.push(`NOTIFICATIES_URL must be the Notificaties API root ending in /api/v1 (https: except on loopback), got "${nrcRaw}"`);
    } else notificatiesUrl = u.href.replace(/\/+$/, '');
  }
  return {
    callbackAuth: auth,
    callbackUrl,
    callbackPath,
    notificatiesUrl,
    perSession: integer('EVENTS_PER_SESSION', 4, 1, 1000),
    maxConnections: integer('EVENTS_MAX_CONNECTIONS', 10000, 1, 1_000_000),
    heartbeatSeconds: integer('EVENTS_HEARTBEAT_SECONDS', 25, 1, 55),
  };
}
