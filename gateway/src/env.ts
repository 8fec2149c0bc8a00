// Reading the environment, shared by config.ts and the feature configs beside it (events, uploads):
// every problem is collected in `problems`, so start-up reports them all at once.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

export interface EnvReader {
  /** the trimmed value; undefined when unset or blank */
  get(name: string): string | undefined;
  /** the value, or '' with a problem naming the hint */
  required(name: string, hint: string): string;
  /** a whole number in [min, max], the fallback when unset */
  integer(name: string, fallback: number, min: number, max: number): number;
  /** a URL without credentials that passes `check` (which returns a problem, or undefined) */
  url(name: string, value: string, check: (u: URL) => string | undefined): URL | undefined;
  /** an API root (`…/api/v1`, https: except on loopback), without a trailing slash; '' when wrong */
  apiRoot(name: string, value: string): string;
}

/** `https:`, or `http:` on loopback: the problem, or undefined. */
export function httpsUnlessLoopback(u: URL): string | undefined {
  return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u)) ? undefined : 'must use https: (http: only on loopback)';
}

export function envReader(env: NodeJS.ProcessEnv, problems: string[]): EnvReader {
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const url = (name: string, value: string, check: (u: URL) => string | undefined): URL | undefined => {
    if (value === '') return undefined;
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      problems.push(`${name} is not a URL: "${value}"`);
      return undefined;
    }
    if (u.username || u.password) {
      problems.push(`${name} must not carry credentials`);
      return undefined;
    }
    const problem = check(u);
    if (problem) {
      problems.push(`${name} ${problem}: "${value}"`);
      return undefined;
    }
    return u;
  };
  return {
    get,
    required(name, hint) {
      const v = get(name);
      if (v === undefined) problems.push(`${name} is missing (${hint})`);
      return v ?? '';
    },
    integer(name, fallback, min, max) {
      const v = get(name);
      if (v === undefined) return fallback;
      if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        problems.push(`${name} must be a whole number from ${min} to ${max}, got "${v}"`);
        return fallback;
      }
      return Number(v);
    },
    url,
    apiRoot(name, value) {
      const u = url(name, value, (x) => {
        const p = httpsUnlessLoopback(x);
        if (p) return p;
        if (!/\/api\/v1\/?$/.test(x.pathname)) return 'must be an API root ending in /api/v1';
        if (x.search || x.hash) return 'must have no query or fragment';
        return undefined;
      });
      return u ? u.href.replace(/\/+$/, '') : '';
    },
  };
}
