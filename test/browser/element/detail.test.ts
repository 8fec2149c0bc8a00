import { expect } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';

/** Step titles without their hidden state prefix. */
function stepTitles(element: Element): string[] {
  return all(element, '[part~="step"] .step-title').map((title) => {
    const clone = title.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return textOf(clone);
  });
}

function stepStates(element: Element): string[] {
  return all(element, '[part~="step"]').map((step) => (step.getAttribute('part') ?? '').split(' ').find((part) => part.startsWith('step-')) ?? '');
}

describe('<mijn-zaken> detail of one zaak', () => {
  beforeEach(freshPage);

  it('shows title, labelled zaaknummer, then status, details and documents, in that order', async () => {
    const { element, event } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    expect(event.type).to.equal('mijn-zaken-load');
    expect(event.detail).to.deep.equal({ view: 'detail', zaak: ZAKEN.woz.uuid });
    expect(textOf(one(element, 'h2'))).to.equal('Bezwaar WOZ-waarde');
    expect(textOf(one(element, '.zaaknummer'))).to.equal('Zaaknummer ZAAK-2026-0000123');
    expect(all(element, 'h3').map(textOf)).to.deep.equal(['Status', 'Details', 'Documenten']);
  });

  it('finds a zaak by its identificatie', async () => {
    const { element, event } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.closed.identificatie });
    expect(event.detail.zaak).to.equal(ZAKEN.closed.uuid);
    expect(textOf(one(element, '.zaaknummer'))).to.contain(ZAKEN.closed.identificatie);
  });

  it('an identificatie that does not exist is "not found"', async () => {
    const { element, event } = await renderElement({ gateway: scenario().gateway, zaak: 'ZAAK-1900-0000000' });
    expect(event.type).to.equal('mijn-zaken-error');
    expect(event.detail.kind).to.equal('not-found');
    expect(textOf(one(element, '[part="error"]'))).to.contain('We kunnen deze zaak niet vinden');
  });

  it('orders steps by volgnummer, although the gateway lists statustypen unsorted', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    expect(stepTitles(element)).to.deep.equal([
      'Bezwaar ontvangen',
      'Bezwaar wordt beoordeeld',
      'Gesprek met de taxateur',
      'Uitspraak op bezwaar',
    ]);
    expect(stepStates(element)).to.deep.equal(['step-checked', 'step-current', 'step-not-checked', 'step-not-checked']);
  });

  it('marks exactly one step aria-current="step" and prefixes every title with its hidden state', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const current = all(element, '[part~="step"][aria-current="step"]');
    expect(current).to.have.length(1);
    expect(current[0]?.getAttribute('part')).to.contain('step-current');
    const prefixes = all(element, '[part~="step"] .step-title .visually-hidden').map(textOf);
    expect(prefixes).to.deep.equal(['Afgerond:', 'Huidige stap:', 'Nog niet gestart:', 'Nog niet gestart:']);
  });

  it('step titles are real headings one level below the section headings', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { 'heading-level': '3' } });
    expect(textOf(one(element, 'h3'))).to.equal('Bezwaar WOZ-waarde');
    expect(all(element, 'h4').map(textOf)).to.deep.equal(['Status', 'Details', 'Documenten']);
    expect(all(element, '[part~="step"] h5')).to.have.length(4);
  });

  it('an invalid heading-level falls back to 2', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { 'heading-level': '9' } });
    expect(textOf(one(element, 'h2'))).to.equal('Bezwaar WOZ-waarde');
  });

  it('the current step starts expanded, checked steps collapsed, each with aria-expanded and aria-controls', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const toggles = all<HTMLButtonElement>(element, '.step-toggle');
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    for (const toggle of toggles) {
      const panel = shadow(element).getElementById(toggle.getAttribute('aria-controls') ?? '');
      expect(panel, 'aria-controls names a panel').to.exist;
      expect(panel?.hidden).to.equal(toggle.getAttribute('aria-expanded') === 'false');
    }
    expect(textOf(shadow(element).getElementById(toggles[1]?.getAttribute('aria-controls') ?? ''))).to.contain('Een taxateur kijkt opnieuw');
  });

  it('shows statustekst only for reached steps, never for future ones', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const future = all(element, '[part~="step-not-checked"]');
    expect(future).to.have.length(2);
    for (const step of future) expect(step.querySelector('.step-panel')).to.equal(null);
  });

  it('shows dates in <time datetime> in Dutch, Europe/Amsterdam', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const time = one(element, '[part~="step-checked"] time');
    expect(time.getAttribute('datetime')).to.equal('2026-10-12T09:14:00Z');
    expect(textOf(time)).to.equal('12 oktober 2026');
  });

  it('groups several statussen of one step as sub-steps, oldest first, the newest current', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    const current = one(element, '[part~="step-current"]');
    const subSteps = [...current.querySelectorAll('[part="sub-steps"] > li')];
    expect(subSteps.map((subStep) => textOf(subStep.querySelector('.sub-step-text')?.firstChild?.parentElement))).to.have.length(4);
    expect(textOf(subSteps[0])).to.contain('Offerte van de aannemer ontvangen.');
    expect(textOf(subSteps[3])).to.contain('Inspectie gepland op 2 december 2026');
    // Issue 9: the newest sub-step is aria-current="true" ("huidig"), so "huidige stap" is said once, for the step.
    expect(subSteps.map((subStep) => subStep.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'true']);
    expect(all(element, '[aria-current="step"]')).to.have.length(1);
  });

  it('a step with one status and a statustoelichting shows it as a sub-step', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    const second = all(element, '[part~="step"]')[1];
    expect(textOf(second?.querySelector('[part="sub-steps"]'))).to.contain('Subsidie verleend voor maximaal 18.500 euro.');
  });

  it('uses the expected end date of CONTRACT 4.5: einddatumGepland first', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    expect(textOf(one(element, '[part="details"]'))).to.contain('Verwachte einddatum26 februari 2027');
  });

  it('uses uiterlijkeEinddatumAfdoening when no einddatumGepland', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    expect(one(element, '[part="details"]').querySelector('time[datetime="2027-01-04"]')).to.exist;
  });

  it('computes startdatum + servicenorm before doorlooptijd', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.klacht.uuid });
    const details = one(element, '[part="details"]');
    const start = details.querySelectorAll('time')[1]?.getAttribute('datetime') ?? '';
    const expected = details.querySelectorAll('time')[2]?.getAttribute('datetime') ?? '';
    const days = (Date.parse(expected) - Date.parse(start)) / 86_400_000;
    expect(days, 'servicenorm P4W').to.equal(28);
  });

  it('computes startdatum + doorlooptijd when there is no servicenorm', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
    const times = [...one(element, '[part="details"]').querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? '');
    const days = (Date.parse(times[2] ?? '') - Date.parse(times[1] ?? '')) / 86_400_000;
    expect(days, 'doorlooptijd P8W').to.equal(56);
  });

  it('a closed zaak has every step checked, "Afgerond op" and its result', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.closed.uuid });
    expect(stepStates(element).every((state) => state === 'step-checked')).to.equal(true);
    expect(all(element, '[part~="step"][aria-current="step"]')).to.have.length(1);
    const details = textOf(one(element, '[part="details"]'));
    expect(details).to.contain('Afgerond op');
    expect(details).to.contain('Toegekend');
    expect(details).not.to.contain('Verwachte einddatum');
  });

  it('a suspended zaak says so with its reason and shows no expected end date', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.suspended.uuid });
    expect(textOf(one(element, '.notice'))).to.contain('Uw zaak ligt even stil.');
    const details = textOf(one(element, '[part="details"]'));
    expect(details).to.contain('Opgeschort');
    expect(details).not.to.contain('Verwachte einddatum');
  });

  it('hide-uninformed leaves out future steps with informeren: false', async () => {
    const { element: all4 } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const { element: hidden } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { 'hide-uninformed': true } });
    expect(stepTitles(all4)).to.include('Gesprek met de taxateur');
    expect(stepTitles(hidden)).not.to.include('Gesprek met de taxateur');
    expect(stepTitles(hidden)).to.have.length(3);
  });

  it('audience="medewerker" shows every step even with hide-uninformed, marked, with the confidentiality', async () => {
    const { element } = await renderElement({
      gateway: scenario().gateway,
      zaak: ZAKEN.woz.uuid,
      attributes: { 'hide-uninformed': true, audience: 'medewerker' },
    });
    expect(stepTitles(element)).to.include('Gesprek met de taxateur');
    expect(textOf(one(element, '.timeline'))).to.contain('Inwoner krijgt hier geen bericht over');
    expect(textOf(one(element, '[part="details"]'))).to.contain('Vertrouwelijkheid');
  });

  it('the labels property overrides step titles by omschrijving', async () => {
    const { gateway } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    element.labels = { 'Bezwaar ontvangen': 'Wij hebben uw bezwaar' };
    await element.updateComplete;
    expect(stepTitles(element)[0]).to.equal('Wij hebben uw bezwaar');
  });

  it('the documents: only definitief or gearchiveerd, up to max-confidentiality, links through the gateway', async () => {
    const { gateway } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.documents.uuid });
    await documentsSettled(element);
    const documents = all(element, '[part="document"]');
    expect(documents).to.have.length(7);
    const links = all<HTMLAnchorElement>(element, '[part="document"] a');
    for (const link of links) {
      expect(link.href.startsWith(`${location.origin}${gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/`), link.href).to.equal(true);
      expect(link.pathname.endsWith('/download')).to.equal(true);
    }
    const first = links[0];
    expect(textOf(first)).to.match(/\((PDF|Word|JPEG|PNG|TXT), \d+(,\d)? (byte|kB|MB)\)/);
    const response = await fetch(first?.href ?? '');
    expect(response.status).to.equal(200);
    expect((await response.arrayBuffer()).byteLength).to.be.greaterThan(0);
  });

  it('max-confidentiality shows more confidential documents', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.documents.uuid, attributes: { 'max-confidentiality': 'vertrouwelijk' } });
    await documentsSettled(element);
    expect(all(element, '[part="document"]')).to.have.length(9);
  });

  it('exposes the parts of CONTRACT 6', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    await documentsSettled(element);
    for (const part of ['detail', 'details', 'timeline', 'step', 'step-checked', 'step-current', 'step-not-checked', 'step-marker', 'sub-steps', 'documents', 'document']) {
      expect(shadow(element).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('the one-host-per-API layout shows the same zaak', async () => {
    const { element: openZaak } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    const { element: perApi } = await renderElement({ gateway: scenario({ layout: 'per-api' }).gateway, zaak: ZAKEN.geluid.uuid });
    await documentsSettled(openZaak);
    await documentsSettled(perApi);
    const strip = (element: Element) => textOf(one(element, '[part="detail"]'));
    expect(strip(perApi)).to.equal(strip(openZaak));
  });

  it('never shows a BSN or a medewerker from gezetdoor', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid, attributes: { audience: 'medewerker' } });
    await documentsSettled(element);
    expect(textOf(shadow(element))).not.to.match(/\b\d{9}\b/);
    expect(textOf(shadow(element))).not.to.contain('rollen');
  });
});
