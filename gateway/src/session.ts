// Sessions live only in an encrypted cookie (JWE, dir + A256GCM): any instance with the same
// SESSION_SECRET reads it, none stores it. Idle and absolute timeouts are checked on every request
// from the timestamps inside the cookie, so a stolen old cookie dies on its own.
import { hkdfSync, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt, errors as joseErrors } from 'jose';

export type PersonKind = 'bsn' | 'kvk';

export interface Session {
  /** random id, for revocation on logout */
  sid: string;
  kind: PersonKind;
  /** the BSN or KvK number: never logged, never sent anywhere but the ZGW filter */
  id: string;
  /** when the person logged in (seconds) */
  auth: number;
  /** last request (seconds) */
  seen: number;
  /** ID token, kept for the broker's RP-initiated logout (id_token_hint) when it fits */
  idt?: string;
}

export interface LoginTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** created (seconds) */
  at: number;
}

export const SESSION_COOKIE = '__Host-mijn-zaken-session';
export const LOGIN_COOKIE = '__Host-mijn-zaken-login';
/** Browsers drop cookies over 4096 bytes; leave room for the attributes. */
const MAX_COOKIE_VALUE = 3800;
const LOGIN_TTL = 600;

export function now(): number {
  return Math.floor(Date.now() / 1000);
}

export function randomId(): string {
  return randomBytes(18).toString('base64url');
}

export class SessionCodec {
  readonly #key: Uint8Array;

  constructor(secret: string, readonly idleTimeout: number, readonly maxAge: number) {
    this.#key = new Uint8Array(hkdfSync('sha256', secret, 'mijn-zaken-gateway', 'session cookie v1', 32));
  }

  async #seal(payload: Record<string, unknown>, purpose: string, ttl: number): Promise<string> {
    return new EncryptJWT(payload)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: purpose })
      .setIssuedAt()
      .setExpirationTime(now() + ttl)
      .encrypt(this.#key);
  }

  async #open(token: string, purpose: string): Promise<Record<string, unknown> | undefined> {
    try {
      const { payload, protectedHeader } = await jwtDecrypt(token, this.#key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
      if (protectedHeader.typ !== purpose) return undefined;
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return undefined;
      throw error;
    }
  }

  /** Seals a session; drops the ID token when the cookie would get too big. */
  async sealSession(session: Session): Promise<string> {
    const ttl = Math.max(1, Math.min(session.seen + this.idleTimeout, session.auth + this.maxAge) - now());
    const sealed = await this.#seal({ ...session }, 'mz-session', ttl);
    if (sealed.length <= MAX_COOKIE_VALUE || session.idt === undefined) return sealed;
    const { idt: _dropped, ...rest } = session;
    return this.#seal(rest, 'mz-session', ttl);
  }

  /** The session, or undefined when forged, broken, expired, idle too long or too old. */
  async openSession(token: string | undefined): Promise<Session | undefined> {
    if (!token || token.length > 8192) return undefined;
    const p = await this.#open(token, 'mz-session');
    if (!p) return undefined;
    const { sid, kind, id, auth, seen, idt } = p;
    if (typeof sid !== 'string' || (kind !== 'bsn' && kind !== 'kvk') || typeof id !== 'string' || typeof auth !== 'number' || typeof seen !== 'number') return undefined;
    const t = now();
    if (t - seen > this.idleTimeout || t - auth > this.maxAge || auth > t + 60) return undefined;
    return { sid, kind, id, auth, seen, ...(typeof idt === 'string' ? { idt } : {}) };
  }

  async sealLogin(tx: LoginTransaction): Promise<string> {
    return this.#seal({ ...tx }, 'mz-login', LOGIN_TTL);
  }

  async openLogin(token: string | undefined): Promise<LoginTransaction | undefined> {
    if (!token || token.length > 8192) return undefined;
    const p = await this.#open(token, 'mz-login');
    if (!p) return undefined;
    const { state, nonce, verifier, returnTo, at } = p;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string' || typeof returnTo !== 'string' || typeof at !== 'number') return undefined;
    if (now() - at > LOGIN_TTL) return undefined;
    return { state, nonce, verifier, returnTo, at };
  }
}

/** Reads one cookie from a Cookie header; a name given twice counts as absent (cookie tossing). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    if (found !== undefined) return undefined;
    found = part.slice(eq + 1).trim();
  }
  return found;
}

export function cookieHeader(name: string, value: string, maxAge: number, sameSite: 'lax' | 'strict'): string {
  // __Host- cookies: Secure, Path=/, no Domain; browsers then refuse them from sibling subdomains.
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=${sameSite === 'strict' ? 'Strict' : 'Lax'}`;
}

export function clearCookieHeader(name: string): string {
  return `${name}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
}
