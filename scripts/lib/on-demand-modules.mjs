// The on-demand modules beside dist/mijn-zaken.js (CONTRACT 1): one row each, from which the Vite config
// (vite.on-demand.ts), the build step (scripts/build.mjs) and the checks (bundle-checks.mjs) all derive.
// A row named `x` is built from src/x/index.ts by vite.x.config.ts into dist/mijn-zaken-x.js, and its
// stylesheets are the src/x/*.styles.ts.

/**
 * - `banner`: what the module is, in its licence banner.
 * - `markers`: texts only its code holds; found in the module, they must never be in dist/mijn-zaken.js.
 * - `whoPays`: who would pay for its code in the read bundle (the checks' message).
 * - `onDemand`: when a page loads it (the build's size line).
 * - `sharesNames`: it reads the read bundle's objects, so no name it reads may be one the read bundle
 *   shortens, and the read bundle must load it.
 */
export const ON_DEMAND_MODULES = Object.freeze([
  Object.freeze({
    name: 'acts',
    contract: 8,
    banner: 'acts (tasks, questions)',
    markers: Object.freeze(['Uw vraag is ontvangen', 'wasKlantcontact', 'uitvraagLink', 'gingOverOnderwerpobjecten', 'question-form', 'Graag vóór']),
    whoPays: 'a read-only page',
    onDemand: 'a read-only page loads none of it',
    sharesNames: false,
  }),
  Object.freeze({
    name: 'live',
    contract: 9,
    banner: 'live updates',
    markers: Object.freeze(['Er is een nieuwe stap', 'Bijgewerkt om', 'live-new', '/mijn-zaken/v1/events', 'If-None-Match', 'visibilitychange']),
    whoPays: 'a page without refresh or events',
    onDemand: 'only with refresh or events',
    sharesNames: true,
  }),
]);

/** The row of the module named `name`. */
export function onDemandModule(name) {
  const row = ON_DEMAND_MODULES.find((module) => module.name === name);
  if (!row) throw new Error(`no on-demand module "${name}"`);
  return row;
}

/** `mijn-zaken-acts.js`: the file the module is built into, in dist/. */
export const moduleFileName = (module) => `mijn-zaken-${module.name}.js`;
