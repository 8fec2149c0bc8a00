/**
 * Helpers for the robustness tests: privacy checks on every request a scenario made, a walk of the
 * shadow DOM against what our templates can produce, layout-in-box checks, and settling.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MijnZakenElement } from '../../../src/index.js';
import { GATEWAY_MOUNT, requestLog, type LoggedRequest } from '../support/gateway.js';
import { shadow, textOf } from '../support/render.js';

/** Every element name our templates (src/views/*.ts, the element) can render. */
export const TEMPLATE_ELEMENTS = new Set([
  'a', 'article', 'button', 'circle', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'input', 'label', 'li', 'nav', 'ol', 'p', 'path', 'section', 'slot', 'span', 'svg', 'time', 'ul',
]);

/** Every attribute name our templates can render (Lit adds none of its own). */
export const TEMPLATE_ATTRIBUTES = new Set([
  'aria-controls', 'aria-current', 'aria-disabled', 'aria-expanded', 'aria-hidden', 'aria-label', 'aria-labelledby', 'autocomplete',
  'class', 'cx', 'cy', 'd', 'data-key', 'data-uuid', 'datetime', 'download', 'fill', 'focusable', 'for', 'hidden', 'href', 'id',
  'lang', 'name', 'part', 'r', 'role', 'stroke', 'stroke-linecap', 'stroke-linejoin', 'stroke-width', 'tabindex', 'type',
  'viewBox',
]);

export interface ShadowAudit {
  foreignElements: string[];
  foreignAttributes: string[];
  /** href values that lead anywhere but the gateway (or this page's own `#zaak=` fragment). */
  escapingHrefs: string[];
}

/**
 * Walks the shadow DOM: element and attribute names must be ours; every `href` must resolve onto
 * `{origin}{gateway}/…` or be the element's own `#zaak=<uuid>` link.
 */
