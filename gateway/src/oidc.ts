// Login at the municipality's broker with openid-client (OpenID Certified): authorization code +
// PKCE (S256), state, nonce, client_secret_basic. TLS is Node's (NODE_EXTRA_CA_CERTS for extra CAs);
// plain http is allowed only for a loopback issuer (tests, the demo chain).
import * as client from 'openid-client';
import { isLoopback, type Config } from './config.js';
import type { LoginTransaction, PersonKind } from './session.js';
import { now } from './session.js';

export class LoginError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'LoginError';
  }
}

/** 11-proef of a BSN: 9 digits, Σ digit·(9..2) − last digit ≡ 0 (mod 11). */
export function validBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  return (sum - Number(value[8])) % 11 === 0;
}

export class Oidc {
  #config: client.Configuration | undefined;
  #discovering: Promise<client.Configuration> | undefined;

  constructor(readonly config: Config) {}

  get redirectUri(): string {
    return `${this.config.publicUrl.origin}${this.config.basePath}/callback`;
  }

  /** Discovery happens on first use and is retried on failure, so a broker outage does not stop start-up. */
  async configuration(): Promise<client.Configuration> {
    if (this.#config) return this.#config;
    this.#discovering ??= client
      .discovery(
        this.config.oidc.issuer,
        this.config.oidc.clientId,
        { redirect_uris: [this.redirectUri], response_types: ['code'] },
        client.ClientSecretBasic(this.config.oidc.clientSecret),
        isLoopback(this.config.oidc.issuer) && this.config.oidc.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .then((c) => (this.#config = c))
      .finally(() => (this.#discovering = undefined));
    return this.#discovering;
  }

  async start(returnTo: string): Promise<{ url: URL; tx: LoginTransaction }> {
    const c = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const tx: LoginTransaction = { state: client.randomState(), nonce: client.randomNonce(), verifier, returnTo, at: now() };
    const params: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: ['openid', ...this.config.oidc.scopes].join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: tx.state,
      nonce: tx.nonce,
    };
    if (this.config.oidc.acrValues.length) params.acr_values = this.config.oidc.acrValues.join(' ');
    return { url: client.buildAuthorizationUrl(c, params), tx };
  }

  /** Finishes the login; returns who logged in. Throws LoginError on anything unexpected. */
  async finish(callbackUrl: URL, tx: LoginTransaction): Promise<{ kind: PersonKind; id: string; idToken: string | undefined }> {
    const c = await this.configuration();
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(c, callbackUrl, {
        pkceCodeVerifier: tx.verifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new LoginError(error instanceof Error ? `code exchange failed: ${error.name}` : 'code exchange failed');
    }
    const claims = tokens.claims();
    if (!claims) throw new LoginError('no ID token');
    if (this.config.oidc.acrValues.length && !this.config.oidc.acrValues.includes(String(claims.acr ?? ''))) {
      throw new LoginError('level of assurance (acr) too low');
    }
    let source: Record<string, unknown> = claims;
    const wanted = [this.config.oidc.bsnClaim, this.config.oidc.kvkClaim].filter((x): x is string => !!x);
    if (!wanted.some((name) => claims[name] !== undefined)) {
      try {
        source = await client.fetchUserInfo(c, tokens.access_token, claims.sub);
      } catch (error) {
        throw new LoginError(error instanceof Error ? `userinfo failed: ${error.name}` : 'userinfo failed');
      }
    }
    const bsn = source[this.config.oidc.bsnClaim];
    if (typeof bsn === 'string' && bsn !== '') {
      if (!validBsn(bsn)) throw new LoginError('BSN claim is not a valid BSN');
      return { kind: 'bsn', id: bsn, idToken: tokens.id_token };
    }
    const kvk = this.config.oidc.kvkClaim ? source[this.config.oidc.kvkClaim] : undefined;
    if (typeof kvk === 'string' && kvk !== '') {
      if (!/^\d{8}$/.test(kvk)) throw new LoginError('KvK claim is not an 8-digit KvK number');
      return { kind: 'kvk', id: kvk, idToken: tokens.id_token };
    }
    throw new LoginError('no BSN or KvK claim');
  }

  /** The broker's RP-initiated logout URL, when it offers one. */
  async endSessionUrl(idToken: string | undefined, postLogoutRedirect: string): Promise<URL | undefined> {
    let c: client.Configuration;
    try {
      c = await this.configuration();
    } catch {
      return undefined;
    }
    if (!c.serverMetadata().end_session_endpoint) return undefined;
    const params: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirect, client_id: this.config.oidc.clientId };
    if (idToken) params.id_token_hint = idToken;
    return client.buildEndSessionUrl(c, params);
  }
}
