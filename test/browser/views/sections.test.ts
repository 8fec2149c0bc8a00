import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { formattersFor } from '../../../src/i18n/format.js';
import { messagesFor } from '../../../src/i18n/messages.js';
import type { ZaakDetailView } from '../../../src/model/view-model.js';
import { renderDetail, type SectionView } from '../../../src/views/detail.view.js';

const t = messagesFor('nl');
const detail = {
  title: 'Aanvraag',
  identificatie: 'ZAAK-1',
  description: null,
  timeline: { steps: [] },
  missing: [],
  suspension: null,
  result: null,
} as unknown as ZaakDetailView;

const context = {
  headingLevel: 2,
  t,
  format: formattersFor('nl'),
  idPrefix: 'x',
  isMedewerker: false,
  isExpanded: () => false,
  onToggle: () => {},
  showsAllSubSteps: () => false,
  onShowAllSubSteps: () => {},
};

describe('the detail view renders its sections from a list (src/views/detail.view.ts)', () => {
  it('each section: its heading, then loading, failed with a retry, or its content; in list order', async () => {
    let retried = 0;
    const sections: SectionView[] = [
      { key: 'documents', heading: 'Documenten', loading: 'Laden…', failed: 'Mislukt.', state: { kind: 'ready', value: html`<p class="content">Drie</p>` } },
      { key: 'questions', heading: 'Vragen', loading: 'Vragen laden…', failed: 'Vragen mislukt.', state: { kind: 'loading' } },
      { key: 'tasks', heading: 'Taken', loading: 'Taken laden…', failed: 'Taken mislukt.', state: { kind: 'failed', onRetry: () => retried++ } },
    ];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderDetail(detail, sections, context), host);
    const headings = [...host.querySelectorAll('section .section-title')].map((node) => node.textContent?.trim());
    expect(headings).to.deep.equal(['Status', 'Details', 'Documenten', 'Vragen', 'Taken']);
    expect(host.querySelector('#x-documents')?.closest('section')?.querySelector('.content')?.textContent).to.equal('Drie');
    const loading = host.querySelector('.questions-loading');
    expect(loading?.textContent).to.equal('Vragen laden…');
    expect(loading?.getAttribute('aria-hidden'), 'said by the status region, not here').to.equal('true');
    const failed = host.querySelector('#x-tasks')?.closest('section')?.querySelector('[role="alert"]');
    expect(failed?.querySelector('p')?.textContent).to.equal('Taken mislukt.');
    failed?.querySelector('button')?.click();
    expect(retried).to.equal(1);
  });
});
