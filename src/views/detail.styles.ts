import { css } from 'lit';

/** The detail of one zaak (detail.view.ts): its header, sections, notices and the key facts list. */
export const detailStyles = css`
    .detail,
    .section {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-lg);
    }
    .detail {
      gap: var(--_mz-space-xl);
    }
    .detail-header {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-sm);
    }
    .detail-title,
    .section-title {
      color: var(--_mz-heading-color);
      font-family: var(--_mz-heading-font-family);
      font-weight: var(--_mz-heading-font-weight);
      line-height: var(--_mz-heading-line-height);
    }
    .detail-title {
      font-size: var(--_mz-title-font-size);
    }
    .section-title {
      font-size: var(--_mz-section-title-font-size);
    }
    .zaaknummer .label {
      font-weight: var(--_mz-font-weight-bold);
    }
    .zaaknummer .label::after {
      content: ':';
    }
    /* One unit: a zaaknummer split at its hyphen reads as two numbers. */
    .zaaknummer .value {
      display: inline-block;
      font-variant-numeric: tabular-nums;
    }

    .notice {
      padding: var(--_mz-space-lg);
      border-inline-start: var(--_mz-notice-border-width) solid var(--_mz-notice-border-color);
      background-color: var(--_mz-notice-bg);
      color: var(--_mz-notice-color);
    }

    .details {
      display: grid;
      gap: var(--_mz-space-md);
    }
    .details-row {
      display: grid;
      gap: 0 var(--_mz-space-lg);
    }
    @container (min-inline-size: 32rem) {
      .details-row {
        grid-template-columns: minmax(10rem, 1fr) 2fr;
      }
    }
    .details dt {
      font-weight: var(--_mz-font-weight-bold);
    }
    .details dd {
      display: flex;
      flex-direction: column;
    }
`;
