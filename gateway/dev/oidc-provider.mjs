// A real OpenID Provider for the tests and the demo chain: node-oidc-provider (OpenID Certified)
// with its development login and consent pages, two test residents and one confidential client
// (client_secret_basic). Loopback only. The BSN is a claim of the `openid` scope, released through
// userinfo by default (so the gateway's userinfo path runs), in the ID token with `bsnInIdToken`.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** Test residents: login name → BSN (both pass the 11-proef; 999993653 is a well-known test BSN). */
export const TEST_RESIDENTS = {
  jan: { bsn: '999993653', name: 'Jan (testinwoner A)' },
  fatima: { bsn: '999990019', name: 'Fatima (testinwoner B)' },
  // A login without any BSN claim, for the "no BSN, no session" test.
  nobsn: { bsn: undefined, name: 'Geen BSN' },
  // An eHerkenning-style login: a company by its KvK number.
  bedrijf: { bsn: undefined, kvk: '69599084', name: 'Testbedrijf (KvK)' },
};

/**
 * @param {{ port?: number, host?: string, acr?: string, bsnInIdToken?: boolean, clients: Array<{ client_id: string, client_secret: string, redirect_uris: string[], post_logout_redirect_uris?: string[] }> }} options
 *   acr: the level of assurance every login gets (as a broker sets it after DigiD), in the ID token's `acr`
 *   bsnInIdToken: put the BSN claim in the ID token too (conformIdTokenClaims off), as many brokers do
 */
export async function startProvider({ port = 0, host = '127.0.0.1', clients, acr, bsnInIdToken = false }) {
  /** paths of every request the provider got, for tests */
  const requests = [];
  /** @type {import('node:http').RequestListener | undefined} */
  let handler;
  const server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://op.invalid').pathname);
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const issuer = `http://${host === '127.0.0.1' ? '127.0.0.1' : host}:${address.port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      ...c,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    claims: { openid: ['sub', 'bsn', 'kvk'] },
    ...(acr ? { acrValues: [acr] } : {}),
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 300, IdToken: 300, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx, id) {
      const resident = Object.hasOwn(TEST_RESIDENTS, id) ? TEST_RESIDENTS[/** @type {keyof typeof TEST_RESIDENTS} */ (id)] : undefined;
      if (!resident) return undefined;
      // By default the BSN is released through userinfo only (the gateway's fallback path); with
      // bsnInIdToken it is in the ID token as well.
      return { accountId: id, claims: async (use) => ({ sub: id, ...(resident.bsn && (use !== 'id_token' || bsnInIdToken) ? { bsn: resident.bsn } : {}), ...(resident.kvk ? { kvk: resident.kvk } : {}) }) };
    },
  });
  if (acr) {
    // The development login form stays; its submission is finished here with an `acr`, which the
    // development handler never sets (a real broker does, after DigiD or eHerkenning).
    provider.use(async (ctx, next) => {
      if (ctx.method !== 'POST' || !/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
      const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
      if (details?.prompt.name !== 'login') return next(); // consent: the development handler, body untouched
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: form.get('login') ?? '', acr } }, { mergeWithLastSubmission: false });
      ctx.respond = false;
      return undefined;
    });
  }
  // Keep the development-only warnings out of test output.
  provider.on('server_error', (_ctx, error) => console.error('[oidc-provider]', error));
  handler = provider.callback();
  return {
    issuer,
    provider,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
