// A small Open Notificaties stand-in (Notificaties API 1.0, the parts the gateway and the demo use):
// - ZGW JWT like Open Zaak (401 without, 403 for a wrong secret or unknown client_id),
// - `GET/POST /api/v1/abonnement`, `PUT /api/v1/abonnement/{uuid}`: saving an abonnement checks its
//   callback as Open Notificaties does (a test message with the `auth` header must get 204, one
//   without it 401 or 403; else 400 `invalid-callback-url`),
// - `POST /api/v1/notificaties`: sends the message to every abonnement on that kanaal (its `auth`
//   as the Authorization header) and answers 201 once they have answered.
// Loopback only; kept in memory; `state.deliveries` records every callback's status.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { decodeJwt, jwtVerify } from 'jose';

const KANALEN = ['zaken', 'documenten'];

function send(res, status, body, type = 'application/json') {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text), 'API-version': '1.0.0' });
  res.end(text);
}

const problem = (res, status, code, title, extra = {}) => send(res, status, { type: `urn:open-notificaties:${code}`, code, title, status, detail: title, ...extra }, 'application/problem+json');

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > 256 * 1024) throw new Error('too large');
    chunks.push(c);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * @param {{ clients: Record<string, string> }} options client_id → secret (the gateway, Open Zaak)
 */
export async function startNotificaties({ clients }) {
  const state = {
    /** @type {Map<string, { url: string, callbackUrl: string, auth: string, kanalen: Array<{ naam: string, filters?: Record<string, string> }> }>} */
    abonnementen: new Map(),
    /** @type {Array<{ callbackUrl: string, kanaal: string, status: number }>} */
    deliveries: [],
    origin: '',
  };

  const post = async (url, auth, message) => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(5000),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  };

  const testMessage = () => ({ kanaal: 'test', hoofdObject: 'http://some.hoofdobject.nl/', resource: 'some_resource', resourceUrl: 'http://some.resource.nl/', actie: 'create', aanmaakdatum: new Date().toISOString(), kenmerken: {} });

  /** What Open Notificaties checks before it saves an abonnement. */
  const callbackWorks = async (url, auth) => (await post(url, auth, testMessage())) === 204 && [401, 403].includes(await post(url, undefined, testMessage()));

  const saveAbonnement = async (req, res, uuid) => {
    let body;
    try {
      body = await readJson(req);
    } catch {
      return problem(res, 400, 'parse_error', 'Ongeldige JSON.');
    }
    if (typeof body?.callbackUrl !== 'string' || !URL.canParse(body.callbackUrl) || typeof body.auth !== 'string' || !Array.isArray(body.kanalen)) {
      return problem(res, 400, 'invalid', 'Ongeldige invoer.');
    }
    for (const k of body.kanalen) if (!KANALEN.includes(k?.naam)) return problem(res, 400, 'invalid', 'Ongeldige invoer.', { invalidParams: [{ name: 'kanalen', code: 'kanaal-bestaat-niet', reason: 'Kanaal bestaat niet.' }] });
    if (!(await callbackWorks(body.callbackUrl, body.auth))) {
      return problem(res, 400, 'invalid', 'Ongeldige invoer.', { invalidParams: [{ name: 'callbackUrl', code: 'invalid-callback-url', reason: 'De opgegeven callback URL kan geen notificaties ontvangen.' }] });
    }
    const url = `${state.origin}/api/v1/abonnement/${uuid}`;
    const abonnement = { url, callbackUrl: body.callbackUrl, auth: body.auth, kanalen: body.kanalen.map((k) => ({ naam: k.naam, filters: k.filters ?? {} })) };
    const created = !state.abonnementen.has(uuid);
    state.abonnementen.set(uuid, abonnement);
    const { auth: _writeOnly, ...shown } = abonnement;
    return send(res, created ? 201 : 200, shown);
  };

  /** Delivers a message to the abonnementen of its kanaal whose filters match its kenmerken. */
  const publish = async (message) => {
    const targets = [...state.abonnementen.values()].filter((a) =>
      a.kanalen.some((k) => k.naam === message.kanaal && Object.entries(k.filters ?? {}).every(([key, v]) => message.kenmerken?.[key] === v)),
    );
    await Promise.all(
      targets.map(async (a) => {
        const status = await post(a.callbackUrl, a.auth, message);
        state.deliveries.push({ callbackUrl: a.callbackUrl, kanaal: message.kanaal, status });
      }),
    );
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://nrc.invalid');
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ')) return problem(res, 401, 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.');
    try {
      const token = auth.slice(7);
      const clientId = decodeJwt(token).client_id;
      if (typeof clientId !== 'string' || !Object.hasOwn(clients, clientId)) throw new Error('client');
      await jwtVerify(token, new TextEncoder().encode(clients[clientId]), { algorithms: ['HS256'], requiredClaims: ['iat', 'exp', 'iss'] });
    } catch {
      return problem(res, 403, 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.');
    }
    if (url.pathname === '/api/v1/abonnement' && req.method === 'GET') {
      return send(res, 200, [...state.abonnementen.values()].map(({ auth: _writeOnly, ...shown }) => shown));
    }
    if (url.pathname === '/api/v1/abonnement' && req.method === 'POST') return saveAbonnement(req, res, randomUUID());
    const one = /^\/api\/v1\/abonnement\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (one && req.method === 'PUT' && state.abonnementen.has(one[1])) return saveAbonnement(req, res, one[1]);
    if (url.pathname === '/api/v1/notificaties' && req.method === 'POST') {
      let message;
      try {
        message = await readJson(req);
      } catch {
        return problem(res, 400, 'parse_error', 'Ongeldige JSON.');
      }
      if (!KANALEN.includes(message?.kanaal)) return problem(res, 400, 'invalid', 'Ongeldige invoer.', { invalidParams: [{ name: 'kanaal', code: 'kanaal-bestaat-niet', reason: 'Kanaal bestaat niet.' }] });
      await publish(message);
      return send(res, 201, message);
    }
    return problem(res, 404, 'not_found', 'Niet gevonden.');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  state.origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    state,
    root: `${state.origin}/api/v1`,
    publish,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
