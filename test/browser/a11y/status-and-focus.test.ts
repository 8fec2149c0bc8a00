// Issue 9, assistive technology: the one status region, and where focus goes, read through Chromium's
// accessibility tree.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MijnZakenElement } from '../../../src/index.js';
import '../../../src/define.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, one, renderElement, shadow, textOf } from '../support/render.js';
import { axTree, byRole, flatten, focusedNode, type AxNode } from './ax.js';

/** The live regions a screen reader listens to. */
function liveRegions(tree: AxNode): AxNode[] {
  return flatten(tree).filter((node) => node.live === 'polite' || node.live === 'assertive' || node.role === 'status');
}

/** Every text the one status region ever held, and whether it was ever replaced by another node. */
function recordStatus(element: MijnZakenElement): { texts: string[]; nodes: Set<Element>; stop: () => void } {
  const texts: string[] = [];
  const nodes = new Set<Element>();
  const look = () => {
    const region = shadow(element).querySelector('[role="status"]');
    if (!region) return;
    nodes.add(region);
    const text = textOf(region);
    if (text !== (texts.at(-1) ?? '')) texts.push(text);
  };
  const observer = new MutationObserver(look);
  observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
  look();
  return { texts, nodes, stop: () => observer.disconnect() };
}

async function mount(gateway: string, zaak?: string): Promise<MijnZakenElement> {
  return fixture<MijnZakenElement>(zaak ? html`<mijn-zaken gateway=${gateway} zaak=${zaak}></mijn-zaken>` : html`<mijn-zaken gateway=${gateway} navigation="none"></mijn-zaken>`);
}

describe('one status region, there from the start (issue 9)', () => {
  beforeEach(freshPage);

  it('detail: the region is empty when it appears, then says "Uw zaak wordt geladen…", then the documents, then nothing', async () => {
    const element = await mount(scenario({ delay: 400 }).gateway, ZAKEN.geluid.uuid);
    const record = recordStatus(element);
    expect(textOf(one(element, '[role="status"]')), 'inserted empty').to.equal('');
    await waitUntil(() => shadow(element).querySelector('[part="detail"]') && !shadow(element).querySelector('.documents-loading'), 'all loaded', { timeout: 8000 });
    await waitUntil(() => record.texts.at(-1) === '', 'region cleared');
    record.stop();
    expect(record.texts).to.deep.equal(['Uw zaak wordt geladen…', 'De documenten worden geladen…', '']);
    expect(record.nodes.size, 'one and the same node throughout').to.equal(1);
    const tree = await axTree(element);
    expect(liveRegions(tree).map((node) => `${node.role}:${node.live}`)).to.deep.equal(['status:polite']);
  });

  it('overview: loading, then a search result, through the same region; no second live region in any state', async () => {
    const element = await mount(scenario({ delay: 300, resident: 'many' }).gateway);
    const record = recordStatus(element);
    await waitUntil(() => record.texts.includes('Uw zaken worden geladen…'), 'loading said');
    expect(liveRegions(await axTree(element))).to.have.length(1);
    await expectAccessible(element);
    await waitUntil(() => shadow(element).querySelector('[part="overview"]'), 'overview', { timeout: 8000 });
    await element.updateComplete;
    const search = one<HTMLInputElement>(element, 'input[type="search"]');
    search.value = 'Bezwaar';
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    await waitUntil(() => /gevonden$/.test(record.texts.at(-1) ?? ''), 'search result said');
    expect(record.texts.at(-1)).to.equal(textOf(one(element, '.search-result')));
    record.stop();
    expect(record.nodes.size).to.equal(1);
    expect(liveRegions(await axTree(element))).to.have.length(1);
  });

  it('the region says its text only after it has been on the page: not in the same frame it was inserted', async () => {
    const element = document.createElement('mijn-zaken') as MijnZakenElement;
    element.setAttribute('gateway', scenario({ delay: 2000 }).gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    document.body.append(element);
    await element.updateComplete;
    const region = one(element, '[role="status"]');
    expect(textOf(region)).to.equal('');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await waitUntil(() => textOf(region) === 'Uw zaak wordt geladen…', 'said later');
    expect(one(element, '[role="status"]')).to.equal(region);
    element.remove();
  });
});

describe('pagination: focus stays, the page change is announced (issue 9)', () => {
  beforeEach(freshPage);

  it('"Volgende" stays on the last page as unavailable, keeps focus; "Pagina 2 van 2" is said; axe per state', async () => {
    const { element } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { navigation: 'none' } });
    const section = all(element, '.overview-section')[0]!;
    const [previous, next] = [...section.querySelectorAll<HTMLButtonElement>('.pagination button')];
    const pages = Number(/van (\d+)/.exec(textOf(section.querySelector('.pagination-status')))?.[1]);
    expect(pages).to.be.greaterThan(1);
    let tree = await axTree(element);
    const buttons = () => byRole(tree, 'button').filter((node) => /^(Vorige|Volgende)$/.test(node.name));
    expect(buttons().slice(0, 2).map((node) => `${node.name}:${node.disabled === true}`)).to.deep.equal(['Vorige:true', 'Volgende:false']);
    await expectAccessible(element);

    next!.focus();
    for (let page = 2; page <= pages; page++) {
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await waitUntil(() => textOf(one(element, '[role="status"]')) === `Lopende zaken: Pagina ${page} van ${pages}`, `page ${page} said`);
    }
    tree = await axTree(element);
    expect(focusedNode(tree)?.name, 'focus still on Volgende').to.equal('Volgende');
    expect(shadow(element).activeElement).to.equal(next);
    expect(buttons().slice(0, 2).map((node) => `${node.name}:${node.disabled === true}`)).to.deep.equal(['Vorige:false', 'Volgende:true']);
    await expectAccessible(element);
    // Pressing the unavailable button does nothing and keeps focus.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(textOf(section.querySelector('.pagination-status'))).to.equal(`Pagina ${pages} van ${pages}`);
    expect(shadow(element).activeElement).to.equal(next);
    // And back: "Vorige" on the first page.
    previous!.focus();
    for (let page = pages - 1; page >= 1; page--) await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(previous);
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => textOf(one(element, '[role="status"]')) === `Lopende zaken: Pagina 1 van ${pages}`, 'page 1 said');
  });

  it('says the page in English and Frisian too', async () => {
    for (const [lang, said] of [['en', 'Open cases: Page 2 of'], ['fy', 'Rinnende saken: Side 2 fan']] as const) {
      const { element } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { navigation: 'none', lang } });
      [...all(element, '.overview-section')[0]!.querySelectorAll<HTMLButtonElement>('.pagination button')][1]!.click();
      await element.updateComplete;
      await waitUntil(() => textOf(one(element, '[role="status"]')).startsWith(said), `${lang} said`);
    }
  });
});

