// @ts-check
// Hostile answers for robustness tests: XSS payloads in every string field (`hostile=N|all`,
// `hostile-urls=keep|replace`), seeded structural mutations (`mutate=SEED`) and seeded answer
// delays (`shuffle=SEED`). Pure functions on JSON values; no Node built-ins, so the browser tests
// can import the corpus too (hostile.d.mts types it).

/** Every payload that runs sets this global; a test asserts it stays undefined. */
export const CANARY = '__mzCanary';

/**
 * Text payloads: HTML, SVG, MathML (mutation XSS), URL schemes as text, entity tricks, template
 * syntax, CSS injection, very long words, bidi overrides, NUL and control characters, whitespace
 * only. None holds a run of exactly nine digits (that would look like a BSN in a filter value).
 */
export const HOSTILE_TEXTS = [
  `<script>window.${CANARY}='script'</script>`,
  `<img src=x onerror="window.${CANARY}='img'">`,
  `<svg onload="window.${CANARY}='svg'"><script>window.${CANARY}='svg-script'</script></svg>`,
  `"><iframe srcdoc="<script>parent.${CANARY}='iframe'</script>"></iframe><x a="`,
  `javascript:window.${CANARY}='js-url'`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19tekNhbmFyeT0nZGF0YSc8L3NjcmlwdD4=`,
  `&lt;script&gt;window.${CANARY}='entity'&lt;/script&gt; &amp;lt;b&amp;gt; &#x3C;img src=x onerror=window.${CANARY}='ent'&#x3E; &#0;`,
  `{{constructor.constructor('window.${CANARY}="tpl"')()}} \${window.${CANARY}='tpl2'} <!-- --> ]]> <![CDATA[x]]> <?php ?>`,
  'Rechtsbijstandsverzekeringsmaatschappijmedewerkersopleidingstraject'.repeat(40),
  '\u202Eexe.tnemucod\u202C \u2066\u2067\u2068bidi\u2069 \u200F\u200E\u061C \u202Bright-to-left\u202C',
  'Status\u0000\u0001\u0008\u001b[31m\u007f\u0085\uFEFF\uFFFE\uD800 einde\u0000',
  `</style><style>*{display:none!important}</style><link rel=stylesheet href=https://evil.example/x.css>`,
  `<a href="javascript:window.${CANARY}='a'">klik</a><form action="https://evil.example/"><button>Verstuur</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.${CANARY}='mxss'">`,
  `<details open ontoggle="window.${CANARY}='details'"><summary>x</summary></details><base href="https://evil.example/">`,
  ' \n\t\u00A0\u2003 ',
  'Z\u0337\u0322\u031Ba\u0335\u034E\u0350a\u0334\u0330\u0313k\u0338 \u200B'.repeat(30),
  'lorem ipsum dolor sit amet '.repeat(800),
];

/**
 * URL payloads for `hostile-urls=replace`: other schemes, other hosts, path tricks, encoded
 * slashes and dots, credentials, attribute breakers. Some name a ZGW resource on another host:
 * the element maps those onto the gateway by what they name (CONTRACT 5).
 */
export const HOSTILE_URLS = [
  `javascript:window.${CANARY}='url'`,
  ` JaVaScRiPt:window.${CANARY}='url2'`,
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19tekNhbmFyeT0nZGF0YSc8L3NjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://evil.example/steal?c=',
  '//evil.example/zaken/api/v1/zaken',
  'https://evil.example/documenten/api/v1/enkelvoudiginformatieobjecten/11111111-2222-4333-8444-555555555555/download?x="><script>x</script>',
  'https://openzaak.gemeente.example/zaken/api/v1/zaken/%2e%2e/%2e%2e/evil',
  'https://openzaak.gemeente.example/zaken/api/v1/%2Fevil.example%2Fzaken',
  'https://openzaak.gemeente.example/zaken/api/v1/../../../evil/statussen',
  'https://user:secret@evil.example/zaken/api/v1/zaken/11111111-2222-4333-8444-555555555555',
  `" onmouseover="window.${CANARY}='attr'`,
  '',
];

/** Keys whose strings are identifiers or enums the element navigates by (`hostile-urls=keep`). */
const KEPT_KEYS = new Set(['uuid', 'status']);
const isHttpUrl = (value) => /^https?:\/\//.test(value);

/**
 * Puts payloads into every string field of a JSON value. `payload`: an index into the corpus, or
 * 'all' (field k gets payload k). `urls`: 'keep' leaves http(s) URLs, `uuid` and `status` alone so
 * the element can still load everything; 'replace' swaps those too.
 * @param {unknown} value @param {{ payload: number | 'all', urls: 'keep' | 'replace' }} options
 */
export function injectHostile(value, { payload, urls }) {
  let counter = 0;
  const pick = (list) => list[(payload === 'all' ? counter++ : payload) % list.length];
  const walk = (node, key) => {
    if (typeof node === 'string') {
      const structural = isHttpUrl(node) || KEPT_KEYS.has(key);
      if (structural && urls === 'keep') return node;
      return structural ? pick(HOSTILE_URLS) : pick(HOSTILE_TEXTS);
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(value, '');
}

/** FNV-1a of a string: a 32-bit seed. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `shuffle=SEED`: a deterministic delay 0..max ms from the seed and the request path and query. */
export function shuffleDelay(seed, pathAndQuery, max) {
  return hash32(`${seed}|${pathAndQuery}`) % (max + 1);
}

const MUTANTS = [
  () => undefined, // field left out
  () => null,
  () => '',
  () => 42,
  () => -1,
  () => 1e308,
  () => true,
  () => false,
  () => ({}),
  () => [],
  () => 'onbekende_waarde',
  () => '2026-02-30',
  () => '2026-03-01',
  () => 'P',
  () => ({ __proto__: null, toString: 'x', valueOf: 'y' }),
];

/**
 * `mutate=SEED`: structural chaos, deterministic per seed and request. Each field is, with some
 * probability, left out or replaced by a value of another type, an unknown enum value, an
 * impossible date or an empty list; URLs and `uuid` far less often, so some answers still load.
 * @param {unknown} value @param {number} seed @param {string} pathAndQuery
 */
export function mutateBody(value, seed, pathAndQuery) {
  const random = prng(hash32(`${seed}|${pathAndQuery}`));
  const walk = (node, key) => {
    if (key !== '') {
      const structural = (typeof node === 'string' && isHttpUrl(node)) || key === 'uuid' || key === 'results';
      if (random() < (structural ? 0.02 : 0.2)) return MUTANTS[Math.floor(random() * MUTANTS.length)]();
    }
    if (Array.isArray(node)) {
      const items = node.map((item) => walk(item, key === 'results' ? 'item' : key));
      // Sometimes duplicate or drop a list item.
      if (items.length > 0 && random() < 0.1) items.push(items[0]);
      if (items.length > 0 && random() < 0.1) items.splice(Math.floor(random() * items.length), 1);
      return items;
    }
    if (node !== null && typeof node === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(node)) {
        const mutated = walk(v, k);
        if (mutated !== undefined) out[k] = mutated;
      }
      return out;
    }
    return node;
  };
  return walk(value, '');
}
