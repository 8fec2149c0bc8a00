/**
 * CONTRACT 8 in the element: what the gateway announces in its capabilities (the real mock gateway,
 * scenario options caps-*), loaded on demand from the acts module.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { all, one, renderElement, shadow, textOf } from '../support/render.js';

describe('CONTRACT 8 element: tasks', () => {
  beforeEach(freshPage);

  it('8.1 the Buren zaak shows its open task above the timeline', async () => {
    const { gateway } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
    await waitUntil(() => shadow(element).querySelector('[part="task"]'), 'no task', { timeout: 5000 });
    expect(textOf(one(element, '[part="tasks"]'))).to.include('Bankafschriften aanleveren');
    expect(all(element, '[part="task"]').length).to.equal(1);
  });
});
