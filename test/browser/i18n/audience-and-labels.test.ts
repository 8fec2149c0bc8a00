import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { mapToGateway } from '../../../src/gateway/url-mapping.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';

interface Json { [key: string]: unknown }

/** The zaak, its statussen and its statustypen, straight from the gateway. */
async function gatewayZaak(gateway: string, uuid: string): Promise<{ zaak: Json; statussen: Json[]; statustypen: Json[] }> {
  const base = new URL(gateway, location.href).href;
  const get = async (url: string) => (await (await fetch(url)).json()) as Json;
  const zaak = await get(`${base}/zaken/api/v1/zaken/${uuid}`);
  const statussen = (await get(`${base}/zaken/api/v1/statussen?zaak=${encodeURIComponent(String(zaak.url))}`)).results as Json[];
  const zaaktype = mapToGateway(String(zaak.zaaktype), base) ?? '';
  const statustypen = (await get(`${base}/catalogi/api/v1/statustypen?zaaktype=${encodeURIComponent(String(zaak.zaaktype))}`)).results as Json[];
  expect(zaaktype).not.to.equal('');
  return { zaak, statussen, statustypen };
}

/** Step titles without their hidden state prefix. */
function stepTitles(element: Element): string[] {
  return all(element, '[part~="step"] .step-title').map((title) => {
    const clone = title.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return textOf(clone);
  });
}

function detailsRow(element: Element, label: string): string | null {
  const row = all(element, '[part="details"] .details-row').find((candidate) => textOf(candidate.querySelector('dt')) === label);
  return row ? textOf(row.querySelector('dd')) : null;
}

describe('audience (CONTRACT 2: audience)', () => {
  beforeEach(freshPage);

  for (const [name, { uuid }] of Object.entries(ZAKEN)) {
    it(`medewerker, "${name}": every step, every statustoelichting, the confidentiality in words, no BSN or gezetdoor`, async () => {
      const { gateway } = scenario();
      const { zaak, statussen, statustypen } = await gatewayZaak(gateway, uuid);
      const { element } = await renderElement({ gateway, zaak: uuid, attributes: { audience: 'medewerker', 'hide-uninformed': true } });
      await documentsSettled(element);
      expect(stepTitles(element).sort()).to.deep.equal(statustypen.map((statustype) => String(statustype.omschrijving)).sort());
      const timeline = textOf(one(element, '[part="timeline"]'));
      for (const status of statussen) {
        if (typeof status.statustoelichting === 'string' && status.statustoelichting.trim()) expect(timeline).to.contain(status.statustoelichting.trim());
      }
      const hidden = statustypen.filter((statustype) => statustype.informeren === false).length;
      expect(all(element, '.step-note'), 'informeren: false is marked').to.have.length(hidden);
      expect(zaak.vertrouwelijkheidaanduiding).to.equal('zaakvertrouwelijk');
      expect(detailsRow(element, 'Vertrouwelijkheid')).to.equal('Zaakvertrouwelijk');
      const shown = textOf(shadow(element));
      expect(shown).not.to.match(/\b\d{9}\b/);
      for (const status of statussen) if (typeof status.gezetdoor === 'string') expect(shown).not.to.contain(status.gezetdoor);
      expect(shown).not.to.contain('zaakvertrouwelijk');
    });
  }

  it('inwoner: no confidentiality, no call-centre notes; hide-uninformed drops future informeren: false steps', async () => {
    const { gateway } = scenario();
    const { statustypen } = await gatewayZaak(gateway, ZAKEN.woz.uuid);
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid, attributes: { 'hide-uninformed': true } });
    expect(detailsRow(element, 'Vertrouwelijkheid')).to.equal(null);
    expect(all(element, '.step-note')).to.have.length(0);
    expect(textOf(shadow(element))).not.to.match(/vertrouwelijk/i);
    const uninformed = statustypen.filter((statustype) => statustype.informeren === false).map((statustype) => String(statustype.omschrijving));
    expect(uninformed).to.have.length.greaterThan(0);
    for (const title of uninformed) expect(stepTitles(element)).not.to.include(title);
  });

  it('inwoner still reads every statustoelichting of the steps it sees (CONTRACT 4.3)', async () => {
    const { gateway } = scenario();
    const { statussen } = await gatewayZaak(gateway, ZAKEN.geluid.uuid);
    const { element } = await renderElement({ gateway, zaak: ZAKEN.geluid.uuid });
    const timeline = textOf(one(element, '[part="timeline"]'));
    const notes = statussen.map((status) => status.statustoelichting).filter((note): note is string => typeof note === 'string' && note.trim() !== '');
    expect(notes.length).to.be.greaterThan(3);
    for (const note of notes) expect(timeline).to.contain(note.trim());
  });

  it('the call-centre texts in all three languages', async () => {
    const expected = {
      nl: ['Vertrouwelijkheid', 'Zaakvertrouwelijk', 'Inwoner krijgt hier geen bericht over'],
      en: ['Confidentiality', 'Confidential to the case', 'The resident gets no message about this step'],
      fy: ['Fertroulikens', 'Saakfertroulik', 'Ynwenner krijt hjir gjin berjocht oer'],
    };
    for (const [lang, [label, level, note]] of Object.entries(expected)) {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid, attributes: { audience: 'medewerker', lang } });
      expect(detailsRow(element, label ?? ''), lang).to.equal(level);
      expect(textOf(one(element, '.step-note')), lang).to.equal(note);
    }
  });
});

