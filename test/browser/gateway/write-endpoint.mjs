// A small write-capable test endpoint on the web-test-runner server (test only), for the gateway
// client's write path (src/gateway/write.ts) and its paged lists, until the mock gateway's write
// support lands. Real HTTP, no mock of the client: it validates, answers problem details, redirects,
// reads slowly, stalls, and counts requests in flight.
//
// {mount}/{options}/{api}/api/v1/{resource}[/{uuid}[/lock|/unlock]]   options: k=v,k=v (session= required)
//   writes (POST, PUT, PATCH, DELETE):
//     status=400                    a 400 problem+json with invalidParams (and hostile entries)
//     redirect=30x, to=login|gateway|foreign   after reading the body: the login page, a JSON answer on
//                                   the gateway, or the counting server on another origin (foreign-cors=1:
//                                   that server approves every CORS preflight)
//     slow-read=<ms>                pause <ms> after each chunk of the body (upload progress in steps)
//     stall=1                       read the first chunk, then nothing, never answer
//     drop=1                        read the body, then break the connection off
//     delay=<ms>                    answer after <ms>
//     answer-mb=<n>                 answer with a JSON body of n MB
//   Without `X-Mijn-Zaken: 1` a write is refused (403, CONTRACT 8); a JSON body that does not parse, or a
//   klantcontact without a string `inhoud`, is a 400 with invalidParams; else 201 (204 for DELETE, unlock)
//   with what arrived.
//   GET {base}/zaken/api/v1/zaken   a paged list: total=<n> (250), size=<n> (100), paging=page|cursor,
//                                   count=<n> (a lying count), slow-page=<k> (answers 300 ms late),
//                                   fail-page=<k> (500 at once), delay=<ms>
// {mount}/_log/{session}            → { requests, maxInFlight }
// {mount}/_info                     → { foreign: origin of the second server }
// The second server (another port on loopback) serves /_foreign/{session} (counted) and the same
// endpoint at /{options}/…, with CORS for credentials, as a gateway on another origin.
import { createServer } from 'node:http';

const sessions = new Map();
const session = (id) => {
  if (!sessions.has(id)) sessions.set(id, { requests: [], inFlight: 0, maxInFlight: 0, foreign: [] });
  return sessions.get(id);
};

const HEADERS = ['x-mijn-zaken', 'authorization', 'x-portal', 'content-type', 'cookie', 'origin', 'accept'];
const pick = (headers) => Object.fromEntries(HEADERS.filter((name) => headers[name] !== undefined).map((name) => [name, headers[name]]));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function parseOptions(segment) {
  const options = {};
  for (const part of segment.split(',')) {
    const [key, value = ''] = part.split('=');
    if (key) options[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return options;
}

function json(res, status, body, type = 'application/json', extra = {}) {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const problem = (res, status, title, invalidParams, extra) =>
  json(res, status, { type: `https://example.org/problems/${status}`, code: 'invalid', title, status, ...(invalidParams ? { invalidParams } : {}) }, 'application/problem+json', extra);

/** Reads the body; `slow-read` pauses after each chunk, `stall` stops after the first. */
function readBody(req, options, log) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => {
      chunks.push(chunk);
      log.bytes += chunk.length;
      if (options.stall) req.pause();
      else if (options['slow-read']) {
        req.pause();
        setTimeout(() => req.resume(), Number(options['slow-read']));
      }
    });
    req.on('end', () => {
      log.complete = true;
      resolve(Buffer.concat(chunks));
    });
  });
}