describe('focus after "Opnieuw proberen" (issue 9)', () => {
  beforeEach(freshPage);

  it('detail: focus moves to the zaak heading once it is shown', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 503, 'fail-times': 1 }).gateway, zaak: ZAKEN.woz.uuid });
    one<HTMLButtonElement>(element, '[part="error"] button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(element).querySelector('[part="detail"]'), 'detail', { timeout: 8000 });
    await element.updateComplete;
    const focused = focusedNode(await axTree(element));
    expect(focused?.role).to.equal('heading');
    expect(focused?.name).to.equal('Bezwaar WOZ-waarde');
    expect(document.activeElement).to.equal(element);
    await expectAccessible(element);
  });

  it('overview: focus moves to "Mijn zaken"', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 502, 'fail-times': 1 }).gateway, attributes: { navigation: 'none' } });
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await waitUntil(() => shadow(element).querySelector('[part="overview"]'), 'overview', { timeout: 8000 });
    await element.updateComplete;
    expect(focusedNode(await axTree(element))).to.include({ role: 'heading', name: 'Mijn zaken' });
  });

  it('failing again: focus moves to the error, not <body>', async () => {
    const { gateway } = scenario({ fail: 503, 'fail-times': 2 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    const firstError = one(element, '[part="error"]');
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await waitUntil(() => {
      const error = shadow(element).querySelector('[part="error"]');
      return error && error !== firstError && shadow(element).activeElement === error;
    }, 'focus on the new error', { timeout: 8000 });
    expect(document.activeElement).to.equal(element);
    expect(focusedNode(await axTree(element))?.role).to.equal('alert');
  });

  it('with Retry-After: focus on the error while waiting, then on the content', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 429, 'fail-times': 1, 'retry-after': 1 }).gateway, zaak: ZAKEN.woz.uuid });
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await element.updateComplete;
    await waitUntil(() => shadow(element).querySelector('.error-retry-in'), 'waiting');
    expect(shadow(element).activeElement).to.equal(one(element, '[part="error"]'));
    await waitUntil(() => shadow(element).querySelector('[part="detail"]'), 'detail', { timeout: 8000 });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(one(element, '.detail-title'));
  });

  it('documents: focus moves to the Documenten heading', async () => {
    const { element } = await renderElement({ gateway: scenario({ fail: 503, 'fail-on': 'zaakinformatieobjecten', 'fail-times': 1 }).gateway, zaak: ZAKEN.geluid.uuid });
    await waitUntil(() => shadow(element).querySelector('.documents-message button'), 'documents failed', { timeout: 8000 });
    one<HTMLButtonElement>(element, '.documents-message button').click();
    await waitUntil(() => shadow(element).querySelector('[part="documents"]'), 'documents', { timeout: 8000 });
    await element.updateComplete;
    expect(focusedNode(await axTree(element))).to.include({ role: 'heading', name: 'Documenten' });
  });
});