describe('labels: the municipality’s own step titles', () => {
  beforeEach(freshPage);

  it('by statustype URL and by omschrijving, in the detail', async () => {
    const { gateway } = scenario();
    const { statustypen } = await gatewayZaak(gateway, ZAKEN.woz.uuid);
    const byVolgnummer = [...statustypen].sort((a, b) => Number(a.volgnummer) - Number(b.volgnummer));
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    element.labels = {
      [String(byVolgnummer[1]?.url)]: 'We bekijken uw bezwaar',
      'Uitspraak op bezwaar': 'Ons besluit',
      'Een omschrijving die niet bestaat': 'Nooit getoond',
    };
    await element.updateComplete;
    expect(stepTitles(element)).to.deep.equal(['Bezwaar ontvangen', 'We bekijken uw bezwaar', 'Gesprek met de taxateur', 'Ons besluit']);
    expect(textOf(shadow(element))).not.to.contain('Nooit getoond');
  });

  it('the URL wins over the omschrijving; an empty label keeps the original', async () => {
    const { gateway } = scenario();
    const { statustypen } = await gatewayZaak(gateway, ZAKEN.woz.uuid);
    const first = statustypen.find((statustype) => statustype.omschrijving === 'Bezwaar ontvangen');
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    element.labels = { 'Bezwaar ontvangen': 'Op omschrijving', [String(first?.url)]: 'Op URL', 'Uitspraak op bezwaar': ' ' };
    await element.updateComplete;
    expect(stepTitles(element)[0]).to.equal('Op URL');
    expect(stepTitles(element)[3]).to.equal('Uitspraak op bezwaar');
  });

  it('by omschrijving and by URL, in the overview’s status line and then in the opened detail', async () => {
    const { gateway } = scenario();
    const { statussen, statustypen } = await gatewayZaak(gateway, ZAKEN.geluid.uuid);
    const { element } = await renderElement({ gateway, attributes: { navigation: 'none' } });
    const statusOf = (uuid: string) => {
      const card = one(element, `[part~="zaak"][data-uuid="${uuid}"]`);
      return textOf([...card.querySelectorAll('.zaak-fact')].find((fact) => textOf(fact.querySelector('dt')) === 'Status')?.querySelector('dd'));
    };
    expect(statusOf(ZAKEN.woz.uuid)).to.equal('Bezwaar wordt beoordeeld');
    const newest = [...statussen].sort((a, b) => String(b.datumStatusGezet).localeCompare(String(a.datumStatusGezet)))[0];
    const currentType = statustypen.find((statustype) => statustype.url === newest?.statustype);
    expect(currentType).to.exist;
    element.labels = { 'Bezwaar wordt beoordeeld': 'We bekijken uw bezwaar', [String(currentType?.url)]: 'De aannemer is aan het werk' };
    await element.updateComplete;
    expect(statusOf(ZAKEN.woz.uuid)).to.equal('We bekijken uw bezwaar');
    expect(statusOf(ZAKEN.geluid.uuid)).to.equal('De aannemer is aan het werk');
    one<HTMLElement>(element, `[part~="zaak"][data-uuid="${ZAKEN.geluid.uuid}"] .zaak-link`).click();
    await waitUntil(() => shadow(element).querySelector('[part="detail"] [part~="step-current"]'), 'detail', { timeout: 5000 });
    expect(textOf(one(element, '[part~="step-current"] .step-title'))).to.contain('De aannemer is aan het werk');
  });
});
