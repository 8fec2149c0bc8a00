// Writes and JSON reads the section 8 modules make themselves (questions, uploads), with the
// gateway's own credentials (Upstreams.headers) and a bounded answer. Network failures and
// timeouts throw UpstreamError, as Upstreams.getJson does.
import { request } from 'undici';
import type { Readable } from 'node:stream';
import { UpstreamError, type Api, type Upstreams } from './upstream.js';

export interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const MAX_ANSWER = 2 * 1024 * 1024;
/** A bestandsdeel may take this long from the browser through the gateway to Open Zaak (the server's requestTimeout with uploads). */
export const STREAM_TIMEOUT_MS = 600_000;

export async function call(
  upstreams: Upstreams,
  api: Api,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  requestId: string,
  body?: unknown,
  stream?: { body: Readable; contentType: string; length: number },
): Promise<Answer> {
  const headers = await upstreams.headers(api, requestId);
  let payload: string | Readable | undefined;
  if (stream) {
    headers['content-type'] = stream.contentType;
    headers['content-length'] = String(stream.length);
    payload = stream.body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (api === 'documenten' || api === 'zaken') headers['content-crs'] = 'EPSG:4326';
  let res;
  try {
    res = await request(new URL(url), {
      method,
      headers,
      body: payload,
      dispatcher: upstreams.agent,
      // A streamed part arrives at the resident's pace; Open Zaak answers only after the last byte.
      ...(stream ? { headersTimeout: STREAM_TIMEOUT_MS } : {}),
      signal: AbortSignal.timeout(stream ? STREAM_TIMEOUT_MS : upstreams.config.upstreamTimeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new UpstreamError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_ANSWER) {
        res.body.destroy();
        throw new UpstreamError('invalid', res.statusCode);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError('network');
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const out: Record<string, string> = {};
  for (const name of ['content-type', 'api-version', 'retry-after']) {
    const v = res.headers[name];
    if (typeof v === 'string') out[name] = v;
  }
  return { status: res.statusCode, body: parsed, headers: out };
}

/** A write's body (the raw Buffer Fastify hands over) as JSON; undefined when empty or not JSON. */
export function parseJson(raw: unknown): unknown {
  if (!Buffer.isBuffer(raw) || raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function resultsOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (isRecord(body) && Array.isArray(body.results)) return body.results;
  return undefined;
}
