// @ts-check
// The write-capable part of the mock gateway: one resource table (table.mjs) from which routes,
// validation and storage are derived. index.mjs (the gateway) hands requests over through
// `claims()` / `serve()`; see README.md, "Resource table".
export { createResourceEngine, API_VERSIONS } from './engine.mjs';
export { RESOURCE_SCENARIO_OPTIONS, capabilities, resourceOptions } from './capabilities.mjs';
export { RESOURCES, RESOURCE_NAMES } from './table.mjs';
export { SEED_UUIDS, BUREN, TILBURG, INRIT, WOZ, ZAAK_URN, TASK_URL, FORMS_ORIGIN } from './seed.mjs';
export { UPLOAD_DEFAULTS } from './documents.mjs';
export { KEEP_BYTES, STORE_LIMITS } from './store.mjs';
