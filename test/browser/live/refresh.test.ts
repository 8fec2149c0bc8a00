import { expect, waitUntil } from '@open-wc/testing';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';
import { FakeClock, restoreVisibility, setNextStatus, setVisibility, untilZaakReads, zaakReads } from './support.js';

const { uuid } = ZAKEN.geluid;

/** Renders the geluid zaak with `refresh`, and waits until the live module follows it ("Bijgewerkt om"). */
async function liveElement(refresh: string, options: Record<string, string | number> = {}) {
  const { gateway, session } = scenario(options);
  const { element } = await renderElement({ gateway, zaak: uuid, attributes: { refresh } });
  await waitUntil(() => shadow(element).querySelector('.live-updated'), 'the live module did not start', { timeout: 5000 });
  return { element, session };
}

const footer = (element: Element) => textOf(one(element, '.live-updated'));
const settle = async (element: MijnZakenElement) => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  await element.updateComplete;
};

describe('CONTRACT 9: refresh', () => {
  let clock: FakeClock;
  beforeEach(() => {
    freshPage();
    clock = new FakeClock();
  });
  afterEach(() => {
    clock.restore();
    restoreVisibility();
  });

  it('2, 9: refresh reflects to a property; 0 is off and loads no live module', async () => {
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: uuid, attributes: { refresh: '0' } });
    expect(element.refresh).to.equal(0);
    await settle(element);
    clock.tick(120_000);
    setVisibility('hidden');
    setVisibility('visible');
    await settle(element);
    expect(shadow(element).querySelector('.live-updated')).to.equal(null);
    expect(await zaakReads(session, uuid)).to.have.length(1); // the first load only
    element.setAttribute('refresh', '45');
    expect(element.refresh).to.equal(45);
  });

  it('9: checks every refresh seconds: the first check learns the ETag, the next sends If-None-Match and gets a 304 that costs nothing more', async () => {
    const { element, session } = await liveElement('60');
    expect(footer(element)).to.equal('Bijgewerkt om 14:32');
    clock.tick(59_999);
    await settle(element);
    expect(await zaakReads(session, uuid)).to.have.length(1);
    clock.now = Date.parse('2026-12-01T13:33:00Z') - 1; // 14:33 in Amsterdam after the tick
    clock.tick(1);
    const [, first] = await untilZaakReads(session, uuid, 2);
    expect(first!.headers['if-none-match']).to.equal(undefined);
    expect(first!.status).to.equal(200);
    await settle(element);
    clock.tick(60_000);
    const reads = await untilZaakReads(session, uuid, 3);
    const third = reads[2]!;
    expect(third.headers['if-none-match']).to.match(/^"[0-9a-f]{40}"$/);
    expect(third.status).to.equal(304);
    await settle(element);
    // Nothing but the zaak reads since the first load: an unchanged zaak reloads nothing.
    const { requests } = await requestLog(session);
    expect(requests.filter((request) => request.path.includes('/statussen'))).to.have.length(1);
    expect(footer(element)).to.equal('Bijgewerkt om 14:34');
    expect(clock.pending).to.equal(1); // the next check
  });

  it('9: a value under 30 counts as 30', async () => {
    const { element, session } = await liveElement('5');
    clock.tick(29_999);
    await settle(element);
    expect(await zaakReads(session, uuid)).to.have.length(1);
    clock.tick(1);
    await untilZaakReads(session, uuid, 2);
  });

  it('9: no timer while the page is hidden; visible again checks at once', async () => {
    const { element, session } = await liveElement('30');
    setVisibility('hidden');
    expect(clock.pending).to.equal(0);
    clock.tick(300_000);
    await settle(element);
    expect(await zaakReads(session, uuid)).to.have.length(1);
    setVisibility('visible');
    await untilZaakReads(session, uuid, 2);
    await settle(element);
    expect(clock.pending).to.equal(1);
  });

  it('9: the connection coming back (online) checks at once', async () => {
    const { element, session } = await liveElement('300');
    window.dispatchEvent(new Event('online'));
    await untilZaakReads(session, uuid, 2);
    await settle(element);
  });

  it('9: a removed element checks nothing more; added again it follows anew', async () => {
    const { element, session } = await liveElement('30');
    const parent = element.parentElement!;
    element.remove();
    expect(clock.pending).to.equal(0);
    clock.tick(120_000);
    setVisibility('visible');
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await zaakReads(session, uuid)).to.have.length(1);
    parent.append(element);
    await element.updateComplete;
    await settle(element);
    expect(clock.pending).to.equal(1);
  });

  it('9: refresh set to 0 later (no events) stops the checks and the line under the timeline', async () => {
    const { element, session } = await liveElement('30');
    element.refresh = 0;
    await element.updateComplete;
    expect(clock.pending).to.equal(0);
    expect(shadow(element).querySelector('.live-updated')).to.equal(null);
    setVisibility('visible');
    window.dispatchEvent(new Event('online'));
    clock.tick(120_000);
    await settle(element);
    expect(await zaakReads(session, uuid)).to.have.length(1);
  });

  it('9: a failing check keeps what is shown and says quietly that it could not be brought up to date', async () => {
    const { gateway } = scenario({ token: 'a' });
    const element = document.createElement('mijn-zaken');
    element.accessToken = 'a';
    element.setAttribute('gateway', gateway);
    element.setAttribute('zaak', uuid);
    element.setAttribute('refresh', '30');
    document.body.append(element);
    await waitUntil(() => shadow(element).querySelector('.live-updated'), 'the live module did not start', { timeout: 5000 });
    const before = all(element, '[part~="step"]').map(textOf);
    element.accessToken = 'b'; // from now on the gateway answers 401
    clock.now = Date.parse('2026-12-01T13:35:00Z') - 30_000;
    clock.tick(30_000);
    await waitUntil(() => footer(element).startsWith('Bijwerken lukt nu niet'), 'no quiet note', { timeout: 5000 });
    expect(footer(element)).to.equal('Bijwerken lukt nu niet. U ziet hoe het was om 14:35.');
    expect(all(element, '[part~="step"]').map(textOf)).to.deep.equal(before);
    expect(shadow(element).querySelector('[part="error"], [role="alert"]')).to.equal(null);
    expect(one(element, '.live-updated').getAttribute('role')).to.equal(null);
    element.accessToken = 'a';
    clock.tick(30_000);
    await waitUntil(() => footer(element).startsWith('Bijgewerkt om'), 'not up to date again', { timeout: 5000 });
    element.remove();
  });

  it('9: en and fy texts', async () => {
    const { gateway } = scenario();
    const { element } = await renderElement({ gateway, zaak: uuid, attributes: { refresh: '30', lang: 'en' } });
    await waitUntil(() => shadow(element).querySelector('.live-updated'));
    expect(footer(element)).to.equal('Updated at 14:32');
    element.lang = 'fy';
    await waitUntil(() => footer(element) === 'Bywurke om 14:32', footer(element));
  });
});

