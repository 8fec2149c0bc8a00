/**
 * The built on-demand module (dist/mijn-zaken-acts.js, vite.acts.config.ts) has no Lit of its own: its
 * templates must render with the Lit that renders the element, and its stylesheet must resolve the
 * tokens on its own (the main bundle renames its private ones). Skipped when there is no build
 * (`npm test` builds first).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type * as Acts from '../../../src/acts/index.js';
import { expectAccessible } from '../support/axe.js';

const BUILT = '/dist/mijn-zaken-acts.js';

describe('dist/mijn-zaken-acts.js', () => {
  let acts: typeof Acts | undefined;
  before(async function () {
    const probe = await fetch(BUILT, { method: 'HEAD' });
    if (!probe.ok) this.skip();
    acts = (await import(/* @vite-ignore */ BUILT)) as typeof Acts;
  });

  it('renders with the page\'s Lit: events, properties and attributes bound, texts as text; styles resolve their tokens alone', async () => {
    const a = acts!;
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    // Only the acts sheet: no tokens.styles.ts here, as in the CDN build, where the element's are renamed.
    root.adoptedStyleSheets = [(a.actsStyles as unknown as { styleSheet: CSSStyleSheet }).styleSheet];
    const caps = a.parseCapabilities({ version: 1, tasks: { zaakUrn: 'urn:nld:g:zaak:{identificatie}' }, linkOrigins: ['https://formulieren.gemeente.example'] });
    const urn = a.fillZaakUrn(caps.tasks!.zaakUrn, { identificatie: 'ZAAK-1' });
    const tasks = a.toTaskViews(
      [{ uuid: '00000000-0000-4000-8000-000000000001', status: 'open', titel: '<b>Bankafschriften</b>', taakSoort: 'urltaak', einddatumHandelingsTermijn: '2026-12-12', isGerelateerdAan: [{ urn }], details: { uitvraagLink: 'https://formulieren.gemeente.example/x' } }],
      urn,
      caps,
      '2026-11-23',
    );
    const inputs: string[] = [];
    const context = { headingLevel: 2, t: a.actsMessagesFor('nl'), format: a.actsFormat('nl'), today: '2026-11-23', idPrefix: 'b' };
    render(
      [
        a.renderTasks({ kind: 'ready', value: tasks }, context),
        a.renderQuestions({ kind: 'ready', value: [] }, { state: { draft: 'Mijn vraag', maxLength: 500, phase: 'idle', problem: null }, callbacks: { onInput: (v) => inputs.push(v), onSubmit: () => {} } }, context),
      ],
      root,
    );
    expect(root.querySelector('[part="task"] h3')?.textContent).to.equal('<b>Bankafschriften</b>');
    expect(root.querySelector('[part="task"] a')?.getAttribute('href')).to.equal('https://formulieren.gemeente.example/x');
    const textarea = root.querySelector('textarea')!;
    expect([textarea.value, textarea.maxLength]).to.deep.equal(['Mijn vraag', 500]);
    textarea.value = 'Nieuw';
    textarea.dispatchEvent(new InputEvent('input'));
    expect(inputs).to.deep.equal(['Nieuw']);
    expect(getComputedStyle(root.querySelector('.acts-button')!).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(getComputedStyle(root.querySelector('.acts-heading')!).fontWeight).to.equal('700');
    await expectAccessible(host);
    host.remove();
  });
});
