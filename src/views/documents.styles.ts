import { css } from 'lit';

/** The documents list (documents.view.ts). */
export const documentsStyles = css`
    .documents {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-md);
    }
    .document {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--_mz-space-lg);
    }
    /* Inline-block: title and file type wrap as one text; the padding keeps the target over 24 px. */
    .document-link {
      display: inline-block;
      padding-block: var(--_mz-space-sm);
      color: var(--_mz-link-color);
      text-decoration: underline;
      text-underline-offset: var(--_mz-link-underline-offset);
    }
    span.document-link {
      color: inherit;
      text-decoration: none;
    }
    a.document-link:hover {
      color: var(--_mz-link-hover-color);
      text-decoration-thickness: var(--_mz-link-hover-underline-thickness);
    }
    a.document-link:focus-visible {
      background-color: var(--_mz-focus-background-color);
      color: var(--_mz-focus-color);
    }
    .document-icon {
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: var(--_mz-space-sm);
      vertical-align: middle;
    }
`;
