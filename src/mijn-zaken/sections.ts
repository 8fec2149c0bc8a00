import { loadDocuments } from '../gateway/load-zaak.js';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { SectionSource } from '../controllers/zaak-loader.js';
import { toDocumentViews, type Confidentiality } from '../model/documents.js';
import type { SectionState } from '../vocabulary.js';
import type { SectionView } from '../views/detail.view.js';
import { renderDocuments } from '../views/documents.view.js';

/** What a loaded section needs to show itself. */
export interface SectionContext {
  t: Messages;
  format: Formatters;
  maxConfidentiality: Confidentiality;
  failedDownloads: ReadonlySet<string>;
}

/** A loaded section: its view model and template, for the current settings. */
export type ShowSection = (context: SectionContext) => unknown;

export interface DetailSection extends SectionSource<ShowSection> {
  /** Its id and class prefix (`documents` → `documents-message`). */
  key: string;
  /** Heading, loading text (also said by the status region), failure text. */
  texts(t: Messages): readonly [heading: string, loading: string, failed: string];
}

/**
 * The detail's sections after status and details, in order: each loads on its own (round trip 2 and on),
 * fails on its own with its own retry (focus then goes to its heading), says its loading text through the
 * status region, and shows as loading | failed | ready (`SectionState`, src/vocabulary.ts).
 *
 * A new section (questions, tasks: CONTRACT 3.5, 3.6, 8) touches only:
 *   1. loader      src/gateway/load-<name>.ts: `(client, zaak, signal) => data`, through the client (origin checks, abort)
 *   2. model       src/model/<name>.ts: pure `to<Name>Views(data, …)` for hostile input
 *   3. view        src/views/<name>.view.ts: `render<Name>(views, context)`, its styles beside it
 *   4. messages    src/i18n/messages.ts + nl.ts, en.ts, fy.ts: heading, loading, failed (and empty) texts
 *   5. this table  one entry below: key, texts, load → how to show it
 *   6. mock        the mock gateway's resource (demo/gateway/)
 *   7. tests       model (by contract clause), view, and an element test of load / fail / retry
 * Not the element's lifecycle (src/mijn-zaken/mijn-zaken.element.ts), the zaak loader or the detail view.
 */
export const DETAIL_SECTIONS: readonly DetailSection[] = [
  {
    key: 'documents',
    texts: (t) => [t.documentsHeading, t.documentsLoading, t.documentsFailed],
    // Round trips 2 and 3, behind the timeline's requests.
    async load(client, zaak, signal) {
      const { items } = await loadDocuments(client.later(), zaak, signal);
      return (context) =>
        renderDocuments(toDocumentViews(items, { maxConfidentiality: context.maxConfidentiality, mapUrl: (url) => client.map(url) }), context);
    },
  },
];

/** The sections as the detail view takes them, and the loading text of the first that still loads (for the status region). */
export function sectionViews(states: ReadonlyArray<SectionState<ShowSection>>, context: SectionContext): { views: SectionView[]; loading: string } {
  let firstLoading = '';
  const views = DETAIL_SECTIONS.map(({ key, texts }, index): SectionView => {
    const [heading, loading, failed] = texts(context.t);
    const state = states[index] ?? { kind: 'loading' };
    if (state.kind === 'loading') firstLoading ||= loading;
    return { key, heading, loading, failed, state: state.kind === 'ready' ? { kind: 'ready', value: state.value(context) } : state };
  });
  return { views, loading: firstLoading };
}
