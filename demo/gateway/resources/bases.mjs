// @ts-check
// Where each API lives on the back end, as URLs inside bodies show it. Zaken, Catalogi and
// Documenten come from Open Zaak (fixtures.mjs); Klantinteracties from Open Klant, Taken from Open VTB.
import { backendBase as zgwBase } from '../fixtures.mjs';

/** @typedef {import('./types.mjs').Layout} Layout */
/** @typedef {'zaken' | 'catalogi' | 'documenten' | 'klantinteracties' | 'taken'} Api */

const HOSTS = /** @type {const} */ ({ klantinteracties: 'openklant', taken: 'openvtb' });

/** @param {Layout} layout @param {Api} api */
export function backendBase(layout, api) {
  if (api === 'klantinteracties' || api === 'taken') {
    return layout === 'per-api' ? `https://${api}.gemeente.example/api/v1` : `https://${HOSTS[api]}.gemeente.example/${api}/api/v1`;
  }
  return zgwBase(layout, api);
}

/** @param {Layout} layout @param {Api} api */
export const backendOrigin = (layout, api) => new URL(backendBase(layout, api)).origin;
