import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MijnZakenElement } from '../../../src/index.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow } from '../support/render.js';


describe('<mijn-zaken> accessibility', () => {
  beforeEach(freshPage);

  it('loading state is accessible and announced as a status', async () => {
    const element = await fixture<MijnZakenElement>(html`<mijn-zaken gateway=${scenario({ delay: 2000 }).gateway} zaak=${ZAKEN.woz.uuid}></mijn-zaken>`);
    // Issue 9: the region is there (empty) from the first render and gets its text a moment later.
    await waitUntil(() => one(element, '[role="status"]').textContent?.includes('Uw zaak wordt geladen'), 'loading said');
    await expectAccessible(element);
  });

  for (const [name, zaak] of [
    ['running (sub-steps)', ZAKEN.geluid.uuid],
    ['running (mid-way)', ZAKEN.woz.uuid],
    ['closed', ZAKEN.closed.uuid],
    ['suspended', ZAKEN.suspended.uuid],
    ['document-rich', ZAKEN.documents.uuid],
  ] as const) {
    it(`${name} zaak is accessible (axe, WCAG 2.2 AA)`, async () => {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak });
      await documentsSettled(element);
      // Open every step, so collapsed content is checked too.
      for (const toggle of all<HTMLButtonElement>(element, '.step-toggle[aria-expanded="false"]')) toggle.click();
      await element.updateComplete;
      await expectAccessible(element);
    });
  }

  for (const fail of [401, 404, 503]) {
    it(`error state ${fail} is accessible`, async () => {
      const { element } = await renderElement({ gateway: scenario({ fail }).gateway, zaak: ZAKEN.woz.uuid });
      await expectAccessible(element);
    });
  }

  it('steps open and close by keyboard alone', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
    const [first, current] = all<HTMLButtonElement>(element, '.step-toggle');
    expect(first?.getAttribute('aria-expanded')).to.equal('false');
    // Tab from before the element into its first focusable control.
    const before = document.createElement('button');
    before.textContent = 'voor';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(first?.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).getElementById(first?.getAttribute('aria-controls') ?? '')?.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(current);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(current?.getAttribute('aria-expanded')).to.equal('false');
    before.remove();
  });

  it('the retry button works by keyboard', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 503, 'fail-times': 1 }).gateway, zaak: ZAKEN.woz.uuid });
    const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
    one<HTMLButtonElement>(element, '[part="error"] button').focus();
    await sendKeys({ press: 'Enter' });
    await loaded;
  });
});

describe('the accessibility check itself', () => {
  it('fails on a real violation, so a passing check means something', async () => {
    const bad = await fixture(html`<div><button></button><img src="data:," /></div>`);
    let failure: unknown = null;
    try {
      await expectAccessible(bad);
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.match(/button-name|image-alt/);
  });
});
