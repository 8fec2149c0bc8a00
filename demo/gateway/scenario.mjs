// @ts-check
// Scenario parsing: the `{mount}/{scenario}/…` segment, comma-separated `key=value` options, all
// composable (README.md lists them). Options of scenario modules (modules.mjs) parse here too.
import { FLAVOUR_OPTIONS, expandFor, flavoursOf } from './backend-flavours.mjs';
import { RESIDENTS } from './fixtures.mjs';
import { HOSTILE_TEXTS } from './hostile.mjs';
import { SCENARIO_MODULES } from './modules.mjs';
import { RESOURCE_SCENARIO_OPTIONS } from './resources/capabilities.mjs';
import { RESOURCE_NAMES } from './resources/table.mjs';

/** @typedef {'openzaak' | 'per-api'} Layout */

/** @param {string} v @param {string[]} allowed */
export function oneOf(v, allowed) {
  if (!allowed.includes(v)) throw new Error(`expected one of ${allowed.join(', ')}`);
  return v;
}
/** @param {string} v @param {number} min @param {number} max */
export function int(v, min, max) {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new Error(`expected a whole number ${min}-${max}`);
  return Number(v);
}

/** Resource names `fail-on` accepts. */
const FAIL_ON_NAMES = new Set([...RESOURCE_NAMES, 'mijn-zaken']);

/**
 * The gateway's own options, as parsed.
 * @typedef {object} Options
 * @property {Layout} layout
 * @property {'on'|'off'|'ignore'} expand
 * @property {number} page-size
 * @property {number} fail
 * @property {Set<string>} fail-on
 * @property {string} retry-after
 * @property {number} fail-times
 * @property {'invalid-json'|'wrong-shape'|'html'} body
 * @property {number} delay
 * @property {boolean} hang
 * @property {string} session
 * @property {string[]} token
 * @property {number} barrier
 * @property {string} resident
 * @property {number} shuffle
 * @property {number} shuffle-max
 * @property {number | 'all'} hostile
 * @property {'keep'|'replace'} hostile-urls
 * @property {number} mutate
 */

/** Scenario options: name → parser returning the value or throwing a message. @type {{ [K in keyof Options]: (v: string) => Options[K] }} */
const OPTIONS = {
  layout: (v) => /** @type {Layout} */ (oneOf(v, ['openzaak', 'per-api'])),
  expand: (v) => /** @type {Options['expand']} */ (oneOf(v, ['on', 'off', 'ignore'])),
  'page-size': (v) => int(v, 1, 500),
  fail: (v) => int(v, 400, 599),
  'fail-on': (v) => {
    const names = v.split(/[|+ ]/).filter(Boolean);
    for (const n of names) if (!FAIL_ON_NAMES.has(n)) throw new Error(`unknown resource "${n}" (use one of ${[...FAIL_ON_NAMES].join(', ')})`);
    return new Set(names);
  },
  'retry-after': (v) => String(int(v, 0, 86400)),
  'fail-times': (v) => int(v, 1, 1e6),
  body: (v) => /** @type {Options['body']} */ (oneOf(v, ['invalid-json', 'wrong-shape', 'html'])),
  delay: (v) => int(v, 0, 120000),
  hang: (v) => oneOf(v, ['1', 'true']) !== undefined,
  session: (v) => {
    if (!/^[A-Za-z0-9_.:-]{1,120}$/.test(v)) throw new Error('use 1-120 characters A-Z a-z 0-9 _ . : -');
    return v;
  },
  token: (v) => {
    const tokens = v.split('|');
    if (!tokens.every((t) => /^[A-Za-z0-9_.~-]{1,200}$/.test(t))) throw new Error('use tokens of A-Z a-z 0-9 _ . ~ - separated by |');
    return tokens;
  },
  barrier: (v) => int(v, 1, 60000),
  resident: (v) => oneOf(v, Object.keys(RESIDENTS)),
  shuffle: (v) => int(v, 0, 2 ** 31),
  'shuffle-max': (v) => int(v, 0, 10000),
  hostile: (v) => (v === 'all' ? 'all' : int(v, 0, HOSTILE_TEXTS.length - 1)),
  'hostile-urls': (v) => /** @type {Options['hostile-urls']} */ (oneOf(v, ['keep', 'replace'])),
  mutate: (v) => int(v, 0, 2 ** 31),
};

