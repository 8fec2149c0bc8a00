// Configuration from the environment (CONTRACT 10). Every problem is collected and reported at
// once, so an operator fixes a broken deployment in one go; nothing starts on a bad value.
import { envReader, httpsUnlessLoopback, isLoopback } from './env.js';
import { loadEventsConfig, type EventsConfig } from './events-config.js';
import { loadUploadConfig, type UploadConfig } from './upload-config.js';

export const CONFIDENTIALITY = [
  'openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim',
] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

export interface Config {
  host: string;
  port: number;
  publicUrl: URL;
  basePath: string;
  sessionSecret: string;
  sessionIdleTimeout: number;
  sessionMaxAge: number;
  sessionSameSite: 'lax' | 'strict';
  oidc: {
    issuer: URL;
    clientId: string;
    clientSecret: string;
    scopes: string[];
    bsnClaim: string;
    kvkClaim: string | undefined;
    acrValues: string[];
  };
  zgw: {
    zaken: string;
    catalogi: string;
    documenten: string;
    clientId: string;
    secret: string;
  };
  rolOmschrijvingGeneriek: string;
  klantinteracties: { url: string; token: string } | undefined;
  /** section 8 uploads (UPLOAD_*), off when UPLOAD_INFORMATIEOBJECTTYPE is unset */
  upload: UploadConfig | undefined;
  taken: { url: string; token: string; zaakUrn: string; taskUrl: string | undefined; linkOrigins: string[] } | undefined;
  maxConfidentiality: Confidentiality;
  allowedOrigins: Set<string>;
  redisUrl: URL | undefined;
  /** live updates (CONTRACT 9): on with NOTIFICATIONS_CALLBACK_AUTH */
  events: EventsConfig | undefined;
  upstreamTimeoutMs: number;
  rateLimit: { perAddress: number; perSession: number };
  logLevel: string;
  /** Fastify trustProxy: addresses/CIDRs of load balancers whose X-Forwarded-For counts (rate limits per address) */
  trustProxy: false | string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The gateway cannot start; fix these environment variables:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export { isLoopback };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const reader = envReader(env, problems);
  const { get, required, integer, url, apiRoot } = reader;

  const host = get('HOST') ?? '0.0.0.0';
  const port = integer('PORT', 8080, 0, 65535);

  const publicUrl = url('PUBLIC_URL', required('PUBLIC_URL', 'the origin the browser reaches the gateway at, e.g. https://mijn.gemeente.example'), (u) => {
    const p = httpsUnlessLoopback(u);
    if (p) return p;
    if (u.pathname !== '/' || u.search || u.hash) return 'must be an origin without path, query or fragment';
    return undefined;
  });

  const basePathRaw = get('BASE_PATH') ?? '/api/zgw';
  if (!/^(\/[A-Za-z0-9_-]+)+$/.test(basePathRaw)) problems.push(`BASE_PATH must look like /api/zgw (segments of A-Z a-z 0-9 _ -), got "${basePathRaw}"`);

  const sessionSecret = required('SESSION_SECRET', 'at least 32 random characters');
  if (sessionSecret && sessionSecret.length < 32) problems.push('SESSION_SECRET must be at least 32 characters');
  const sessionIdleTimeout = integer('SESSION_IDLE_TIMEOUT', 900, 60, 86400);
  const sessionMaxAge = integer('SESSION_MAX_AGE', 7200, 60, 7 * 86400);
  if (sessionIdleTimeout > sessionMaxAge) problems.push('SESSION_IDLE_TIMEOUT must not exceed SESSION_MAX_AGE');
  const sameSite = (get('SESSION_SAMESITE') ?? 'lax').toLowerCase();
  if (sameSite !== 'lax' && sameSite !== 'strict') problems.push(`SESSION_SAMESITE must be lax or strict, got "${sameSite}"`);

