import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { DocumentView } from '../model/view-model.js';
import { documentIcon } from './icons.js';

export interface DocumentsViewContext {
  t: Messages;
  format: Formatters;
  /** Document links whose download failed: a message stands by each. */
  failedDownloads: ReadonlySet<string>;
}

/** The documents section's content (its heading, loading and failure are the section's: detail.view.ts). */
export function renderDocuments(documents: readonly DocumentView[], { t, format, failedDownloads }: DocumentsViewContext): TemplateResult {
  if (documents.length === 0) return html`<p class="documents-message">${t.documentsEmpty}</p>`;
  return html`<ul role="list" class="documents" part="documents">
    ${documents.map((document) => {
      const meta = [document.fileType, document.size === null ? null : format.fileSize(document.size)]
        .filter((part): part is string => part !== null)
        .join(', ');
      const title = html`${documentIcon()}<span class="document-title">${document.title}</span>${meta
          ? html` <span class="document-meta">(${meta})</span>`
          : nothing}`;
      return html`<li class="document" part="document">
        ${document.href
          ? html`<a class="document-link" href=${document.href} download=${document.fileName ?? ''}>${title}</a>`
          : html`<span class="document-link">${title}</span>`}
        ${document.href && failedDownloads.has(document.href)
          ? html`<span class="document-error" role="alert">${t.downloadFailed}</span>`
          : nothing}
        ${document.date ? html`<time class="document-date" datetime=${document.date}>${format.date(document.date)}</time>` : nothing}
      </li>`;
    })}
  </ul>`;
}
