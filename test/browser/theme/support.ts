import { oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { documentsSettled, all } from '../support/render.js';

/** Renders `<mijn-zaken>` inside a (themed) container and waits for its first load or error. */
export async function renderIn(
  container: HTMLElement,
  options: { gateway: string; zaak?: string; expandAll?: boolean },
): Promise<MijnZakenElement> {
  const element = document.createElement('mijn-zaken') as MijnZakenElement;
  element.setAttribute('gateway', options.gateway);
  if (options.zaak) element.setAttribute('zaak', options.zaak);
  const settled = Promise.race([oneEvent(element, 'mijn-zaken-load'), oneEvent(element, 'mijn-zaken-error')]);
  container.append(element);
  await settled;
  await element.updateComplete;
  if (options.zaak && element.shadowRoot?.querySelector('.detail')) {
    await documentsSettled(element);
    if (options.expandAll) {
      for (const toggle of all<HTMLButtonElement>(element, '.step-toggle[aria-expanded="false"]')) toggle.click();
      await element.updateComplete;
    }
  }
  return element;
}
