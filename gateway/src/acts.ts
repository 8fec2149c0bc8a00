// Section 8 "the resident acts": questions (Klantinteracties) and uploads (Documenten), each on
// only when configured. The app calls `handle` for every request that passed the session, rate
// limit and (for writes) CSRF/Origin checks; `undefined` means "not one of these paths" and the
// app's default deny answers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Access } from './access.js';
import type { Config } from './config.js';
import { UpstreamError, backendBusy, safeRetryAfter } from './upstream.js';
import type { Upstreams } from './upstream.js';
import { BAD_GATEWAY, GATEWAY_TIMEOUT, NOT_FOUND, badRequest, unavailable, type Problem } from './problems.js';
import { QUESTION_MAX_LENGTH, Questions, type ActResult } from './questions.js';
import type { Session } from './session.js';
import { INLINE_MAX, Uploads } from './uploads.js';

/** A single-request upload: 1 MiB in base64 plus its JSON. */
export const INLINE_BODY_LIMIT = Math.ceil((INLINE_MAX * 4) / 3) + 64 * 1024;
export const BESTANDSDEEL_PATH = '/documenten/api/v1/bestandsdelen/*';
export const CREATE_DOCUMENT_PATH = '/documenten/api/v1/enkelvoudiginformatieobjecten';

const U = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const PART = new RegExp(`^/documenten/api/v1/bestandsdelen/${U}$`);
const KLANTCONTACT = new RegExp(`^/klantinteracties/api/v1/klantcontacten/${U}$`);
const DOCUMENT = new RegExp(`^/documenten/api/v1/enkelvoudiginformatieobjecten/${U}(/lock|/unlock)?$`);

export class Acts {
  readonly questions: Questions | undefined;
  readonly uploads: Uploads | undefined;

  constructor(readonly config: Config, upstreams: Upstreams, access: Access) {
    this.questions = config.klantinteracties ? new Questions(config, upstreams, access) : undefined;
    this.uploads = config.upload ? new Uploads(config, config.upload, upstreams, access) : undefined;
  }

  /** The parts of CONTRACT 8's capabilities this gateway serves. */
  capabilities(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.questions) out.questions = { ask: true, maxLength: QUESTION_MAX_LENGTH };
    if (this.uploads) out.upload = this.uploads.capabilities();
    return out;
  }

  /** Labels for the access log. */
  label(method: string, rest: string): string | undefined {
    if (rest === '/klantinteracties/api/v1/klantcontacten') return 'klantcontacten';
    if (rest === '/klantinteracties/api/v1/maak-klantcontact') return 'maak-klantcontact';
    if (rest === '/klantinteracties/api/v1/onderwerpobjecten') return 'onderwerpobjecten';
    if (KLANTCONTACT.test(rest)) return 'klantcontacten/{uuid}';
    if (PART.test(rest)) return 'bestandsdelen/{uuid}';
    const d = DOCUMENT.exec(rest);
    if (d && method !== 'GET') return `enkelvoudiginformatieobjecten/{uuid}${d[2] ?? ''}`;
    return undefined;
  }

  async handle(req: FastifyRequest, reply: FastifyReply, session: Session, rest: string, search: string): Promise<ActResult | undefined> {
    const q = this.questions;
    const u = this.uploads;
    const method = req.method;
    try {
      if (method === 'GET' || method === 'HEAD') {
        if (q && rest === '/klantinteracties/api/v1/klantcontacten') {
          const query = new Map<string, string[]>();
          for (const [k, v] of new URLSearchParams(search)) query.set(k, [...(query.get(k) ?? []), v]);
          return await q.list(session, query, req.id);
        }
        return undefined;
      }
      // Writes take no query: a filter or override there is refused rather than guessed at.
      if (search) {
        if (method === 'PUT') req.raw.resume();
        return undefined;
      }
      if (q && method === 'POST' && rest === '/klantinteracties/api/v1/maak-klantcontact') return await q.ask(session, req.body, req.id);
      if (q && method === 'POST' && rest === '/klantinteracties/api/v1/klantcontacten') return await q.start(req, reply, session);
      if (q && method === 'POST' && rest === '/klantinteracties/api/v1/onderwerpobjecten') return await q.attach(req, reply, session);
      const contact = KLANTCONTACT.exec(rest);
      if (q && method === 'DELETE' && contact?.[1]) return await q.withdraw(req, reply, session, contact[1]);
      if (!u) return undefined;
      if (method === 'POST' && rest === CREATE_DOCUMENT_PATH) return await u.create(req, reply, session, req.body);
      if (method === 'POST' && rest === '/zaken/api/v1/zaakinformatieobjecten') return await u.link(req, reply, session, req.body);
      const part = PART.exec(rest);
      if (method === 'PUT' && part?.[1]) return await u.part(req, reply, session, part[1]);
      const doc = DOCUMENT.exec(rest);
      if (doc?.[1]) {
        if (method === 'POST' && doc[2]) return await u.lock(req, reply, session, doc[1], doc[2] === '/lock' ? 'lock' : 'unlock');
        if (method === 'DELETE' && !doc[2]) return await u.cancel(req, reply, session, doc[1]);
      }
      return undefined;
    } catch (error) {
      if (error instanceof UpstreamError) {
        req.log.warn({ upstream: error.kind, status: error.status }, 'back end failed');
        if (error.kind === 'status' && backendBusy(error.status)) return unavailable(error.status, safeRetryAfter(error.retryAfter));
        return { problem: error.kind === 'timeout' ? GATEWAY_TIMEOUT : BAD_GATEWAY };
      }
      throw error;
    }
  }
}

export function sendAct(reply: FastifyReply, result: ActResult, sendProblem: (reply: FastifyReply, p: Problem, headers?: Record<string, string>) => FastifyReply): FastifyReply {
  if ('problem' in result) return sendProblem(reply, result.problem, result.headers);
  reply.header('cache-control', 'no-store');
  if (result.json === undefined) return reply.code(result.status).send();
  return reply.code(result.status).type(result.status >= 400 ? 'application/problem+json' : 'application/json').send(JSON.stringify(result.json));
}

export { NOT_FOUND, badRequest };
