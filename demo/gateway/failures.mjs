// @ts-check
// The scenario's own failures: `token` (401), `fail` (a problem with that status), `body` (broken
// JSON, the wrong shape, an HTML login page), `hang` (no answer); and `hostile`/`mutate` on JSON.
import { injectHostile, mutateBody } from './hostile.mjs';
import { API_VERSIONS } from './resources/engine.mjs';
import { problem } from './resources/problems.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./scenario.mjs').Scenario} Scenario */
/** @typedef {import('./resources/types.mjs').Json} Json */
/** @typedef {import('./resources/bases.mjs').Api} Api */

const LOGIN_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inloggen - Mijn gemeente</title></head>
<body>
<main>
<h1>Inloggen</h1>
<p>Uw sessie is verlopen. Log opnieuw in om verder te gaan.</p>
<form method="post" action="/login"><button type="submit">Inloggen</button></form>
</main>
</body>
</html>
`;

/** @param {Res} res @param {Req} req @param {number} status @param {Record<string, string>} headers @param {string | Buffer} body */
export function send(res, req, status, headers, body) {
  if (res.destroyed || res.writableEnded) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  if (req.method === 'HEAD') res.end();
  else res.end(bytes);
}

/** @param {Res} res @param {Req} req @param {number} status @param {Record<string, string>} headers @param {unknown} body */
export function sendJson(res, req, status, headers, body) {
  send(res, req, status, headers, JSON.stringify(body));
}

/**
 * `token=a|b`: which accepted token the request's `Authorization: Bearer …` carries (its index), or null.
 * @param {string[]} tokens @param {string | undefined} authorization
 */
export function acceptedToken(tokens, authorization) {
  const index = tokens.findIndex((token) => authorization === `Bearer ${token}`);
  return index < 0 ? null : index;
}

/**
 * `hostile` and `mutate`: the JSON answer with payloads in its strings and/or seeded mutations.
 * @param {unknown} body @param {Scenario} scenario @param {string} routeAndQuery the request without mount and scenario
 */
export function hostileAnswer(body, scenario, routeAndQuery) {
  let out = body;
  if (scenario.mutate !== undefined) out = mutateBody(out, scenario.mutate, routeAndQuery);
  if (scenario.hostile !== undefined) out = injectHostile(out, { payload: scenario.hostile, urls: scenario.hostileUrls });
  return out;
}

/** `token`: a 401 unless the request carries an accepted token. True when answered. @param {Req} req @param {Res} res @param {Scenario} scenario @param {Api} api */
export function refuseToken(req, res, scenario, api) {
  if (!scenario.tokens || acceptedToken(scenario.tokens, req.headers.authorization) !== null) return false;
  const headers = { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer', 'API-version': API_VERSIONS[api] };
  sendJson(res, req, 401, headers, problem(scenario.layout, api, 401, {}));
  return true;
}

/**
 * When this request misbehaves: `hang`, `fail` and `body`. True when answered.
 * @param {Req} req @param {Res} res
 * @param {{ scenario: Scenario, api: Api, list: boolean, routeAndQuery: string }} request
 */
export async function answerFailure(req, res, { scenario, api, list, routeAndQuery }) {
  const { layout } = scenario;
  if (scenario.hang) {
    // Never answer. The socket stays open until the client gives up; nothing to clean up but the listener.
    await new Promise((resolve) => res.once('close', resolve));
    return true;
  }
  if (scenario.fail) {
    const status = scenario.fail;
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/problem+json', 'API-version': API_VERSIONS[api] };
    if (scenario.retryAfter !== undefined) headers['Retry-After'] = scenario.retryAfter;
    const detail = status === 429 ? `Verzoek is afgeknepen. Verwacht beschikbaar over ${scenario.retryAfter ?? '60'} seconden.` : undefined;
    const body = problem(layout, api, status, detail ? { detail } : {});
    if (status === 400) body.invalidParams = [{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige invoer.' }];
    sendJson(res, req, status, headers, hostileAnswer(body, scenario, routeAndQuery));
    return true;
  }
  if (scenario.body) {
    if (scenario.body === 'html') {
      send(res, req, 200, { 'Content-Type': 'text/html; charset=utf-8' }, LOGIN_PAGE);
      return true;
    }
    const text =
      scenario.body === 'invalid-json'
        ? '{"count": 3, "next": null, "results": [{"url": "https://openzaak.gemeente.example/zaken/api/v1/zaken/'
        : list
          ? '{"foo": 1}'
          : '"Dit is geen ZGW-resource"';
    send(res, req, 200, { 'Content-Type': 'application/json', 'API-version': API_VERSIONS[api] }, text);
    return true;
  }
  return false;
}
