/** Test helpers that talk to the real mock gateway served by the test server at /api/zgw. */
import { resetGatewayState } from '../../../src/gateway/client.js';

export const GATEWAY_MOUNT = '/api/zgw';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Values as sent; `true` for a credential (Authorization, Cookie, a bearer value): the log keeps none. */
  headers: Record<string, string | true | undefined>;
  round?: number;
  status?: number | null;
  /** With scenario `token=a|b`: the index of the accepted token the request carried, or null. */
  token?: number | null;
}

export interface RequestLog {
  requests: LoggedRequest[];
  rounds: number;
}

let sessionCounter = 0;

/**
 * A gateway base URL with scenario options and a fresh request-log session. A plain ZGW gateway (read-only:
 * capabilities answer 404) unless the options say `caps: 'on'`: the tests of CONTRACT 1-7 are about that one.
 */
export function scenario(options: Record<string, string | number> = {}): { gateway: string; session: string } {
  const session = `t${Date.now().toString(36)}${(++sessionCounter).toString(36)}`;
  const parts = Object.entries({ caps: 'off', ...options, session }).map(([key, value]) => `${key}=${value}`);
  return { gateway: `${GATEWAY_MOUNT}/${parts.join(',')}`, session };
}

const CAPABILITIES = /\/mijn-zaken\/v1\/capabilities$/;

/**
 * The session's requests. The element's one capabilities request per gateway (CONTRACT 8) is left out
 * unless `withCapabilities`: the tests of CONTRACT 1-7 count the ZGW requests.
 */
export async function requestLog(session: string, withCapabilities = false): Promise<RequestLog> {
  const response = await fetch(`${GATEWAY_MOUNT}/_log/${session}`);
  const log = (await response.json()) as RequestLog;
  return withCapabilities ? log : { ...log, requests: log.requests.filter((request) => !CAPABILITIES.test(request.path)) };
}

/** Every test starts with an empty catalogue cache and no memory of a gateway without `expand`. */
export function freshPage(): void {
  resetGatewayState();
}
