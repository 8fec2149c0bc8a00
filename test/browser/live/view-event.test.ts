import { expect, oneEvent } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, renderElement } from '../support/render.js';

/** Renders and records every `mijn-zaken-view` from the start. */
async function views(zaak: string, options: Record<string, string> = {}) {
  const seen: unknown[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent).detail);
  document.addEventListener('mijn-zaken-view', listener);
  try {
    const { element } = await renderElement({ gateway: scenario(options).gateway, zaak });
    return { element, seen };
  } finally {
    setTimeout(() => document.removeEventListener('mijn-zaken-view', listener), 500);
  }
}

describe('mijn-zaken-view: for statistics, nothing personal', () => {
  beforeEach(freshPage);

  it('once per shown zaak: only the zaaktype\'s identificatie and the current step\'s number', async () => {
    const { element, seen } = await views(ZAKEN.geluid.uuid);
    expect(seen).to.deep.equal([{ zaaktype: 'SUB-GELUID', step: 3 }]);
    const currentIndex = all(element, '[part~="step"]').findIndex((step) => step.getAttribute('aria-current') === 'step');
    expect(currentIndex + 1).to.equal(3);
    // Keys are exactly these two: no zaak id, no identificatie of the zaak, nothing about the resident.
    expect(Object.keys(seen[0] as object)).to.deep.equal(['zaaktype', 'step']);
    const text = JSON.stringify(seen);
    for (const secret of [ZAKEN.geluid.uuid, ZAKEN.geluid.identificatie]) expect(text).not.to.contain(secret);
  });

  it('bubbles out of the shadow root, is not cancelable, and is typed', async () => {
    const element = document.createElement('mijn-zaken');
    element.setAttribute('gateway', scenario().gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const fired = oneEvent(document.body, 'mijn-zaken-view');
    document.body.append(element);
    const event = (await fired) as HTMLElementEventMap['mijn-zaken-view'];
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    const { zaaktype, step }: { zaaktype: string | null; step: number } = event.detail;
    expect(typeof zaaktype).to.equal('string');
    expect(step).to.be.a('number');
    element.remove();
  });

  it('not for the overview, nor for an error', async () => {
    expect((await views('')).seen).to.deep.equal([]);
    expect((await views(ZAKEN.woz.uuid, { fail: '503' })).seen).to.deep.equal([]);
  });

  it('a zaaktype that cannot be read: zaaktype null, the step still counted', async () => {
    const { seen } = await views(ZAKEN.geluid.uuid, { expand: 'off', fail: '500', 'fail-on': 'zaaktypen' });
    expect(seen).to.have.length(1);
    expect((seen[0] as { zaaktype: unknown }).zaaktype).to.equal(null);
  });
});