/** The gateway's parsers by option name. @type {Map<string, (v: string) => unknown>} */
const OWN_PARSERS = new Map([
  ...Object.entries(OPTIONS),
  // Shapes recorded from other back ends and gateways: backend-flavours.mjs.
  ...Object.entries(FLAVOUR_OPTIONS),
  // Capabilities and uploads: resources/capabilities.mjs.
  ...Object.entries(/** @type {Record<string, (v: string) => unknown>} */ (RESOURCE_SCENARIO_OPTIONS)),
]);

/** The parser of an option, and which scenario module owns it (looked up per request: modules may join late). @param {string} key */
function parserOf(key) {
  const own = OWN_PARSERS.get(key);
  if (own) return { parse: own, module: undefined };
  for (const m of SCENARIO_MODULES) {
    const parse = m.options && Object.hasOwn(m.options, key) ? m.options[key] : undefined;
    if (parse) return { parse, module: m.name };
  }
  return undefined;
}

const optionNames = () => [...OWN_PARSERS.keys(), ...SCENARIO_MODULES.flatMap((m) => Object.keys(m.options ?? {}))];
/** The scenario option names, for documentation and tests. */
export const SCENARIO_OPTION_NAMES = optionNames();

/**
 * @typedef {object} Scenario
 * @property {string} text the raw segment ('' when absent)
 * @property {Layout} layout
 * @property {'on'|'off'|'ignore'} expand
 * @property {number} pageSize
 * @property {number} [fail]
 * @property {Set<string>} [failOn]
 * @property {string} [retryAfter]
 * @property {number} [failTimes]
 * @property {'invalid-json'|'wrong-shape'|'html'} [body]
 * @property {number} [delay]
 * @property {boolean} [hang]
 * @property {string} [session]
 * @property {string[]} [tokens] accepted bearer tokens (`token=a|b`); the log says which one came
 * @property {number} [barrier]
 * @property {string} resident
 * @property {number} [shuffle] seed of the per-request delays
 * @property {number} shuffleMax largest shuffle delay in ms
 * @property {number | 'all'} [hostile] payload index, or every payload in turn
 * @property {'keep'|'replace'} hostileUrls
 * @property {number} [mutate] seed of the body mutations
 * @property {Record<string, Record<string, unknown>>} modules options of scenario modules, by module name (those given)
 * @property {import('./network-faults.mjs').NetworkFaults} [faults] network-faults.mjs's options, when any was given
 * @property {import('./backend-flavours.mjs').Flavours} flavours shapes of other back ends
 */

/** @param {string} text @returns {Scenario} */
export function parseScenario(text) {
  /** @type {Partial<Options>} */
  const raw = {};
  /** @type {Record<string, unknown>} every value by option name */
  const all = {};
  /** @type {Record<string, Record<string, unknown>>} */
  const modules = {};
  for (const part of text.split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    const parser = parserOf(key);
    if (!parser) throw new Error(`unknown scenario option "${key}" (known: ${optionNames().join(', ')})`);
    try {
      all[key] = parser.parse(value);
    } catch (error) {
      throw new Error(`scenario option ${key}=${value}: ${/** @type {Error} */ (error).message}`);
    }
    if (parser.module) (modules[parser.module] ??= {})[key] = all[key];
  }
  Object.assign(raw, Object.fromEntries(Object.entries(all).filter(([key]) => Object.hasOwn(OPTIONS, key))));
  if (raw.barrier !== undefined && raw.session === undefined) throw new Error('scenario option barrier needs a session');
  if (raw['shuffle-max'] !== undefined && raw.shuffle === undefined) throw new Error('scenario option shuffle-max needs shuffle');
  if (raw['hostile-urls'] !== undefined && raw.hostile === undefined) throw new Error('scenario option hostile-urls needs hostile');
  const flavours = flavoursOf(all);
  return {
    text,
    layout: raw.layout ?? 'openzaak',
    expand: expandFor(flavours, raw.expand ?? 'on'),
    pageSize: raw['page-size'] ?? 100,
    fail: raw.fail,
    failOn: raw['fail-on'],
    retryAfter: raw['retry-after'],
    failTimes: raw['fail-times'],
    body: raw.body,
    delay: raw.delay,
    hang: raw.hang,
    session: raw.session,
    tokens: raw.token,
    barrier: raw.barrier,
    resident: raw.resident ?? 'default',
    shuffle: raw.shuffle,
    shuffleMax: raw['shuffle-max'] ?? 30,
    hostile: raw.hostile,
    hostileUrls: raw['hostile-urls'] ?? 'keep',
    mutate: raw.mutate,
    modules,
    faults: /** @type {import('./network-faults.mjs').NetworkFaults | undefined} */ (modules['network-faults']),
    flavours,
  };
}
