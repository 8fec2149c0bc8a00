import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { expectAccessible } from '../support/axe.js';
import { freshPage, scenario } from '../support/gateway.js';
import { one, renderElement, shadow } from '../support/render.js';
import { FakeClock, setNextStatus } from './support.js';

describe('CONTRACT 9: WCAG 2.2 AA with live updates', () => {
  let clock: FakeClock;
  beforeEach(() => {
    freshPage();
    clock = new FakeClock();
  });
  afterEach(() => clock.restore());

  it('the "Nieuw" mark and the line under the timeline pass axe; the mark is text in the step\'s name, the line no live region', async () => {
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.geluid.uuid, attributes: { refresh: '30' } });
    await waitUntil(() => shadow(element).querySelector('.live-updated'), 'no live module', { timeout: 5000 });
    await setNextStatus(session, ZAKEN.geluid.uuid);
    clock.tick(30_000);
    await waitUntil(() => shadow(element).querySelector('.live-new'), 'no new step', { timeout: 5000 });
    await element.updateComplete;
    await expectAccessible(element);
    const mark = one(element, '.live-new');
    expect(mark.closest('.step-title, .sub-step-text')).to.not.equal(null);
    expect(mark.getAttribute('aria-hidden')).to.equal(null);
    const line = one(element, '.live-updated');
    expect(line.closest('[role="status"], [role="alert"], [aria-live]')).to.equal(null);
    // The one live region of the element says it (CONTRACT 9: a region that was already on the page).
    expect(shadow(element).querySelectorAll('[role="status"], [aria-live]').length).to.equal(1);
  });
});
