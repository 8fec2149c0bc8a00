// @ts-check
// Written objects, kept per test session (`session=` scenario option) and layout: a session's
// writes never show to another. Without a session, one per-process demo store that
// `DELETE {mount}/_store` resets. Each store starts as a copy of the seed records; bounded (oldest
// session evicted first) so a long test run cannot grow the process without end.
import { seedRecords } from './seed.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').Layout} Layout */

/**
 * An uploaded file's content: the bytes are kept only while the document is small (KEEP_BYTES),
 * so a 100 MB upload costs its parts' counters, not 100 MB of memory.
 * @typedef {object} Upload
 * @property {number} size bytes received
 * @property {Buffer[] | null} chunks the bytes, or null once the file outgrew KEEP_BYTES
 * @property {Map<number, { size: number, chunks: Buffer[] | null }>} parts received bestandsdelen by volgnummer
 */

/** Content kept per document for downloads; larger uploads are counted, not kept. */
export const KEEP_BYTES = 4 * 1024 * 1024;
export const STORE_LIMITS = { sessions: 200, recordsPerStore: 5_000 };

export class Store {
  /** @param {Layout} layout */
  constructor(layout) {
    /** @type {Map<string, Map<string, JsonObject>>} records by store name, then uuid */
    this.records = new Map();
    /** @type {Map<string, string>} seed record uuid → its zaak (for the resident's scope) */
    this.zaakOf = new Map();
    /** @type {Map<string, Upload>} by document uuid */
    this.uploads = new Map();
    /** @type {Map<string, { document: string, volgnummer: number }>} bestandsdeel uuid → its document */
    this.parts = new Map();
    this.count = 0;
    for (const [name, seeds] of Object.entries(seedRecords(layout))) {
      for (const { record, zaak } of seeds) {
        this.table(name).set(String(record.uuid), record);
        this.zaakOf.set(String(record.uuid), zaak);
      }
    }
  }

  /** @param {string} name */
  table(name) {
    let table = this.records.get(name);
    if (!table) {
      table = new Map();
      this.records.set(name, table);
    }
    return table;
  }

  /** @param {string} name @param {JsonObject} record @returns {boolean} false when the store is full */
  add(name, record) {
    if (this.count >= STORE_LIMITS.recordsPerStore) return false;
    this.table(name).set(String(record.uuid), record);
    this.count += 1;
    return true;
  }

  /** @param {string} name @param {string} uuid */
  remove(name, uuid) {
    if (this.table(name).delete(uuid)) this.count = Math.max(0, this.count - 1);
  }
}

export class Stores {
  constructor(limits = STORE_LIMITS) {
    this.limits = limits;
    /** @type {Map<string, Store>} by `${session}\n${layout}`; '' is the demo store */
    this.stores = new Map();
  }

  /** The store of a session (or the demo store) in a layout, made the newest. @param {string | undefined} session @param {Layout} layout */
  for(session, layout) {
    const key = `${session ?? ''}\n${layout}`;
    let store = this.stores.get(key);
    if (store) this.stores.delete(key);
    else store = new Store(layout);
    this.stores.set(key, store);
    for (const oldest of [...this.stores.keys()]) {
      if (this.stores.size <= this.limits.sessions) break;
      if (!oldest.startsWith('\n')) this.stores.delete(oldest); // the demo stores stay
    }
    return store;
  }

  /** Forgets a session's writes (or the demo store's, for undefined). @param {string | undefined} session */
  reset(session) {
    for (const key of [...this.stores.keys()]) if (key.startsWith(`${session ?? ''}\n`)) this.stores.delete(key);
  }
}
