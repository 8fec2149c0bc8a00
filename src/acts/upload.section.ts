import type { ReactiveElement } from 'lit';
import type { GatewayClient } from '../gateway/client.js';
import { isUuid, text } from '../model/text.js';
import type { SectionState } from '../vocabulary.js';
import type { ActsViewContext } from './acts.view.js';
import { actsCatalogues } from './messages.js';
import type { ActsSectionSource, ActsZaak } from './sections.js';
import { canUpload } from './upload.js';
import { UploadController } from './upload.controller.js';
import { uploadMessagesFor } from './upload.messages.js';
import { uploadStyles } from './upload.styles.js';
import { renderUpload } from './upload.view.js';

/** What the upload reads of the acts' zaak besides ActsZaak: the element and the client for writes (src/acts/element.ts). */
interface UploadZaak extends ActsZaak {
  host: ReactiveElement;
  writer: GatewayClient;
}

/** The uploads of the zaak on screen, per element: another zaak stops (and cleans up) the previous one's. */
const controllers = new WeakMap<ReactiveElement, { zaak: ActsZaak; controller: UploadController }>();

function controllerOf(zaak: UploadZaak, idPrefix: string): UploadController {
  const { host } = zaak;
  const current = controllers.get(host);
  if (current?.zaak === zaak) return current.controller;
  if (current) {
    current.controller.stop();
    host.removeController(current.controller);
  }
  const upload = zaak.capabilities.upload!;
  const controller = new UploadController(host, {
    client: zaak.writer,
    zaak: { url: text(zaak.zaak.url) ?? '', uuid: isUuid(zaak.zaak.uuid) ? zaak.zaak.uuid.toLowerCase() : '' },
    upload,
    idPrefix,
    // A document sent from home shows in the element's list (CONTRACT 8).
    onDone: () => zaak.reloadDocuments(),
  });
  host.addController(controller);
  const root = host.renderRoot;
  const sheet = uploadStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  controllers.set(host, { zaak, controller });
  return controller;
}

/** The element's language, by the acts catalogue it renders with. */
const languageOf = (context: ActsViewContext): string =>
  (Object.keys(actsCatalogues) as Array<keyof typeof actsCatalogues>).find((lang) => actsCatalogues[lang] === context.t) ?? 'nl';

/**
 * "Document toevoegen" (CONTRACT 8) in the acts' sections table: for the resident (not the medewerker
 * view) on an open zaak whose zaaktype is in `upload.zaaktypen`; nothing to load.
 */
export const uploadSection: ActsSectionSource<null> = {
  key: 'upload',
  place: 1,
  offered: ({ capabilities, zaak, isMedewerker }) => !isMedewerker && canUpload(zaak, capabilities.upload),
  load: () => Promise.resolve(null),
  render(state: SectionState<null>, zaak: ActsZaak, context: ActsViewContext) {
    if (state.kind !== 'ready') return null;
    const controller = controllerOf(zaak as UploadZaak, context.idPrefix);
    const language = languageOf(context);
    return renderUpload(
      { upload: zaak.capabilities.upload!, items: controller.items, problems: controller.problems, announcement: controller.announcement },
      { onChoose: (files) => controller.choose(files), onCancel: (id) => void controller.cancel(id), onRetry: (id) => controller.retry(id) },
      { headingLevel: context.headingLevel, t: uploadMessagesFor(language), language, idPrefix: context.idPrefix },
    );
  },
};
