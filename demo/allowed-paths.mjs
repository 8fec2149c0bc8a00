// What the demo server (demo/serve.mjs) may serve: the demo page, the element's sources, the few
// files from node_modules the page loads, Vite's client and the mock gateway. Everything else of the
// repository (`.git`, package.json, configs, tests, other node_modules) answers 404, however the
// path is spelled: percent-encoded (once or more), with `..` or `.` segments, backslashes or `/@fs/`.

/** Path prefixes the demo page needs, and exact files. */
const PREFIXES = ['/demo/', '/src/', '/node_modules/.vite/deps/'];
const FILES = new Set([
  '/',
  '/demo',
  '/@vite/client',
  '/@vite/env',
  '/node_modules/vite/dist/client/env.mjs',
  '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
]);

/** Decodes until stable (`%252e` → `%2e` → `.`); null when the encoding is broken. */
function fullyDecoded(path) {
  let current = path;
  for (let round = 0; round < 5; round += 1) {
    let next;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * @param {string} requestUrl the request's URL as it came in (`req.url`: path and query)
 * @param {string} gatewayMount where the mock gateway is mounted (`/api/zgw`)
 * @returns {boolean}
 */
export function isDemoPathAllowed(requestUrl, gatewayMount) {
  const path = fullyDecoded(requestUrl.split(/[?#]/, 1)[0] ?? '');
  if (path === null || !path.startsWith('/') || /[\\\0]/.test(path) || path.includes('//')) return false;
  // No `.` or `..` segment and no hidden file or folder (`.git`, `.env`), except Vite's own deps folder.
  const segments = path.split('/').slice(1);
  const hidden = segments.some((segment, index) => segment.startsWith('.') && !(index === 1 && segment === '.vite' && segments[0] === 'node_modules'));
  if (hidden) return false;
  if (path === gatewayMount || path.startsWith(`${gatewayMount}/`)) return true;
  return FILES.has(path) || PREFIXES.some((prefix) => path.startsWith(prefix));
}
