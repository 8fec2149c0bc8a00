import { css } from 'lit';

/** The steps (timeline.view.ts): markers and connectors are drawn with CSS; shape and line style carry the state too. */
export const timelineStyles = css`
    .timeline {
      display: flex;
      flex-direction: column;
    }
    .step {
      display: grid;
      grid-template-columns: var(--_mz-marker-size) minmax(0, 1fr);
      column-gap: var(--_mz-space-lg);
      position: relative;
      padding-block-end: var(--_mz-space-xl);
    }
    .step--last {
      padding-block-end: 0;
    }
    .step:not(.step--last)::before {
      content: '';
      position: absolute;
      inset-block: var(--_mz-marker-size) 0;
      inset-inline-start: calc((var(--_mz-marker-size) - var(--_mz-connector-width)) / 2);
      border-inline-start: var(--_mz-connector-width) dashed var(--_mz-connector-not-checked-color);
    }
    .step--checked:not(.step--last)::before {
      border-inline-start-style: solid;
      border-inline-start-color: var(--_mz-connector-checked-color);
    }
    .step-marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--_mz-marker-size);
      block-size: var(--_mz-marker-size);
      border-radius: 50%;
      border: var(--_mz-marker-border-width) solid var(--_mz-marker-not-checked-border-color);
      background-color: var(--_mz-marker-not-checked-bg);
      color: var(--_mz-marker-not-checked-color);
      font-weight: var(--_mz-marker-font-weight);
      font-size: var(--_mz-marker-font-size);
      line-height: 1;
      margin-block-start: calc((var(--_mz-target-min-size) - var(--_mz-marker-size)) / 2);
    }
    .step--checked .step-marker {
      border-color: var(--_mz-marker-checked-border-color);
      background-color: var(--_mz-marker-checked-bg);
      color: var(--_mz-marker-checked-color);
    }
    .step--current .step-marker {
      border-color: var(--_mz-marker-current-border-color);
      background-color: var(--_mz-marker-current-bg);
      color: var(--_mz-marker-current-color);
    }
    .marker-icon {
      inline-size: 70%;
      block-size: 70%;
    }
    .step-body {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-sm);
      min-inline-size: 0;
    }
    .step-title {
      font-size: var(--_mz-step-heading-font-size);
      font-weight: var(--_mz-step-heading-font-weight);
      color: var(--_mz-step-heading-not-checked-color);
    }
    .step--checked .step-title {
      color: var(--_mz-step-heading-checked-color);
    }
    .step--current .step-title {
      color: var(--_mz-step-heading-current-color);
    }
    .step-title > .step-title-text {
      display: flex;
      align-items: center;
      min-block-size: var(--_mz-target-min-size);
    }
    .step-toggle {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_mz-space-md);
      inline-size: 100%;
      min-block-size: var(--_mz-target-min-size);
      padding: 0;
      margin: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .step-toggle:focus-visible {
      background-color: var(--_mz-focus-background-color);
      color: var(--_mz-focus-color);
    }
    .chevron {
      flex: none;
      inline-size: var(--_mz-icon-size);
      block-size: var(--_mz-icon-size);
    }
    .step-toggle[aria-expanded='true'] .chevron {
      transform: rotate(180deg);
    }
    .step-date,
    .sub-step-date,
    .document-date,
    .document-error,
    .step-note {
      color: var(--_mz-color-subtle);
      font-size: var(--_mz-font-size-sm);
    }
    .step-panel {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-md);
    }
    .sub-steps {
      display: flex;
      flex-direction: column;
      gap: var(--_mz-space-md);
    }
    .sub-step {
      display: grid;
      grid-template-columns: var(--_mz-sub-marker-size) minmax(0, 1fr);
      column-gap: var(--_mz-space-md);
    }
    /* Shape as well as colour (1.4.1): a finished sub-step has a tick, the current one a dot, as the steps. */
    .sub-step-marker {
      display: inline-flex;
      justify-content: center;
      align-items: center;
      inline-size: var(--_mz-sub-marker-size);
      block-size: var(--_mz-sub-marker-size);
      margin-block-start: calc((1lh - var(--_mz-sub-marker-size)) / 2);
      border-radius: 50%;
      border: var(--_mz-marker-border-width) solid var(--_mz-marker-checked-border-color);
      background-color: var(--_mz-marker-checked-bg);
      color: var(--_mz-marker-checked-color);
    }
    .sub-step--current .sub-step-marker {
      border-color: var(--_mz-marker-current-border-color);
      background-color: var(--_mz-marker-current-bg);
      color: var(--_mz-marker-current-color);
    }
    .show-earlier {
      align-self: flex-start;
    }
    .sub-step-text {
      display: flex;
      flex-direction: column;
    }
    @media (forced-colors: active) {
      .step-marker,
      .sub-step-marker {
        forced-color-adjust: none;
        border-color: CanvasText;
        background-color: Canvas;
        color: CanvasText;
      }
      /* Three fills: finished (solid text colour, ✓), current (highlight, number), to come (empty, number). */
      .step--checked .step-marker,
      .sub-step-marker {
        background-color: CanvasText;
        color: Canvas;
      }
      .step--current .step-marker,
      .sub-step--current .sub-step-marker {
        background-color: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      .step:not(.step--last)::before {
        border-inline-start-color: CanvasText;
      }
    }
`;