function createHandler({ mountPath, origin, cors }) {
  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rest = url.pathname.slice(mountPath.length).split('/').filter(Boolean);
    const [first, ...path] = rest;
    const corsHeaders = cors && req.headers.origin
      ? {
          'Access-Control-Allow-Origin': req.headers.origin,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
          'Access-Control-Allow-Headers': 'authorization, content-type, x-mijn-zaken, x-portal',
        }
      : {};
    if (first === '_log') return json(res, 200, sessions.get(path[0]) ?? { requests: [], maxInFlight: 0, foreign: [] });
    if (first === '_info') return json(res, 200, { foreign: await origin(req) });
    if (!first || !first.includes('session=')) return json(res, 404, { error: 'no session' });
    const options = parseOptions(first);
    const state = session(options.session);
    if (req.method === 'OPTIONS') return json(res, 204, '', 'text/plain', corsHeaders);
    const log = { method: req.method, path: `/${path.join('/')}`, query: url.search, headers: pick(req.headers), bytes: 0, complete: false, aborted: false };
    state.requests.push(log);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => {
      state.inFlight--;
      if (!res.writableEnded) log.aborted = true;
    });
    const base = `${mountPath}/${first}`;
    const without = (...keys) => `${mountPath}/${first.split(',').filter((part) => !keys.includes(part.split('=')[0])).join(',')}`;

    if (req.method === 'GET' && path.join('/') === 'login') return json(res, 200, '<!doctype html><title>Inloggen</title>', 'text/html');
    if (req.method === 'GET' && path[0] === 'zaken' && path[3] === 'zaken' && path.length === 4) return list(req, res, url, options, base, corsHeaders);
    if (req.method === 'GET') {
      await sleep(Number(options.delay ?? 0));
      if (options.redirect) {
        res.writeHead(302, { Location: `${await origin(req)}/_foreign/${options.session}`, 'Content-Length': '0', ...corsHeaders });
        return res.end();
      }
      return json(res, 200, { url: `http://backend.example${log.path}`, landedAfterRedirect: true }, 'application/json', corsHeaders);
    }

    const body = await readBody(req, options, log);
    if (options.stall) return; // never answers: the client's timeout or abort ends it
    if (options.drop) return req.socket.destroy(); // the connection breaks off: no answer at all
    await sleep(Number(options.delay ?? 0));
    if (req.headers['x-mijn-zaken'] !== '1') return problem(res, 403, 'Schrijven zonder X-Mijn-Zaken is geweigerd.', undefined, corsHeaders);
    if (options.redirect) {
      const to = options.to ?? 'login';
      const location =
        to === 'foreign'
          ? `${await origin(req)}/_foreign/${options.session}${options['foreign-cors'] ? '?cors=1' : ''}`
          : to === 'gateway'
            ? `${without('redirect', 'to')}/klantinteracties/api/v1/klantcontacten/7d1c2e1a-3b4c-4d5e-8f90-a1b2c3d4e5f6`
            : `${without('redirect', 'to')}/login`;
      res.writeHead(Number(options.redirect), { Location: location, 'Content-Length': '0', ...corsHeaders });
      return res.end();
    }
    if (options.status === '400') {
      return problem(res, 400, 'Ongeldige gegevens.', [
        { name: 'inhoud', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 1000 tekens bevat.' },
        { name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige invoer.' },
        { name: 42, code: null, reason: { nested: true } },
        'not an object',
      ], corsHeaders);
    }
    const contentType = req.headers['content-type'] ?? '';
    let parsed = null;
    if (/json/.test(contentType)) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return problem(res, 400, 'Ongeldige JSON.', [{ name: 'nonFieldErrors', code: 'parse_error', reason: 'JSON parse error.' }], corsHeaders);
      }
      if (path[3] === 'klantcontacten' && typeof parsed?.inhoud !== 'string') {
        return problem(res, 400, 'Ongeldige gegevens.', [{ name: 'inhoud', code: 'required', reason: 'Dit veld is vereist.' }], corsHeaders);
      }
    }
    if (options['answer-mb']) return json(res, 201, `{"x":"${'x'.repeat(Number(options['answer-mb']) * 1024 * 1024)}"}`, 'application/json', corsHeaders);
    if (req.method === 'DELETE' || path[5] === 'unlock') return json(res, 204, '', 'text/plain', corsHeaders);
    return json(res, 201, { url: `http://backend.example${log.path}`, method: req.method, bytes: body.length, contentType, body: parsed }, 'application/json', corsHeaders);
  };
}

/** A paged list of `total` items: `next` by page number or by an opaque cursor. */
async function list(req, res, url, options, base, corsHeaders) {
  const total = Number(options.total ?? 250);
  const size = Number(options.size ?? 100);
  const cursor = url.searchParams.get('cursor');
  const page = options.paging === 'cursor' ? (cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 1) : Number(url.searchParams.get('page') ?? 1);
  // The failing page answers at once, before the others' delay.
  if (Number(options['fail-page']) === page) return problem(res, 500, 'Kapot.', undefined, corsHeaders);
  await sleep(Number(options.delay ?? 0) + (Number(options['slow-page']) === page ? 300 : 0));
  const pages = Math.max(1, Math.ceil(total / size));
  if (!(page >= 1 && page <= pages)) return problem(res, 404, 'Ongeldige pagina.', undefined, corsHeaders);
  const results = [];
  for (let i = (page - 1) * size; i < Math.min(total, page * size); i++) results.push({ identificatie: `Z-${i + 1}` });
  const link = (n) => {
    const query = new URLSearchParams([...url.searchParams].filter(([key]) => key !== 'page' && key !== 'cursor'));
    if (options.paging === 'cursor') query.set('cursor', Buffer.from(String(n)).toString('base64url'));
    else query.set('page', String(n));
    return `http://backend.example${base}/zaken/api/v1/zaken?${query}`;
  };
  json(res, 200, { count: options.count !== undefined ? Number(options.count) : total, next: page < pages ? link(page + 1) : null, previous: null, results }, 'application/json', corsHeaders);
}

/** The endpoint, and its second server on another port (started on first use). */
export function createWriteEndpoint({ mountPath = '/_write' } = {}) {
  let second;
  const origin = async (req) => {
    second ??= new Promise((resolve) => {
      const foreignHandler = createHandler({ mountPath: '', origin: () => Promise.resolve(''), cors: true });
      const server = createServer((fReq, fRes) => {
        const path = new URL(fReq.url ?? '/', 'http://localhost').pathname;
        if (path.startsWith('/_foreign/')) {
          const id = path.split('/')[2];
          session(id).foreign.push({ method: fReq.method, headers: pick(fReq.headers), acrh: fReq.headers['access-control-request-headers'] ?? null });
          const allow = new URL(fReq.url ?? '/', 'http://localhost').searchParams.has('cors') && fReq.headers.origin
            ? { 'Access-Control-Allow-Origin': fReq.headers.origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE', 'Access-Control-Allow-Headers': 'authorization, content-type, x-mijn-zaken, x-portal' }
            : {};
          fReq.resume();
          return json(fRes, fReq.method === 'OPTIONS' ? 204 : 200, fReq.method === 'OPTIONS' ? '' : { foreign: true }, 'application/json', allow);
        }
        foreignHandler(fReq, fRes);
      });
      server.unref();
      server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    return `http://${host}:${await second}`;
  };
  const handle = createHandler({ mountPath, origin, cors: false });
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== mountPath && !path.startsWith(`${mountPath}/`)) return next();
    handle(req, res).catch((error) => json(res, 500, { error: String(error) }));
  };
}
