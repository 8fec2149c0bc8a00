// Issue 15: the loading state holds the space of what comes, so the page below it does not jump
// (a layout assertion at a phone's width; CLS itself is measured in `npm run bench`).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { documentsSettled, shadow } from '../support/render.js';

async function loadingAndLoadedHeights(zaak?: string): Promise<[number, number]> {
  const element = document.createElement('mijn-zaken') as MijnZakenElement;
  element.setAttribute('gateway', scenario({ delay: 400 }).gateway);
  if (zaak) element.setAttribute('zaak', zaak);
  element.style.inlineSize = '380px';
  const loaded = oneEvent(element, 'mijn-zaken-load');
  await fixture(html`<div>${element}</div>`);
  await element.updateComplete;
  expect(shadow(element).querySelector('.loading'), 'still loading').to.exist;
  const loading = element.getBoundingClientRect().height;
  await loaded;
  if (zaak) await documentsSettled(element);
  await element.updateComplete;
  expect(shadow(element).querySelector('.loading')).to.not.exist;
  return [loading, element.getBoundingClientRect().height];
}

describe('<mijn-zaken> loading state reserves the space of what comes', () => {
  beforeEach(freshPage);

  it('a zaak: at least 60% of the loaded detail, and not taller', async () => {
    const [loading, loaded] = await loadingAndLoadedHeights(ZAKEN.documents.uuid);
    expect(loading).to.be.at.least(0.6 * loaded);
    expect(loading).to.be.at.most(loaded);
  });

  it('the overview: at least 60% of the loaded list, and not taller', async () => {
    const [loading, loaded] = await loadingAndLoadedHeights();
    expect(loading).to.be.at.least(0.6 * loaded);
    expect(loading).to.be.at.most(loaded);
  });
});
