// @ts-check
// `GET {gateway}/mijn-zaken/v1/capabilities` (CONTRACT 8) and the scenario options that vary it.
import { buildWorld, uid } from '../fixtures.mjs';
import { FORMS_ORIGIN, TASK_URL, ZAAK_URN } from './seed.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').Layout} Layout */

/** Short names for `caps-accept` (a MIME type has a `/`, which a path segment cannot hold). */
export const ACCEPT_NAMES = /** @type {const} */ ({
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  heic: 'image/heic',
});
const DEFAULT_ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
/** Zaaktypen a resident may add documents to: Buren's inkomenstoeslag and Tilburg's inrit (both wait for papers). */
const UPLOAD_ZAAKTYPEN = ['inkomenstoeslag', 'uitweg'];

/** @param {string} v @param {number} min @param {number} max */
function int(v, min, max) {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new Error(`expected a whole number ${min}-${max}`);
  return Number(v);
}
/** @param {string} v */
function onOff(v) {
  if (v !== 'on' && v !== 'off') throw new Error('expected one of on, off');
  return v === 'on';
}

/**
 * Scenario options of the resource engine (merged into index.mjs's SCENARIO_OPTIONS):
 * name → parser returning the value or throwing a message.
 */
export const RESOURCE_SCENARIO_OPTIONS = {
  /** `off`: capabilities answer 404 (a plain ZGW gateway: the element stays read-only). */
  caps: onOff,
  'caps-max-length': (/** @type {string} */ v) => int(v, 1, 100000),
  'caps-max-bytes': (/** @type {string} */ v) => int(v, 1, 2 ** 40),
  'caps-accept': (/** @type {string} */ v) => {
    const names = v.split('|').filter(Boolean);
    for (const n of names) if (!Object.hasOwn(ACCEPT_NAMES, n)) throw new Error(`unknown type "${n}" (use ${Object.keys(ACCEPT_NAMES).join(', ')})`);
    return names.map((n) => ACCEPT_NAMES[/** @type {keyof typeof ACCEPT_NAMES} */ (n)]);
  },
  'caps-events': onOff,
  /** host names (https) separated by `|`, or `none` */
  'caps-link-origins': (/** @type {string} */ v) => {
    if (v === 'none') return [];
    const hosts = v.split('|').filter(Boolean);
    for (const h of hosts) if (!/^[a-z0-9.-]+(:\d+)?$/i.test(h)) throw new Error(`"${h}" is not a host name`);
    return hosts.map((h) => `https://${h}`);
  },
  /** bytes per bestandsdeel (default 1 MiB) */
  'part-size': (/** @type {string} */ v) => int(v, 1, 2 ** 32),
};

/**
 * @typedef {object} ResourceOptions
 * @property {boolean} caps
 * @property {number} maxLength
 * @property {number} maxBytes
 * @property {string[]} accept
 * @property {boolean} events
 * @property {string[]} linkOrigins
 * @property {number} partSize
 */

/** This engine's options from the scenario text (index.mjs has validated it already). @param {string} text @returns {ResourceOptions} */
export function resourceOptions(text) {
  /** @type {Record<string, unknown>} */
  const raw = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!Object.hasOwn(RESOURCE_SCENARIO_OPTIONS, key)) continue;
    raw[key] = RESOURCE_SCENARIO_OPTIONS[/** @type {keyof typeof RESOURCE_SCENARIO_OPTIONS} */ (key)](eq < 0 ? '' : part.slice(eq + 1));
  }
  return {
    caps: /** @type {boolean | undefined} */ (raw.caps) ?? true,
    maxLength: /** @type {number | undefined} */ (raw['caps-max-length']) ?? 1000,
    maxBytes: /** @type {number | undefined} */ (raw['caps-max-bytes']) ?? 20 * 1024 * 1024,
    accept: /** @type {string[] | undefined} */ (raw['caps-accept']) ?? DEFAULT_ACCEPT,
    events: /** @type {boolean | undefined} */ (raw['caps-events']) ?? false,
    linkOrigins: /** @type {string[] | undefined} */ (raw['caps-link-origins']) ?? [FORMS_ORIGIN, new URL(TASK_URL).origin],
    partSize: /** @type {number | undefined} */ (raw['part-size']) ?? 1024 * 1024,
  };
}

/** The capabilities document. @param {ResourceOptions} options @param {Layout} layout @returns {JsonObject} */
export function capabilities(options, layout) {
  const zaaktypen = buildWorld(layout).zaaktypen;
  return {
    version: 1,
    tasks: { zaakUrn: ZAAK_URN, taskUrl: TASK_URL },
    questions: { ask: true, maxLength: options.maxLength },
    upload: {
      maxBytes: options.maxBytes,
      accept: options.accept,
      zaaktypen: UPLOAD_ZAAKTYPEN.map((key) => String(zaaktypen.get(uid(`zaaktype:${key}`))?.url)),
    },
    events: options.events,
    linkOrigins: options.linkOrigins,
  };
}
