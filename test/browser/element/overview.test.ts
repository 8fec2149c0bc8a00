import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MijnZakenElement } from '../../../src/index.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario, type LoggedRequest } from '../support/gateway.js';
import { all, one, renderElement, shadow, textOf } from '../support/render.js';

const resource = (request: LoggedRequest) => request.path.split('/api/v1/')[1]?.split('/')[0] ?? '';

function zaakTitles(element: Element, section: 'open' | 'closed'): string[] {
  const index = section === 'open' ? 0 : 1;
  const sectionElement = all(element, '.overview-section')[index];
  return [...(sectionElement?.querySelectorAll('.zaak-title-text') ?? [])].map((title) => textOf(title));
}

async function waitForDetail(element: MijnZakenElement): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part="detail"]'), 'detail shown', { timeout: 5000 });
  await element.updateComplete;
}

async function waitForOverview(element: MijnZakenElement): Promise<void> {
  await waitUntil(() => shadow(element).querySelector('[part="overview"]'), 'overview shown', { timeout: 5000 });
  await element.updateComplete;
}

describe('<mijn-zaken> overview (CONTRACT 3, issue 3)', () => {
  beforeEach(() => {
    freshPage();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('lists the resident’s zaken: open first (newest first), then closed, with headings and counts', async () => {
    const { gateway, session } = scenario();
    const { element, event } = await renderElement({ gateway, attributes: { navigation: 'none' } });
    expect(event.detail).to.deep.equal({ view: 'overview', count: 7 });
    const headings = all(element, '.overview-section .section-title').map(textOf);
    expect(headings).to.deep.equal(['Lopende zaken (6)', 'Afgeronde zaken (1)']);
    expect(zaakTitles(element, 'closed')).to.deep.equal(['Kwijtschelding gemeentelijke belastingen']);
    const open = all(element, '.overview-section')[0];
    const dates = [...(open?.querySelectorAll('time') ?? [])].map((time) => time.getAttribute('datetime') ?? '');
    expect(dates.length).to.equal(6);
    const { requests } = await requestLog(session);
    const list = requests.find((request) => resource(request) === 'zaken');
    expect(list?.query).to.deep.equal({ expand: 'zaaktype,status,status.statustype' });
  });

  it('each zaak shows its title, a labelled Zaaknummer, the date of application and its status in words', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { navigation: 'none' } });
    const facts = (uuid: string) =>
      [...one(element, `[part~="zaak"][data-uuid="${uuid}"]`).querySelectorAll('.zaak-fact')].map(
        (fact) => `${textOf(fact.querySelector('dt'))}: ${textOf(fact.querySelector('dd'))}`,
      );
    expect(textOf(one(element, `[part~="zaak"][data-uuid="${ZAKEN.woz.uuid}"] .zaak-title`))).to.equal('Bezwaar WOZ-waarde');
    expect(facts(ZAKEN.woz.uuid)).to.deep.equal([
      'Zaaknummer: ZAAK-2026-0000123',
      'Aanvraag ingediend op: 12 oktober 2026',
      'Status: Bezwaar wordt beoordeeld',
    ]);
    expect(facts(ZAKEN.closed.uuid)).to.include('Status: Afgerond');
  });

  it('under 10 zaken: cards, no search box', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { navigation: 'none' } });
    expect(one(element, '[part="overview"]').classList.contains('overview--cards')).to.equal(true);
    expect(shadow(element).querySelector('input[type="search"]')).to.equal(null);
  });

  it('from 10 zaken on: a list with a search box and pages of 10', async () => {
    const { element, event } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { navigation: 'none' } });
    expect(event.detail.count).to.equal(27);
    expect(one(element, '[part="overview"]').classList.contains('overview--list')).to.equal(true);
    const sections = all(element, '.overview-section');
    const openCount = Number(/\((\d+)\)/.exec(textOf(sections[0]?.querySelector('.section-title')))?.[1]);
    expect(sections[0]?.querySelectorAll('[part~="zaak"]').length).to.equal(Math.min(openCount, 10));
    if (openCount > 10) {
      const next = [...(sections[0]?.querySelectorAll<HTMLButtonElement>('.pagination button') ?? [])].find((button) => !button.hidden && textOf(button) === 'Volgende');
      expect(textOf(sections[0]?.querySelector('.pagination-status'))).to.equal(`Pagina 1 van ${Math.ceil(openCount / 10)}`);
      next?.click();
      await element.updateComplete;
      expect(textOf(all(element, '.overview-section')[0]?.querySelector('.pagination-status'))).to.equal(`Pagina 2 van ${Math.ceil(openCount / 10)}`);
    }
    const search = one<HTMLInputElement>(element, 'input[type="search"]');
    expect(textOf(shadow(element).querySelector(`label[for="${search.id}"]`))).to.equal('Zoek op naam of zaaknummer');
    const anyNumber = textOf(shadow(element).querySelector('.zaaknummer-value'));
    search.value = anyNumber.slice(-4);
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    const shown = all(element, '.zaaknummer-value').map(textOf);
    expect(shown).to.include(anyNumber);
    expect(shown.every((number) => number.includes(anyNumber.slice(-4)))).to.equal(true);
    expect(textOf(one(element, '.search-result'))).to.match(/^\d+ zaa?k(en)? gevonden$/);
  });

  it('an empty list says so in plain words, or shows the empty slot', async () => {
    const { element, event } = await renderElement({ gateway: scenario({ resident: 'none' }).gateway, attributes: { navigation: 'none' } });
    expect(event.detail).to.deep.equal({ view: 'overview', count: 0 });
    expect(textOf(one(element, '[part="overview"]'))).to.contain('U heeft nog geen zaken bij ons.');
    const slotted = await fixture<MijnZakenElement>(html`<mijn-zaken gateway=${scenario({ resident: 'none' }).gateway} navigation="none">
      <p slot="empty">Nog niets? Bel 14 0513.</p>
    </mijn-zaken>`);
    await oneEvent(slotted, 'mijn-zaken-load');
    await slotted.updateComplete;
    expect(one<HTMLSlotElement>(slotted, 'slot[name="empty"]').assignedElements().map((node) => node.textContent)).to.deep.equal(['Nog niets? Bel 14 0513.']);
  });

  it('selecting a zaak shows its detail in place, focus on its heading; back returns focus to the zaak', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { navigation: 'none' } });
    const selected = new Promise<CustomEvent>((resolve) => element.addEventListener('mijn-zaken-select', resolve as EventListener, { once: true }));
    one<HTMLButtonElement>(element, `[part~="zaak"][data-uuid="${ZAKEN.woz.uuid}"] .zaak-link`).click();
    expect((await selected).detail).to.deep.equal({ uuid: ZAKEN.woz.uuid, identificatie: ZAKEN.woz.identificatie });
    await oneEvent(element, 'mijn-zaken-load');
    await waitForDetail(element);
    expect(shadow(element).activeElement).to.equal(one(element, '.detail-title'));
    expect(textOf(one(element, '.detail-title'))).to.equal('Bezwaar WOZ-waarde');
    const back = one<HTMLButtonElement>(element, '.back-button');
    expect(textOf(back)).to.equal('Terug naar overzicht');
    back.click();
    await waitForOverview(element);
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(one(element, `[part~="zaak"][data-uuid="${ZAKEN.woz.uuid}"] .zaak-link`));
  });

  it('works by keyboard: Enter opens, the back button returns', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { navigation: 'none' } });
    one<HTMLButtonElement>(element, `[part~="zaak"][data-uuid="${ZAKEN.klacht.uuid}"] .zaak-link`).focus();
    await sendKeys({ press: 'Enter' });
    await waitForDetail(element);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(element).activeElement?.classList.contains('back-button')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitForOverview(element);
  });

  it('mijn-zaken-select is cancelable: a portal can route itself', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway });
    element.addEventListener('mijn-zaken-select', (event) => event.preventDefault(), { once: true });
    one<HTMLElement>(element, `[part~="zaak"][data-uuid="${ZAKEN.woz.uuid}"] .zaak-link`).click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="overview"]')).to.exist;
    expect(location.hash).to.equal('');
  });

  it('navigation="hash" reflects the zaak in the URL; Back and Forward follow it', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway });
    const link = one<HTMLAnchorElement>(element, `[part~="zaak"][data-uuid="${ZAKEN.woz.uuid}"] .zaak-link`);
    expect(link.getAttribute('href')).to.equal(`#zaak=${ZAKEN.woz.uuid}`);
    link.click();
    await waitForDetail(element);
    expect(location.hash).to.equal(`#zaak=${ZAKEN.woz.uuid}`);
    history.back();
    await waitForOverview(element);
    expect(location.hash).to.equal('');
    history.forward();
    await waitForDetail(element);
    expect(textOf(one(element, '.detail-title'))).to.equal('Bezwaar WOZ-waarde');
    one<HTMLButtonElement>(element, '.back-button').click();
    await waitForOverview(element);
    expect(location.hash).to.equal('');
  });

  it('a reload or shared link with #zaak=<uuid> opens that zaak', async () => {
    history.replaceState(null, '', `#zaak=${ZAKEN.closed.uuid}`);
    const { element, event } = await renderElement({ gateway: scenario().gateway });
    expect(event.detail).to.deep.equal({ view: 'detail', zaak: ZAKEN.closed.uuid });
    expect(textOf(one(element, '.detail-title'))).to.equal('Kwijtschelding gemeentelijke belastingen');
    one<HTMLButtonElement>(element, '.back-button').click();
    await waitForOverview(element);
    expect(location.hash).to.equal('');
  });

  it('two elements do not fight over the hash: only the first with navigation="hash" owns it', async () => {
    history.replaceState(null, '', `#zaak=${ZAKEN.woz.uuid}`);
    const first = scenario();
    const second = scenario();
    const container = await fixture<HTMLDivElement>(html`<div>
      <mijn-zaken gateway=${first.gateway}></mijn-zaken>
      <mijn-zaken gateway=${second.gateway}></mijn-zaken>
    </div>`);
    const [owner, other] = [...container.querySelectorAll('mijn-zaken')] as MijnZakenElement[];
    await waitForDetail(owner as MijnZakenElement);
    await waitForOverview(other as MijnZakenElement);
    expect(one<HTMLElement>(other as Element, '.zaak-link').tagName).to.equal('BUTTON');
    one<HTMLButtonElement>(other as Element, `[data-uuid="${ZAKEN.klacht.uuid}"] .zaak-link`).click();
    await waitForDetail(other as MijnZakenElement);
    expect(location.hash).to.equal(`#zaak=${ZAKEN.woz.uuid}`);
  });

  it('fetches each zaaktype, status and statustype once without expand', async () => {
    const { gateway, session } = scenario({ expand: 'off', resident: 'many', 'page-size': 10 });
    await renderElement({ gateway, attributes: { navigation: 'none' } });
    const { requests } = await requestLog(session);
    const count = (name: string) => requests.filter((request) => resource(request) === name).length;
    const unique = (name: string) => new Set(requests.filter((request) => resource(request) === name).map((request) => request.path)).size;
    for (const name of ['zaaktypen', 'statussen', 'statustypen']) expect(count(name), name).to.equal(unique(name));
    expect(unique('zaaktypen')).to.equal(6);
    // pages of /zaken (3 with expand refused once, then plain) + distinct statussen + statustypen + zaaktypen
    const zakenRequests = count('zaken');
    expect(requests.length).to.equal(zakenRequests + unique('statussen') + unique('statustypen') + unique('zaaktypen'));
  });

  it('with expand, the whole overview takes only the pages of /zaken', async () => {
    const { gateway, session } = scenario({ resident: 'many', 'page-size': 10 });
    await renderElement({ gateway, attributes: { navigation: 'none' } });
    const { requests } = await requestLog(session);
    expect(requests.map(resource)).to.deep.equal(['zaken', 'zaken', 'zaken']);
  });

  it('is accessible as cards and as a list, and in the detail opened from it', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, attributes: { navigation: 'none' } });
    await expectAccessible(element);
    const { element: list } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { navigation: 'none' } });
    await expectAccessible(list);
    one<HTMLButtonElement>(element, '.zaak-link').click();
    await waitForDetail(element);
    await expectAccessible(element);
  });
});
