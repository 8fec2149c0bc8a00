// @ts-check
// Shared JSDoc types of the resource engine (no runtime code but the empty export).

/** @typedef {null | boolean | number | string | JsonArray | JsonObject} Json */
/** @typedef {Json[]} JsonArray */
/** @typedef {{ [key: string]: Json }} JsonObject */
/** @typedef {{ name: string, code: string, reason: string }} InvalidParam */
/** @typedef {'openzaak' | 'per-api'} Layout */

export {};
