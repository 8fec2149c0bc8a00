import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';
import { FakeClock, setNextStatus } from './support.js';

const { uuid } = ZAKEN.woz;

describe('CONTRACT 4.6, 9: a new step under hide-uninformed', () => {
  let clock: FakeClock;
  beforeEach(() => {
    freshPage();
    clock = new FakeClock();
  });
  afterEach(() => clock.restore());

  it('the hidden step the zaak reaches appears with "Nieuw" on it, is announced by its own title, and counts as one step', async () => {
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: uuid, attributes: { refresh: '30', 'hide-uninformed': '' } });
    await waitUntil(() => shadow(element).querySelector('.live-updated'), 'the live module did not start', { timeout: 5000 });
    const titles = () => all(element, '[part~="step"] .step-title-text').map((title) => textOf(title).replace(/^[^:]*: /, ''));
    expect(titles()).to.deep.equal(['Bezwaar ontvangen', 'Bezwaar wordt beoordeeld', 'Uitspraak op bezwaar']);
    await documentsSettled(element);
    const region = one(element, '.live-region');
    const said: string[] = [];
    new MutationObserver(() => said.push(textOf(region))).observe(region, { childList: true, characterData: true, subtree: true });
    const updates: Array<{ zaak: string; steps: number }> = [];
    element.addEventListener('mijn-zaken-update', (event) => updates.push(event.detail));

    await setNextStatus(session, uuid); // step 3, "Gesprek met de taxateur" (informeren: false)
    clock.tick(30_000);
    await waitUntil(() => shadow(element).querySelector('.live-new'), 'no new step shown', { timeout: 5000 });
    await element.updateComplete;
    expect(titles()).to.deep.equal(['Bezwaar ontvangen', 'Bezwaar wordt beoordeeld', 'Gesprek met de taxateur Nieuw', 'Uitspraak op bezwaar']);
    expect(all(element, '.live-new')).to.have.length(1);
    expect(textOf(one(element, '[part~="step-current"] .step-title'))).to.contain('Gesprek met de taxateur').and.to.contain('Nieuw');
    await waitUntil(() => said.some((text) => text.includes('Gesprek met de taxateur')), 'not announced', { timeout: 5000 });
    expect(said.join(' ')).not.to.contain('Uitspraak op bezwaar');
    expect(updates).to.deep.equal([{ zaak: uuid, steps: 1 }]);

    await setNextStatus(session, uuid); // step 4, the end status
    clock.tick(30_000);
    await waitUntil(() => updates.length === 2, 'no second update', { timeout: 5000 });
    await element.updateComplete;
    expect(all(element, '.live-new')).to.have.length(1);
    // The end status: every step is checked, and only the one reached now is new.
    expect(titles()).to.deep.equal(['Bezwaar ontvangen', 'Bezwaar wordt beoordeeld', 'Gesprek met de taxateur', 'Uitspraak op bezwaar Nieuw']);
    expect(updates[1]).to.deep.equal({ zaak: uuid, steps: 1 });
  });
});
