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

/** A gateway base URL with scenario options and a fresh request-log session. */
export function scenario(options: Record<string, string | number> = {}): { gateway: string; session: string } {
  const session = `t${Date.now().toString(36)}${(++sessionCounter).toString(36)}`;
  const parts = Object.entries({ ...options, session }).map(([key, value]) => `${key}=${value}`);
  return { gateway: `${GATEWAY_MOUNT}/${parts.join(',')}`, session };
}

export async function requestLog(session: string): Promise<RequestLog> {
  const response = await fetch(`${GATEWAY_MOUNT}/_log/${session}`);
  return (await response.json()) as RequestLog;
}

/** Every test starts with an empty catalogue cache and no memory of a gateway without `expand`. */
export function freshPage(): void {
  resetGatewayState();
}
