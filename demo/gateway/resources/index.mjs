// @ts-check
// The mock gateway's resources: one resource table (table.mjs) from which routes, query checks,
// paging, validation and storage are derived; fixture reads in reads.mjs, writes and the other APIs
// in engine.mjs (`claims()` / `serve()`). See README.md, "The resource table".
export { createResourceEngine, API_VERSIONS } from './engine.mjs';
export { RESOURCE_SCENARIO_OPTIONS, capabilities, resourceOptions } from './capabilities.mjs';
export { RESOURCES, RESOURCE_NAMES, KNOWN_QUERY_PARAMS, rowOf } from './table.mjs';
export { readRoute, serveRead } from './reads.mjs';
export { SEED_UUIDS, BUREN, TILBURG, INRIT, WOZ, ZAAK_URN, TASK_URL, FORMS_ORIGIN } from './seed.mjs';
export { UPLOAD_DEFAULTS } from './documents.mjs';
export { KEEP_BYTES, STORE_LIMITS } from './store.mjs';
