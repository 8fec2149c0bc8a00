import { css } from 'lit';

/**
 * Styles of the acts sections, adopted next to the element's own. Only the element's private
 * `--_mz-*` tokens (resolved on `:host` by tokens.styles.ts; the acts build adds that resolution to
 * dist/mijn-zaken-acts.js), logical properties, calm colours: a passed deadline is text, not red.
 */
export const actsStyles = css`
  .acts {
    margin-block: var(--_mz-space-xl) 0;
  }
  .acts-heading {
    margin-block: 0 var(--_mz-space-md);
    font-family: var(--_mz-heading-font-family);
    font-weight: var(--_mz-heading-font-weight);
    font-size: var(--_mz-section-title-font-size);
    line-height: var(--_mz-heading-line-height);
    color: var(--_mz-heading-color);
  }
  .acts-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_mz-space-lg);
  }
  .acts-item,
  .acts-form,
  .acts-note {
    border: var(--_mz-border-width) solid var(--_mz-border-color);
    border-radius: var(--_mz-border-radius);
    padding: var(--_mz-space-lg);
    background-color: var(--_mz-background-color);
  }
  .acts-tasks .acts-item {
    border-inline-start-width: var(--_mz-notice-border-width);
  }
  .acts-form {
    margin-block-start: var(--_mz-space-lg);
  }
  .acts-item-title {
    margin-block: 0 var(--_mz-space-sm);
    font-family: var(--_mz-heading-font-family);
    font-weight: var(--_mz-font-weight-bold);
    font-size: var(--_mz-font-size-lg);
    line-height: var(--_mz-heading-line-height);
    color: var(--_mz-heading-color);
  }
  .acts p {
    margin-block: 0 var(--_mz-space-sm);
  }
  .acts-label {
    display: block;
    font-weight: var(--_mz-font-weight-bold);
  }
  .acts-task .acts-label {
    display: inline;
  }
  .acts-subtle {
    color: var(--_mz-color-subtle);
    font-size: var(--_mz-font-size-sm);
  }
  .acts-text {
    white-space: pre-line;
  }
  .acts-answer {
    margin-block-start: var(--_mz-space-md);
    padding-inline-start: var(--_mz-space-lg);
    border-inline-start: var(--_mz-border-width) solid var(--_mz-border-color);
  }
  .acts-link {
    color: var(--_mz-link-color);
    text-underline-offset: var(--_mz-link-underline-offset);
  }
  .acts-link:hover {
    color: var(--_mz-link-hover-color);
    text-decoration-thickness: var(--_mz-link-hover-underline-thickness);
  }
  .acts-textarea {
    display: block;
    inline-size: 100%;
    margin-block: var(--_mz-space-sm);
    padding: var(--_mz-space-md);
    font: inherit;
    color: var(--_mz-color);
    background-color: var(--_mz-background-color);
    border: var(--_mz-border-width) solid var(--_mz-border-color);
    border-radius: var(--_mz-border-radius);
    resize: vertical;
  }
  .acts-textarea[aria-invalid='true'] {
    border-color: var(--_mz-error-border-color);
    border-inline-start-width: var(--_mz-notice-border-width);
  }
  .acts-error {
    font-weight: var(--_mz-font-weight-bold);
    border-inline-start: var(--_mz-notice-border-width) solid var(--_mz-error-border-color);
    padding-inline-start: var(--_mz-space-md);
  }
  .acts-button {
    min-block-size: var(--_mz-target-min-size);
    padding-block: var(--_mz-space-sm);
    padding-inline: var(--_mz-space-lg);
    font: inherit;
    font-weight: var(--_mz-font-weight-bold);
    color: var(--_mz-button-color);
    background-color: var(--_mz-button-bg);
    border: var(--_mz-border-width) solid var(--_mz-button-bg);
    border-radius: var(--_mz-border-radius);
    cursor: pointer;
  }
  .acts-button[aria-disabled='true'] {
    cursor: progress;
  }
  .acts-received {
    font-weight: var(--_mz-font-weight-bold);
  }
  .acts :focus-visible {
    outline: var(--_mz-focus-outline-width) var(--_mz-focus-outline-style) var(--_mz-focus-outline-color);
    outline-offset: var(--_mz-focus-outline-offset);
  }
  /* The overview's "Actie nodig" (a zaak with an open task): said plainly, not in alarm colours. */
  .zaak-mark {
    margin-block: var(--_mz-space-sm) 0;
    font-weight: var(--_mz-font-weight-bold);
  }
  .acts-sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .acts-button {
      border-color: ButtonText;
    }
  }
`;