  const issuer = url('OIDC_ISSUER', required('OIDC_ISSUER', 'the OpenID Provider, e.g. https://broker.gemeente.example'), httpsUnlessLoopback);
  const clientId = required('OIDC_CLIENT_ID', 'client id at the OpenID Provider');
  const clientSecret = required('OIDC_CLIENT_SECRET', 'client secret at the OpenID Provider (client_secret_basic)');
  const scopes = (get('OIDC_SCOPES') ?? '').split(/[\s,]+/).filter((s) => s && s !== 'openid');
  for (const s of scopes) if (!/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s)) problems.push(`OIDC_SCOPES has an invalid scope "${s}"`);
  const claimName = (name: string, fallback: string | undefined): string | undefined => {
    const v = get(name) ?? fallback;
    if (v !== undefined && !/^[A-Za-z0-9_.:\-/]{1,100}$/.test(v)) problems.push(`${name} is not a claim name: "${v}"`);
    return v;
  };
  const bsnClaim = claimName('OIDC_BSN_CLAIM', 'bsn') ?? 'bsn';
  const kvkClaim = claimName('OIDC_KVK_CLAIM', undefined);
  const acrValues = (get('OIDC_ACR_VALUES') ?? '').split(/\s+/).filter(Boolean);

  const zaken = apiRoot('ZGW_ZAKEN_URL', required('ZGW_ZAKEN_URL', 'e.g. https://openzaak.gemeente.example/zaken/api/v1'));
  const catalogi = apiRoot('ZGW_CATALOGI_URL', required('ZGW_CATALOGI_URL', 'e.g. https://openzaak.gemeente.example/catalogi/api/v1'));
  const documenten = apiRoot('ZGW_DOCUMENTEN_URL', required('ZGW_DOCUMENTEN_URL', 'e.g. https://openzaak.gemeente.example/documenten/api/v1'));
  const zgwClientId = required('ZGW_CLIENT_ID', 'the client id Open Zaak knows this gateway by');
  const zgwSecret = required('ZGW_SECRET', 'the secret of that client');
  if (zgwSecret && zgwSecret.length < 16) problems.push('ZGW_SECRET must be at least 16 characters');

  const ROLES = ['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'];
  const rolOmschrijvingGeneriek = get('ZGW_ROL_OMSCHRIJVING_GENERIEK') ?? 'initiator';
  if (!ROLES.includes(rolOmschrijvingGeneriek)) problems.push(`ZGW_ROL_OMSCHRIJVING_GENERIEK must be one of ${ROLES.join(', ')}, got "${rolOmschrijvingGeneriek}"`);

  const optionalApi = (urlName: string, tokenName: string): { url: string; token: string } | undefined => {
    const raw = get(urlName);
    if (raw === undefined) return undefined;
    const root = apiRoot(urlName, raw);
    const token = required(tokenName, `needed because ${urlName} is set`);
    return root && token ? { url: root, token } : undefined;
  };
  const klantinteracties = optionalApi('KLANTINTERACTIES_URL', 'KLANTINTERACTIES_TOKEN');
  const takenApi = optionalApi('TAKEN_URL', 'TAKEN_TOKEN');
  let taken: Config['taken'];
  if (get('TAKEN_URL') !== undefined) {
    const zaakUrn = get('TAKEN_ZAAK_URN') ?? '';
    if (!/^urn:[A-Za-z0-9:._-]*\{(identificatie|uuid)\}[A-Za-z0-9:._-]*$/.test(zaakUrn)) {
      problems.push('TAKEN_ZAAK_URN must be the URN of a zaak with {identificatie} or {uuid}, e.g. urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie} (needed because TAKEN_URL is set)');
    }
    const taskUrl = get('TAKEN_TASK_URL');
    if (taskUrl !== undefined && !(URL.canParse(taskUrl.replace('{uuid}', 'x')) && taskUrl.includes('{uuid}') && taskUrl.startsWith('https://'))) {
      problems.push(`TAKEN_TASK_URL must be an https: URL with {uuid}, got "${taskUrl}"`);
    }
    const linkOrigins: string[] = [];
    for (const o of (get('TAKEN_LINK_ORIGINS') ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!URL.canParse(o) || new URL(o).origin !== o || !o.startsWith('https://')) problems.push(`TAKEN_LINK_ORIGINS entries must be https: origins, got "${o}"`);
      else linkOrigins.push(o);
    }
    if (takenApi) taken = { ...takenApi, zaakUrn, taskUrl, linkOrigins };
  }

  const maxRaw = get('MAX_CONFIDENTIALITY') ?? 'openbaar';
  const maxConfidentiality = (CONFIDENTIALITY as readonly string[]).includes(maxRaw) ? (maxRaw as Confidentiality) : 'openbaar';
  if (maxConfidentiality !== maxRaw) problems.push(`MAX_CONFIDENTIALITY must be one of ${CONFIDENTIALITY.join(', ')}, got "${maxRaw}"`);

  const allowedOrigins = new Set<string>();
  for (const o of (get('ALLOWED_ORIGINS') ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const u = url('ALLOWED_ORIGINS', o, (x) => {
      const p = httpsUnlessLoopback(x);
      if (p) return p;
      return x.pathname !== '/' || x.search || x.hash || o.endsWith('/') ? 'entries must be bare origins like https://www.gemeente.example' : undefined;
    });
    if (u) allowedOrigins.add(u.origin);
  }

  const redisRaw = get('REDIS_URL');
  const redisUrl = redisRaw === undefined ? undefined : url('REDIS_URL', redisRaw, (u) => (u.protocol === 'redis:' || u.protocol === 'rediss:' ? undefined : 'must start with redis: or rediss:'));

  const upstreamTimeoutMs = integer('UPSTREAM_TIMEOUT_MS', 10000, 100, 120000);
  const perAddress = integer('RATE_LIMIT_PER_ADDRESS', 600, 1, 1e6);
  const perSession = integer('RATE_LIMIT_PER_SESSION', 300, 1, 1e6);
  const logLevel = get('LOG_LEVEL') ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL must be a pino level, got "${logLevel}"`);

  const trustRaw = get('TRUST_PROXY') ?? 'false';
  let trustProxy: false | string[] = false;
  if (trustRaw !== 'false') {
    trustProxy = trustRaw.split(',').map((x) => x.trim()).filter(Boolean);
    for (const t of trustProxy) {
      if (!/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(t)) problems.push(`TRUST_PROXY must be false or a comma-separated list of proxy addresses/CIDRs, got "${t}"`);
    }
  }

  const upload = loadUploadConfig(env, reader, problems, { catalogi, levels: CONFIDENTIALITY, max: maxConfidentiality });

  const events = loadEventsConfig(reader, problems, publicUrl, basePathRaw);

  if (problems.length || !publicUrl || !issuer) throw new ConfigError(problems);
  return {
    host,
    port,
    publicUrl,
    basePath: basePathRaw,
    sessionSecret,
    sessionIdleTimeout,
    sessionMaxAge,
    sessionSameSite: sameSite as 'lax' | 'strict',
    oidc: { issuer, clientId, clientSecret, scopes, bsnClaim, kvkClaim, acrValues },
    zgw: { zaken, catalogi, documenten, clientId: zgwClientId, secret: zgwSecret },
    rolOmschrijvingGeneriek,
    klantinteracties,
    upload,
    taken,
    maxConfidentiality,
    allowedOrigins,
    redisUrl,
    events,
    upstreamTimeoutMs,
    rateLimit: { perAddress, perSession },
    logLevel,
    trustProxy,
  };
}
