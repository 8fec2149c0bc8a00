import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { clock } from '../../../src/i18n/format.js';
import { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { documentsSettled, one, renderElement, shadow } from '../support/render.js';
import { gatewayStrings, leftoverDutch } from './support.js';

/**
 * Every visible text must come from the catalogue: render every state in English, take out what the
 * gateway said (titles, statustekst, toelichting, document titles, numbers) and dates, and no word
 * of the Dutch catalogue may be left.
 */
describe('<mijn-zaken lang="en">: no Dutch outside the gateway’s data', () => {
  let data: Set<string>;
  const originalNow = clock.now;
  before(async () => {
    const many = await gatewayStrings(scenario({ resident: 'many' }).gateway);
    data = await gatewayStrings(scenario().gateway);
    for (const value of many) data.add(value);
  });
  beforeEach(() => {
    freshPage();
    clock.now = () => Date.parse('2026-11-23T10:00:00Z');
  });
  afterEach(() => {
    clock.now = originalNow;
  });

  const expectEnglish = (element: Element) => {
    expect(shadow(element).textContent?.trim(), 'something is shown').not.to.equal('');
    expect(leftoverDutch(shadow(element), data)).to.deep.equal([]);
  };

  for (const [name, zaak] of Object.entries(ZAKEN)) {
    for (const audience of ['inwoner', 'medewerker']) {
      it(`detail of "${name}" for ${audience}`, async () => {
        const { element } = await renderElement({ gateway: scenario().gateway, zaak: zaak.uuid, attributes: { lang: 'en', audience, 'max-confidentiality': 'zeer_geheim' } });
        await documentsSettled(element);
        expectEnglish(element);
      });
    }
  }

  it('the overview as cards, and a zaak opened from it with the way back', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { lang: 'en', navigation: 'none' } });
    expectEnglish(element);
    one<HTMLButtonElement>(element, '.zaak-link').click();
    await waitUntil(() => shadow(element).querySelector('[part="detail"]'), 'detail', { timeout: 5000 });
    await documentsSettled(element);
    expect(shadow(element).querySelector('.back-button')).to.exist;
    expectEnglish(element);
  });

  it('the overview as a list with search, results, no results and pages', async () => {
    const { element } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { lang: 'en', navigation: 'none' } });
    expect(shadow(element).querySelector('.pagination')).to.exist;
    expectEnglish(element);
    const search = one<HTMLInputElement>(element, '.search-input');
    for (const query of ['2026', 'zzzz-nothing']) {
      search.value = query;
      search.dispatchEvent(new InputEvent('input'));
      await element.updateComplete;
      expectEnglish(element);
    }
  });

  it('no zaken at all', async () => {
    const { element } = await renderElement({ gateway: scenario({ resident: 'none' }).gateway, attributes: { lang: 'en' } });
    expectEnglish(element);
  });

  const errors: Array<[string, Record<string, string | number>]> = [
    ['unauthorized', { fail: 401 }],
    ['forbidden', { fail: 403 }],
    ['not-found', { fail: 404 }],
    ['unavailable', { fail: 503 }],
    ['invalid-response', { body: 'invalid-json' }],
  ];
  for (const [kind, options] of errors) {
    it(`error: ${kind}`, async () => {
      const { element, event } = await renderElement({ gateway: scenario(options).gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
      expect(event.detail.kind).to.equal(kind);
      expectEnglish(element);
    });
  }

  it('error: waiting for Retry-After', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 429, 'retry-after': 2 }).gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('.error-retry-in')).to.exist;
    expectEnglish(element);
  });

  it('error: network, timeout, configuration', async () => {
    const { element: network, event } = await renderElement({ gateway: 'http://127.0.0.1:9/api/zgw', zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
    expect(event.detail.kind).to.equal('network');
    expectEnglish(network);
    const { element: configuration } = await renderElement({ gateway: '', zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
    expectEnglish(configuration);
    const original = MijnZakenElement.requestTimeoutMs;
    MijnZakenElement.requestTimeoutMs = 300;
    try {
      const { element: timeout, event: timedOut } = await renderElement({ gateway: scenario({ hang: 1 }).gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
      expect(timedOut.detail.kind).to.equal('timeout');
      expectEnglish(timeout);
    } finally {
      MijnZakenElement.requestTimeoutMs = original;
    }
  });

  it('documents that fail while the timeline shows', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 503, 'fail-on': 'zaakinformatieobjecten' }).gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
    await waitUntil(() => shadow(element).querySelector('.documents-message[role="alert"]'), 'documents failed', { timeout: 5000 });
    expectEnglish(element);
  });

  it('loading: the zaak, the overview and the documents', async () => {
    for (const zaak of [ZAKEN.woz.uuid, null]) {
      const element = await fixture<MijnZakenElement>(html`<mijn-zaken lang="en" navigation="none" gateway=${scenario({ delay: 1500 }).gateway} zaak=${zaak ?? ''}></mijn-zaken>`);
      await element.updateComplete;
      expect(shadow(element).querySelector('.loading')).to.exist;
      expectEnglish(element);
    }
    const element = document.createElement('mijn-zaken');
    element.setAttribute('lang', 'en');
    element.setAttribute('gateway', scenario({ delay: 1500, 'fail-on': 'enkelvoudiginformatieobjecten' }).gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const loaded = oneEvent(element, 'mijn-zaken-load');
    await fixture(html`<div>${element}</div>`);
    await loaded;
    await element.updateComplete;
    expect(shadow(element).querySelector('.documents-loading')).to.exist;
    expectEnglish(element);
  });

  it('the test itself catches Dutch: the same detail in Dutch fails it', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'nl' } });
    expect(leftoverDutch(shadow(element), data)).to.include.members(['zaaknummer (in "Zaaknummer")', 'documenten (in "Documenten")']);
  });
});
