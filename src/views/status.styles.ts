import { css } from 'lit';

/** Loading and errors (status.view.ts). */
export const statusStyles = css`
    .loading,
    .error {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--_mz-space-md);
    }
    .loading {
      flex-direction: row;
      align-items: center;
    }
    .spinner {
      inline-size: var(--_mz-icon-size);
      block-size: var(--_mz-icon-size);
      border: var(--_mz-border-width) solid var(--_mz-border-color);
      border-block-start-color: var(--_mz-color);
      border-radius: 50%;
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    .error {
      padding: var(--_mz-space-lg);
      border-inline-start: var(--_mz-notice-border-width) solid var(--_mz-error-border-color);
    }
`;