describe('CONTRACT 9: a new step', () => {
  let clock: FakeClock;
  beforeEach(() => {
    freshPage();
    clock = new FakeClock();
  });
  afterEach(() => clock.restore());

  /** The live region's texts over time. */
  function regionTexts(element: Element): string[] {
    const said: string[] = [];
    const region = one(element, '.live-region');
    new MutationObserver(() => said.push(textOf(region))).observe(region, { childList: true, characterData: true, subtree: true });
    return said;
  }

  it('updates in place: "Nieuw", announced once, mijn-zaken-update, focus and expanded state kept', async () => {
    const { element, session } = await liveElement('30');
    const steps = () => all(element, '[part~="step"]');
    const toggles = () => all<HTMLButtonElement>(element, '.step-toggle');
    // Step 2 opened by the resident, step 3 open because it is current, focus on step 3's button.
    const [, second, third] = toggles();
    second!.click();
    await element.updateComplete;
    third!.focus();
    const expandedBefore = toggles().map((button) => button.getAttribute('aria-expanded'));
    expect(expandedBefore.slice(0, 3)).to.deep.equal(['false', 'true', 'true']);
    const stepNodes = steps();
    await documentsSettled(element); // its loading text would be heard first where documents come later
    const said = regionTexts(element);
    const updates: Array<{ zaak: string; steps: number }> = [];
    element.addEventListener('mijn-zaken-update', (event) => updates.push(event.detail));
    const loads: unknown[] = [];
    element.addEventListener('mijn-zaken-load', (event) => loads.push(event.detail));

    await setNextStatus(session, uuid);
    clock.tick(30_000);
    await waitUntil(() => shadow(element).querySelector('.live-new'), 'no new step shown', { timeout: 5000 });
    await element.updateComplete;

    const current = one(element, '[part~="step-current"]');
    expect(textOf(current.querySelector('.step-title'))).to.contain('Nieuw');
    expect(all(element, '.live-new')).to.have.length(1);
    expect(steps()).to.deep.equal(stepNodes); // the same nodes: updated in place
    expect(shadow(element).activeElement).to.equal(third);
    expect(toggles().slice(0, 3).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'true']);
    expect(updates).to.deep.equal([{ zaak: uuid, steps: 1 }]);
    expect(loads).to.deep.equal([]);
    const title = current.querySelector('.step-title-text')!.cloneNode(true) as HTMLElement;
    title.querySelectorAll('.visually-hidden, .live-new').forEach((node) => node.remove());
    await waitUntil(() => said.length > 0);
    expect(said).to.deep.equal([`Er is een nieuwe stap: ${textOf(title)}.`]);

    // Two more checks (a 304, then nothing new): nothing more is said or sent.
    clock.tick(30_000);
    await untilZaakReads(session, uuid, 3);
    await settle(element);
    clock.tick(30_000);
    await untilZaakReads(session, uuid, 4);
    await settle(element);
    expect(said).to.have.length(1);
    expect(updates).to.have.length(1);
  });

  it('a new sub-step is marked "Nieuw" by its text and announced with it', async () => {
    const { element, session } = await liveElement('30');
    await documentsSettled(element); // its loading text would be heard first where documents come later
    const said = regionTexts(element);
    await setNextStatus(session, uuid, true);
    clock.tick(30_000);
    await waitUntil(() => shadow(element).querySelector('.sub-step .live-new'), 'no new sub-step shown', { timeout: 5000 });
    const newest = all(element, '.sub-step').at(-1)!;
    expect(textOf(newest)).to.match(/^Laatste nieuws: Nieuw bericht 1 over uw zaak\. Nieuw /);
    expect(all(element, '.live-new')).to.have.length(1);
    await waitUntil(() => said.length > 0);
    // The sub-step's own text ends with a full stop: the announcement has one, not two.
    expect(said).to.deep.equal(['Er is een nieuwe stap: Nieuw bericht 1 over uw zaak.']);
  });
});
