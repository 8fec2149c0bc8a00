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
    /* The loading state's reserved space (status.view.ts): sized from tokens, still. */
    .skeleton {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-xl);
      margin-block-start: var(--_mz-space-xl);
    }
    .skeleton > i {
      min-block-size: calc(2 * var(--_mz-marker-size));
      border: var(--_mz-border-width) solid var(--_mz-border-color);
      border-radius: var(--_mz-border-radius);
    }
    .detail-skeleton > :first-child {
      min-block-size: var(--_mz-space-xl);
      inline-size: 60%;
    }
    .overview-skeleton > i {
      min-block-size: calc(5 * var(--_mz-marker-size));
    }
    /* Details, then documents. */
    .detail-skeleton > :last-child {
      min-block-size: calc(11 * var(--_mz-marker-size));
    }
    .error {
      padding: var(--_mz-space-lg);
      border-inline-start: var(--_mz-notice-border-width) solid var(--_mz-error-border-color);
    }
`;
