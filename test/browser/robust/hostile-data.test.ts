/**
 * Hostile data (issue 5): XSS payloads in every string field of every resource the gateway sends
 * (demo/gateway/hostile.mjs). No script runs, no foreign element or attribute appears, no link
 * leaves the gateway, the layout stays inside its box at 320 px, and the element shows content or
 * a clear error. Every request of every scenario is checked for privacy.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CANARY, HOSTILE_TEXTS, HOSTILE_URLS } from '../../../demo/gateway/hostile.mjs';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { shadow, textOf } from '../support/render.js';
import { expandAll, expectCleanShadow, expectContentOrError, expectInsideBox, settled, watchPrivacy, watchUncaught } from './support.js';

type Canary = typeof globalThis & { [CANARY]?: unknown };

async function renderHostile(options: Record<string, string | number>, zaak: string | null, attributes: Record<string, string> = {}) {
  const gateway = scenario(options);
  const element = document.createElement('mijn-zaken');
  element.setAttribute('gateway', gateway.gateway);
  element.setAttribute('navigation', 'none');
  if (zaak) element.setAttribute('zaak', zaak);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = '320px';
  box.append(element);
  await settled(element);
  await expandAll(element);
  return { element, gateway };
}

async function expectSafe(element: MijnZakenElement, gatewayPath: string, options: { blankTitles?: boolean } = {}): Promise<string> {
  // Give any injected handler (onerror, onload, ontoggle) the chance to run.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect((globalThis as Canary)[CANARY], 'a payload ran').to.equal(undefined);
  expectCleanShadow(element, gatewayPath);
  const shown = expectContentOrError(element, options);
  expectInsideBox(element);
  expect(element.children.length, 'nothing added to the light DOM').to.equal(0);
  return shown;
}

describe('<mijn-zaken> with hostile data (issue 5)', function () {
  this.timeout(60_000);
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    freshPage();
    delete (globalThis as Canary)[CANARY];
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('the corpus is not empty and names each kind of attack', () => {
    const corpus = HOSTILE_TEXTS.join('\n');
    for (const needle of ['<script>', 'onerror=', '<svg', 'javascript:', 'data:text/html', '&lt;', '\u202E', '\u0000', '<math>']) {
      expect(corpus, needle).to.contain(needle);
    }
    expect(HOSTILE_TEXTS.some((payload) => /\S{1000}/.test(payload)), 'a very long word').to.equal(true);
    expect(HOSTILE_URLS.some((url) => url.startsWith('javascript:'))).to.equal(true);
  });

  const zaken = [ZAKEN.documents, ZAKEN.geluid, ZAKEN.closed, ZAKEN.suspended];

  HOSTILE_TEXTS.forEach((payload, index) => {
    it(`payload ${index} (${JSON.stringify(payload.slice(0, 40))}…) in every text field: safe, in its box, content shown`, async () => {
      const privacy = await watchPrivacy();
      const sessions = [];
      for (const [n, zaak] of zaken.entries()) {
        const audience = n % 2 === 0 ? 'medewerker' : 'inwoner';
        const { element, gateway } = await renderHostile({ hostile: index }, zaak.uuid, { 'max-confidentiality': 'zeer_geheim', audience });
        sessions.push(gateway);
        expect(await expectSafe(element, gateway.gateway, { blankTitles: payload.trim() === '' }), `zaak ${zaak.uuid}`).to.equal('detail');
        // The payload is shown as text where it is shown at all: never parsed.
        const visible = payload.trim();
        if (visible.length > 0 && /</.test(visible) && index !== 6) {
          expect(textOf(shadow(element)), 'payload shown as text').to.contain(visible.replace(/\s+/g, ' ').slice(0, 20));
        }
      }
      const { element: overview, gateway } = await renderHostile({ hostile: index }, null);
      sessions.push(gateway);
      expect(await expectSafe(overview, gateway.gateway, { blankTitles: payload.trim() === '' })).to.equal('overview');
      await privacy.check(sessions);
    });
  });

  it('every payload in turn (hostile=all), in the detail and the overview', async () => {
    const privacy = await watchPrivacy();
    const sessions = [];
    for (const zaak of Object.values(ZAKEN)) {
      const { element, gateway } = await renderHostile({ hostile: 'all' }, zaak.uuid, { 'max-confidentiality': 'zeer_geheim', audience: 'medewerker' });
      sessions.push(gateway);
      expect(await expectSafe(element, gateway.gateway)).to.equal('detail');
    }
    const { element, gateway } = await renderHostile({ hostile: 'all', resident: 'many', 'page-size': 10 }, null);
    sessions.push(gateway);
    expect(await expectSafe(element, gateway.gateway)).to.equal('overview');
    await privacy.check(sessions);
  });

  it('resource URLs replaced too (hostile-urls=replace): nothing is fetched or linked off the gateway, a clear error at worst', async () => {
    const privacy = await watchPrivacy();
    const sessions = [];
    for (const payload of ['all', ...HOSTILE_URLS.keys()] as const) {
      for (const zaak of [ZAKEN.documents, ZAKEN.woz]) {
        const { element, gateway } = await renderHostile({ hostile: payload, 'hostile-urls': 'replace' }, zaak.uuid, { 'max-confidentiality': 'zeer_geheim' });
        sessions.push(gateway);
        await expectSafe(element, gateway.gateway);
      }
    }
    const { element, gateway } = await renderHostile({ hostile: 'all', 'hostile-urls': 'replace' }, null);
    sessions.push(gateway);
    await expectSafe(element, gateway.gateway);
    await privacy.check(sessions);
  });

  it('a zaak whose every text is blank still has a title and a named link', async () => {
    const blank = HOSTILE_TEXTS.findIndex((payload) => payload.trim() === '');
    const { element } = await renderHostile({ hostile: blank }, ZAKEN.woz.uuid);
    expectContentOrError(element);
    expect(textOf(shadow(element).querySelector('.detail-title'))).to.equal('Zaak');
    const { element: overview } = await renderHostile({ hostile: blank }, null);
    expectContentOrError(overview);
    const names = [...shadow(overview).querySelectorAll('.zaak-link')].map((link) => textOf(link));
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => name === 'Zaak')).to.equal(true);
  });

  it('problem+json full of payloads is never shown', async () => {
    for (const fail of [400, 401, 403, 404, 429, 500, 503]) {
      const { element, gateway } = await renderHostile({ hostile: 'all', fail }, ZAKEN.woz.uuid);
      expect(await expectSafe(element, gateway.gateway)).to.equal('error');
      expect(textOf(shadow(element))).not.to.match(/script|onerror|<|urn:uuid/);
    }
  });
});
