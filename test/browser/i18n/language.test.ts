import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { clock } from '../../../src/i18n/format.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { all, one, renderElement, shadow, textOf } from '../support/render.js';

const root = (element: Element) => one(element, '.root');
const sectionHeadings = (element: Element) => all(element, 'h3').map(textOf);

/** Renders inside `<div lang=…>` (or none) and waits for the first load. */
async function renderIn(lang: string | null, gateway: string, zaak?: string): Promise<MijnZakenElement> {
  const element = document.createElement('mijn-zaken');
  element.setAttribute('gateway', gateway);
  element.setAttribute('navigation', 'none');
  if (zaak) element.setAttribute('zaak', zaak);
  const loaded = oneEvent(element, 'mijn-zaken-load');
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang ?? ''}>${element}</div>`);
  if (lang === null) wrapper.removeAttribute('lang');
  await loaded;
  await element.updateComplete;
  return element;
}

/**
 * The number of requests once every one is answered and none came for 300 ms: the loading is over.
 * (A fixed pause is not enough where the documents take longer, e.g. through the reference gateway,
 * which checks each document before it lists it.)
 */
async function answeredAndQuiet(session: string): Promise<number> {
  let count = -1;
  await waitUntil(async () => {
    const { requests } = await requestLog(session);
    const quiet = requests.length === count && requests.every((request) => typeof request.status === 'number');
    count = requests.length;
    if (!quiet) await new Promise((resolve) => setTimeout(resolve, 300));
    return quiet;
  }, 'the requests did not settle', { timeout: 8000, interval: 0 });
  return count;
}

describe('<mijn-zaken> language (CONTRACT 2: lang)', () => {
  const originalNow = clock.now;
  const originalPageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    freshPage();
    clock.now = () => Date.parse('2026-11-23T10:00:00Z');
  });
  afterEach(() => {
    clock.now = originalNow;
    if (originalPageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalPageLang);
  });

  it('speaks the language of its own lang attribute: nl, en, fy', async () => {
    const expectations = {
      nl: ['Status', 'Details', 'Documenten'],
      en: ['Status', 'Details', 'Documents'],
      fy: ['Status', 'Bysûnderheden', 'Dokuminten'],
    };
    for (const [lang, headings] of Object.entries(expectations)) {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { lang } });
      expect(sectionHeadings(element), lang).to.deep.equal(headings);
    }
  });

  it('takes the nearest ancestor [lang]; region subtags count by their language; unknown is Dutch', async () => {
    const cases: Array<[string | null, string]> = [['en-GB', 'Case number'], ['fy-NL', 'Saaknûmer'], ['nl-BE', 'Zaaknummer'], ['de', 'Zaaknummer'], [null, 'Zaaknummer']];
    for (const [lang, label] of cases) {
      const element = await renderIn(lang, scenario().gateway, ZAKEN.woz.uuid);
      expect(textOf(one(element, '.zaaknummer .label')), String(lang)).to.equal(label);
    }
  });

  it('finds lang across shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fy"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const element = document.createElement('mijn-zaken');
    element.setAttribute('gateway', scenario().gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const loaded = oneEvent(element, 'mijn-zaken-load');
    inner.append(element);
    await loaded;
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Saaknûmer');
    host.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Case number');
  });

  it('dates follow the language, in Europe/Amsterdam; Frisian months from the catalogue', async () => {
    const dates: Record<string, string> = {};
    for (const lang of ['nl', 'en', 'fy']) {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { lang } });
      dates[lang] = textOf(one(element, '[part~="step-checked"] time'));
    }
    expect(dates).to.deep.equal({ nl: '12 oktober 2026', en: '12 October 2026', fy: '12 oktober 2026' });
  });

  it('switching lang on the page re-renders in place and fetches nothing again', async () => {
    const { gateway, session } = scenario();
    document.documentElement.setAttribute('lang', 'nl');
    const element = await renderIn(null, gateway, ZAKEN.woz.uuid);
    const before = await answeredAndQuiet(session);
    expect(sectionHeadings(element)).to.deep.equal(['Status', 'Details', 'Documenten']);

    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(sectionHeadings(element)).to.deep.equal(['Status', 'Details', 'Documents']);
    expect(textOf(one(element, '[part~="step-checked"] time'))).to.equal('12 October 2026');

    document.documentElement.setAttribute('lang', 'fy-NL');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(sectionHeadings(element)).to.deep.equal(['Status', 'Bysûnderheden', 'Dokuminten']);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await requestLog(session)).requests.length, 'no new requests').to.equal(before);
  });

  it('switching lang on the element itself re-renders without fetching; element.lang still works', async () => {
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'en' } });
    expect(element.lang).to.equal('en');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = (await requestLog(session)).requests.length;
    element.lang = 'fy';
    expect(element.getAttribute('lang')).to.equal('fy');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Saaknûmer');
    element.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Zaaknummer');
    expect(element.lang).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await requestLog(session)).requests.length).to.equal(before);
  });

  it('the overview switches language too, without fetching again', async () => {
    const { gateway, session } = scenario();
    const element = await renderIn('nl', gateway);
    const before = (await requestLog(session)).requests.length;
    element.parentElement?.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(one(element, '[part="overview"] h2'))).to.equal('My cases');
    expect(all(element, '.zaak-fact dt').map(textOf).slice(0, 3)).to.deep.equal(['Case number', 'Application submitted on', 'Status']);
    expect((await requestLog(session)).requests.length).to.equal(before);
  });

  it('a removed element stops watching lang; a re-added one watches its new ancestors', async () => {
    const element = await renderIn('nl', scenario().gateway, ZAKEN.woz.uuid);
    const observer = (element as unknown as { langObserver: MutationObserver }).langObserver;
    const wrapper = element.parentElement as HTMLElement;
    wrapper.setAttribute('lang', 'nl-NL');
    expect(observer.takeRecords(), 'watching while connected').to.have.length(1);
    element.remove();
    wrapper.setAttribute('lang', 'en');
    expect(observer.takeRecords(), 'not watching once removed').to.have.length(0);
    const elsewhere = await fixture<HTMLDivElement>(html`<section lang="en"><div></div></section>`);
    elsewhere.firstElementChild?.append(element);
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Case number');
    elsewhere.setAttribute('lang', 'fy');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(textOf(one(element, '.zaaknummer .label'))).to.equal('Saaknûmer');
  });

  it('sets lang on the content root only when it differs from the page around it', async () => {
    const same = await renderIn('en-GB', scenario().gateway, ZAKEN.woz.uuid);
    expect(root(same).hasAttribute('lang')).to.equal(false);
    const unknown = await renderIn('de', scenario().gateway, ZAKEN.woz.uuid);
    expect(root(unknown).getAttribute('lang')).to.equal('nl');
    const none = await renderIn(null, scenario().gateway, ZAKEN.woz.uuid);
    expect(root(none).getAttribute('lang')).to.equal('nl');
    const { element: frisian } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { lang: 'fy' } });
    expect(root(frisian).hasAttribute('lang')).to.equal(false);
  });

  it('the expected end date gets a relative hint in every language, from a pinned today', async () => {
    const hints: Record<string, string> = {};
    for (const lang of ['nl', 'en', 'fy']) {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { lang } });
      hints[lang] = textOf(one(element, '[part="details"] .date-hint'));
    }
    // uiterlijkeEinddatumAfdoening 2027-01-04, today 2026-11-23: 42 days.
    expect(hints).to.deep.equal({ nl: '(over 6 weken)', en: '(in 6 weeks)', fy: '(oer 6 wiken)' });
  });

  it('a passed expected end date gets no hint: no alarm', async () => {
    clock.now = () => Date.parse('2027-01-05T10:00:00Z');
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    expect(shadow(element).querySelector('.date-hint')).to.equal(null);
    expect(textOf(one(element, '[part="details"]'))).not.to.match(/te laat|verlopen|overdue|late/i);
  });
});