export function auditShadow(element: Element, gatewayPath: string): ShadowAudit {
  const audit: ShadowAudit = { foreignElements: [], foreignAttributes: [], escapingHrefs: [] };
  const base = `${new URL(gatewayPath, location.href).href.replace(/\/+$/, '')}/`;
  for (const node of shadow(element).querySelectorAll('*')) {
    const name = node.localName;
    if (!TEMPLATE_ELEMENTS.has(name)) audit.foreignElements.push(name);
    for (const attribute of node.getAttributeNames()) {
      if (!TEMPLATE_ATTRIBUTES.has(attribute)) audit.foreignAttributes.push(`${name}[${attribute}]`);
    }
    for (const attribute of ['href', 'xlink:href', 'src', 'action', 'formaction']) {
      const value = node.getAttribute(attribute);
      if (value === null) continue;
      if (attribute === 'href' && /^#zaak=[0-9a-f-]{36}$/.test(value)) continue;
      let resolved: URL | null = null;
      try {
        resolved = new URL(value, location.href);
      } catch {
        // unparseable: escaping by definition
      }
      const ok = attribute === 'href' && resolved !== null && resolved.href.startsWith(base) && !/[\s"'<>]/.test(value);
      if (!ok) audit.escapingHrefs.push(`${name}[${attribute}]=${value.slice(0, 120)}`);
    }
  }
  return audit;
}

export function expectCleanShadow(element: Element, gatewayPath: string): void {
  const audit = auditShadow(element, gatewayPath);
  expect(audit.foreignElements, 'foreign elements in the shadow DOM').to.deep.equal([]);
  expect(audit.foreignAttributes, 'foreign attributes in the shadow DOM').to.deep.equal([]);
  expect(audit.escapingHrefs, 'links that leave the gateway').to.deep.equal([]);
}

/**
 * Content or a clear error, never a blank box. `blankTitles`: a zaak whose every text is blank has
 * no words for its title (known gap, see the pending test in hostile-data.test.ts).
 */
export function expectContentOrError(element: Element, { blankTitles = false } = {}): 'detail' | 'overview' | 'error' {
  const root = shadow(element);
  const error = root.querySelector('[part="error"]');
  if (error) {
    expect(textOf(error.querySelector('.error-message')) || textOf(error.querySelector('slot')), 'error text').not.to.equal('');
    return 'error';
  }
  const detail = root.querySelector('[part="detail"]');
  const overview = root.querySelector('[part="overview"]');
  expect(detail ?? overview, 'detail, overview or error').to.exist;
  const titles = [root.querySelector('.detail-title'), ...root.querySelectorAll('.zaak-title')];
  if (!blankTitles) for (const title of titles) expect(textOf(title), 'a visible title').not.to.equal('');
  expect(textOf(root), 'some text').not.to.equal('');
  return detail ? 'detail' : 'overview';
}

/** Nothing sticks out of the element's box: no horizontal overflow, no node past its edges. */
export function expectInsideBox(element: HTMLElement): void {
  expect(element.scrollWidth, 'scrollWidth <= clientWidth').to.be.at.most(element.clientWidth);
  const box = element.getBoundingClientRect();
  const outside: string[] = [];
  for (const node of shadow(element).querySelectorAll<HTMLElement>('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) {
      outside.push(`${node.localName}.${node.getAttribute('class') ?? ''} ${Math.round(rect.left - box.left)}..${Math.round(rect.right - box.left)} of ${Math.round(box.width)}`);
    }
  }
  expect(outside, 'nodes outside the element box').to.deep.equal([]);
}

/** Opens every collapsed step, so every text is laid out. */
export async function expandAll(element: MijnZakenElement): Promise<void> {
  for (const toggle of shadow(element).querySelectorAll<HTMLButtonElement>('.step-toggle[aria-expanded="false"]')) toggle.click();
  await element.updateComplete;
}

export interface StorageSnapshot {
  local: string[];
  session: string[];
  cookies: string;
  databases: string[];
  caches: string[];
}

export async function storageSnapshot(): Promise<StorageSnapshot> {
  const databases = (await indexedDB.databases()).map((database) => `${database.name}@${database.version}`).sort();
  const caches = 'caches' in window ? (await window.caches.keys()).sort() : [];
  return {
    local: Object.keys(localStorage).sort().map((key) => `${key}=${localStorage.getItem(key)}`),
    session: Object.keys(sessionStorage).sort().map((key) => `${key}=${sessionStorage.getItem(key)}`),
    cookies: document.cookie,
    databases,
    caches,
  };
}

/** A 9-digit run, bounded by non-digits: could be a BSN. */
const NINE_DIGITS = /(^|[^0-9])\d{9}([^0-9]|$)/;

/**
 * Watches one scenario for privacy: what the browser fetched (Resource Timing) and what the mock
 * gateway logged for the session. `check()` asserts: only the gateway (origin and path), only GET,
 * no 9-digit number in any URL, and nothing written to localStorage, sessionStorage, cookies,
 * IndexedDB or Cache Storage.
 */
export async function watchPrivacy(): Promise<{ check: (sessions: ReadonlyArray<{ gateway: string; session: string }>) => Promise<number> }> {
  const before = await storageSnapshot();
  const fetched: string[] = [];
  // Frames the test itself opens (strict host pages) are not the element's requests.
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      if ((entry as PerformanceResourceTiming).initiatorType !== 'iframe') fetched.push(entry.name);
    }),
  );
  observer.observe({ type: 'resource', buffered: false });
  return {
    async check(sessions) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      observer.disconnect();
      const bases = sessions.map(({ gateway }) => `${new URL(gateway, location.href).href.replace(/\/+$/, '')}/`);
      const fromElement = fetched.filter((name) => !name.includes(`${GATEWAY_MOUNT}/_log/`) && !name.endsWith('.js') && !name.includes('/__web-dev-server'));
      for (const name of fromElement) {
        expect(bases.some((base) => name.startsWith(base)), `fetched outside the gateway: ${name}`).to.equal(true);
        expect(decodeURIComponent(name), `9-digit number in ${name}`).not.to.match(NINE_DIGITS);
      }
      let count = 0;
      for (const { gateway, session } of sessions) {
        const { requests } = await requestLog(session);
        count += requests.length;
        for (const request of requests as LoggedRequest[]) {
          expect(request.method, `${request.method} ${request.path}`).to.equal('GET');
          expect(request.path.startsWith(`${gateway.replace(/\/+$/, '')}/`) || request.path.startsWith(`${GATEWAY_MOUNT}/`), request.path).to.equal(true);
          const url = `${request.path}?${new URLSearchParams(request.query).toString()}`;
          expect(decodeURIComponent(url), `9-digit number in ${url}`).not.to.match(NINE_DIGITS);
        }
      }
      expect(await storageSnapshot(), 'storage written by the element').to.deep.equal(before);
      return count;
    },
  };
}

/** Waits until the element settled: content with documents loaded, or an error. */
export async function settled(element: MijnZakenElement, timeout = 5000): Promise<void> {
  await waitUntil(
    () => {
      const root = element.shadowRoot;
      if (!root) return false;
      if (root.querySelector('[part="error"]')) return true;
      if (root.querySelector('[part="overview"]')) return true;
      return Boolean(root.querySelector('[part="detail"]')) && !root.querySelector('.documents-loading');
    },
    'element did not settle',
    { timeout, interval: 5 },
  );
  await element.updateComplete;
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
