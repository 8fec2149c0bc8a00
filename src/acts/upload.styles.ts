import { css } from 'lit';

/**
 * Styles of "Document toevoegen", adopted with the acts styles. Only private `--_mz-*` tokens
 * (vite.on-demand.ts adds their `:host` resolution to every src/acts/*.styles.ts), logical properties.
 */
export const uploadStyles = css`
  .acts-file {
    display: block;
    max-inline-size: 100%;
    margin-block: var(--_mz-space-sm) 0;
    min-block-size: var(--_mz-target-min-size);
    font: inherit;
    color: var(--_mz-color);
  }
  .acts-file[aria-invalid='true'] {
    outline: var(--_mz-border-width) solid var(--_mz-error-border-color);
    outline-offset: var(--_mz-space-sm);
  }
  .acts-file::file-selector-button {
    min-block-size: var(--_mz-target-min-size);
    margin-inline-end: var(--_mz-space-md);
    padding-inline: var(--_mz-space-lg);
    font: inherit;
    font-weight: var(--_mz-font-weight-bold);
    color: var(--_mz-button-color);
    background-color: var(--_mz-button-bg);
    border: var(--_mz-border-width) solid var(--_mz-button-bg);
    border-radius: var(--_mz-border-radius);
    cursor: pointer;
  }
  .acts-problems {
    margin-block: var(--_mz-space-sm);
    padding-inline-start: var(--_mz-space-md);
    list-style: none;
  }
  .acts-uploads {
    margin-block-start: var(--_mz-space-lg);
  }
  .acts-file-name {
    overflow-wrap: anywhere;
  }
  .acts-progress {
    display: block;
    inline-size: 100%;
    block-size: var(--_mz-space-md);
    margin-block: var(--_mz-space-sm);
    accent-color: var(--_mz-button-bg);
  }
  .acts-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mz-space-sm);
  }
  .acts-button-secondary {
    color: var(--_mz-link-color);
    background-color: var(--_mz-background-color);
    border-color: var(--_mz-link-color);
  }
  .acts-error-note {
    font-weight: var(--_mz-font-weight-bold);
    border-inline-start: var(--_mz-notice-border-width) solid var(--_mz-error-border-color);
    padding-inline-start: var(--_mz-space-md);
  }
  @media (forced-colors: active) {
    .acts-file::file-selector-button,
    .acts-button-secondary {
      border-color: ButtonText;
    }
  }
`;
