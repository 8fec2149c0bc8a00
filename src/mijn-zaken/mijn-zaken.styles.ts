import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

/** Adopted stylesheets only: they work under a strict CSP without `unsafe-inline`. */
export const styles = [
  tokenStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    /* Text styles live on the wrapper the element always renders, not on :host: the page's inherited
       text styles, and even \* { all: unset } on the host, stop here. Slotted content inherits them too. */
    .root {
      display: block;
      container-type: inline-size;
      color: var(--_mz-color);
      font-family: var(--_mz-font-family);
      font-size: var(--_mz-font-size);
      line-height: var(--_mz-line-height);
      font-weight: var(--_mz-font-weight);
      font-style: normal;
      font-variant: normal;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      overflow-wrap: anywhere;
      visibility: visible;
      cursor: auto;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    p,
    dl,
    dd,
    ol,
    ul,
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 0;
    }
    ol,
    ul {
      list-style: none;
      padding: 0;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :focus-visible {
      outline: var(--_mz-focus-outline-width) var(--_mz-focus-outline-style) var(--_mz-focus-outline-color);
      outline-offset: var(--_mz-focus-outline-offset);
    }

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

    /* Timeline: markers and connectors are drawn with CSS; shape and line style carry the state too. */
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
    .button {
      min-block-size: var(--_mz-target-min-size);
      min-inline-size: var(--_mz-target-min-size);
      padding-inline: var(--_mz-space-lg);
      border: var(--_mz-border-width) solid transparent;
      border-radius: var(--_mz-border-radius);
      background-color: var(--_mz-button-bg);
      color: var(--_mz-button-color);
      font: inherit;
      font-weight: var(--_mz-font-weight-bold);
      cursor: pointer;
    }
    /* Stays focusable at the first and last page; looks unavailable without relying on colour alone. */
    .button[aria-disabled='true'] {
      border-style: dashed;
      border-color: var(--_mz-border-color);
      color: var(--_mz-color-subtle);
      cursor: not-allowed;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
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
      .button {
        border-color: ButtonText;
      }
      .button[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
    }
  `,
];
