/** The CDN bundle's entry (`dist/mijn-zaken.js`): registers `<mijn-zaken>` when imported. */
export * from './index.js';
export { defineMijnZaken, TAG_NAME } from './define.js';
