import { MijnZakenElement } from './mijn-zaken/mijn-zaken.element.js';

export const TAG_NAME = 'mijn-zaken';

/** Registers `<mijn-zaken>`. Safe to call twice, and next to another copy of the element (CDN bundle + npm). */
export function defineMijnZaken(tagName = TAG_NAME): void {
  if (customElements.get(tagName)) return;
  customElements.define(tagName, tagName === TAG_NAME ? MijnZakenElement : class extends MijnZakenElement {});
}

defineMijnZaken();

declare global {
  interface HTMLElementTagNameMap {
    'mijn-zaken': MijnZakenElement;
  }
}
