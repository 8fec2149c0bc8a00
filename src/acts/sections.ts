import { clock } from '../i18n/format.js';
import type { GatewayClient } from '../gateway/client.js';
import { isRecord, isUuid } from '../model/text.js';
import type { Zaak } from '../model/zgw.js';
import type { SectionState } from '../vocabulary.js';
import { renderQuestions, renderTasks, type ActsViewContext } from './acts.view.js';
import { fillZaakUrn, type Capabilities } from './capabilities.js';
import type { QuestionForm } from './question-form.js';
import { toQuestionViews, type QuestionView } from './questions.js';
import { amsterdamToday, toTaskViews, type TaskView } from './tasks.js';
import { uploadSection } from './upload.section.js';

/** What a section of the acts reads of its zaak: the client, the zaak, what the gateway announced. */
export interface ActsZaak {
  client: GatewayClient;
  zaak: Zaak;
  capabilities: Capabilities;
  isMedewerker: boolean;
  /** The ask form of this zaak (created on first use; its draft survives every failure). */
  form(): QuestionForm;
  /** Loads the element's documents list again (a document sent from home shows in it). */
  reloadDocuments(): void;
}

/**
 * One section of the resident's acts (CONTRACT 8), as data, the way src/mijn-zaken/sections.ts holds the
 * detail's: a new one (the upload) is one entry below plus its loader, model and view.
 */
export interface ActsSectionSource<T = unknown> {
  /** Its id (`{idPrefix}-{key}` is its heading) and name. */
  key: string;
  /** 0: above the timeline (CONTRACT 3.5); 1: after the documents (3.6). */
  place: 0 | 1;
  /** Offered for this zaak at all (announced, audience)? */
  offered(zaak: ActsZaak): boolean;
  load(zaak: ActsZaak, signal: AbortSignal): Promise<T>;
  render(state: SectionState<T>, zaak: ActsZaak, context: ActsViewContext): unknown;
}

const source = <T>(entry: ActsSectionSource<T>): ActsSectionSource => entry as unknown as ActsSectionSource;

export const ACTS_SECTIONS: readonly ActsSectionSource[] = [
  source<TaskView[]>({
    key: 'tasks',
    place: 0,
    offered: ({ capabilities }) => capabilities.tasks !== null,
    async load({ client, zaak, capabilities }, signal) {
      const urn = fillZaakUrn(capabilities.tasks?.zaakUrn ?? '', zaak);
      if (urn === null) return [];
      const list = await client.getList(actsUrl(client, 'taken', 'externetaken', { isGerelateerdAan: urn, status: 'open' }), signal);
      return toTaskViews(list, urn, capabilities, amsterdamToday(clock.now()));
    },
    render: (state, _zaak, context) => renderTasks(state, context),
  }),
  // After the documents, before the questions: "Document toevoegen" (src/acts/upload.section.ts).
  source(uploadSection),
  source<QuestionView[]>({
    key: 'questions',
    place: 1,
    offered: ({ capabilities }) => capabilities.questions !== null,
    async load({ client, zaak }, signal) {
      const uuid = isUuid(zaak.uuid) ? zaak.uuid : null;
      if (uuid === null) return [];
      const contacts = await client.getList<Record<string, unknown>>(
        actsUrl(client, 'klantinteracties', 'klantcontacten', { onderwerpobject__onderwerpobjectidentificatorObjectId: uuid, expand: 'gingOverOnderwerpobjecten' }),
        signal,
      );
      // A gateway without `expand`: the onderwerpobjecten (which tell answers from questions) on their own.
      const subjects =
        contacts.length > 0 && !contacts.some((contact) => isRecord(contact._expand) && Array.isArray(contact._expand.gingOverOnderwerpobjecten))
          ? await client.getList(actsUrl(client, 'klantinteracties', 'onderwerpobjecten', { onderwerpobjectidentificatorObjectId: uuid }), signal)
          : undefined;
      return toQuestionViews(contacts, subjects, uuid);
    },
    render(state, zaak, context) {
      const ask = zaak.capabilities.questions?.ask && !zaak.isMedewerker;
      const form = ask ? zaak.form() : null;
      // A question just sent shows in the list at once, whatever the list's own state.
      const shown = form && state.kind === 'ready' ? { kind: 'ready' as const, value: form.withSent(state.value) } : state;
      return renderQuestions(shown, form && { state: form.state, callbacks: form.callbacks }, context);
    },
  }),
];

/** `{gateway}/{api}/api/v1/{resource}?{query}`. */
export function actsUrl(client: GatewayClient, api: string, resource: string, query?: Readonly<Record<string, string>>): string {
  const search = query ? `?${new URLSearchParams(query)}` : '';
  return `${client.gateway}/${api}/api/v1/${resource}${search}`;
}

/** The resources the acts read, and their API: a `next` naming one maps onto the gateway. */
export const ACTS_READ_API: Readonly<Record<string, string>> = {
  externetaken: 'taken',
  klantcontacten: 'klantinteracties',
  onderwerpobjecten: 'klantinteracties',
};
