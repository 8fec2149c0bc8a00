import { css } from 'lit';

/** The overview and the way back; only the private `--_mz-*` tokens of tokens.styles.ts. */
export const overviewStyles = css`
  .overview,
  .overview-section {
    display: flex;
    flex-direction: column;
    gap: var(--_mz-space-lg);
  }
  .overview {
    gap: var(--_mz-space-xl);
  }
  .count {
    font-weight: var(--_mz-font-weight);
  }
  .zaken {
    display: grid;
    gap: var(--_mz-space-lg);
  }
  .overview--cards .zaken {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .zaak {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_mz-space-md);
    padding: var(--_mz-space-lg);
    border: 1px solid var(--_mz-border-color);
    border-radius: var(--_mz-border-radius);
    background-color: var(--_mz-background-color);
  }
  .overview--list .zaken {
    gap: 0;
  }
  .overview--list .zaak {
    border-radius: 0;
    border-inline-width: 0;
    border-block-start-width: 0;
    padding-inline: 0;
  }
  .zaak:hover {
    border-color: var(--_mz-link-color);
  }
  .zaak-title {
    font-size: var(--_mz-font-size-lg);
    line-height: var(--_mz-heading-line-height);
  }
  .zaak-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_mz-link-color);
    font: inherit;
    font-weight: var(--_mz-font-weight-bold);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: var(--_mz-link-underline-offset);
    cursor: pointer;
  }
  /* The whole card is the target; the link stays the one accessible control. */
  .zaak-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .zaak-link:hover {
    color: var(--_mz-link-hover-color);
    text-decoration-thickness: var(--_mz-link-hover-underline-thickness);
  }
  .zaak-link:focus-visible {
    outline: none;
  }
  .zaak-link:focus-visible::after {
    outline: var(--_mz-focus-outline-width) var(--_mz-focus-outline-style) var(--_mz-focus-outline-color);
    outline-offset: var(--_mz-focus-outline-offset);
  }
  .zaak-link:focus-visible .zaak-title-text {
    background-color: var(--_mz-focus-background-color);
    color: var(--_mz-focus-color);
  }
  .zaak-facts {
    display: grid;
    gap: var(--_mz-space-sm);
  }
  .zaak-fact {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_mz-space-md);
  }
  .zaak-fact dt {
    font-weight: var(--_mz-font-weight-bold);
  }
  .zaak-fact dt::after {
    content: ':';
  }
  .zaak--closed .zaak-fact:last-child dd {
    color: var(--_mz-color-subtle);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_mz-space-sm);
    max-inline-size: 30rem;
  }
  .search-label {
    font-weight: var(--_mz-font-weight-bold);
  }
  .search-input {
    min-block-size: var(--_mz-target-min-size);
    padding-inline: var(--_mz-space-md);
    border: var(--_mz-border-width) solid var(--_mz-border-color);
    border-radius: var(--_mz-border-radius);
    background-color: var(--_mz-background-color);
    color: var(--_mz-color);
    font: inherit;
  }
  .search-result:empty {
    display: none;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mz-space-md);
  }
  .button--secondary {
    border-color: var(--_mz-link-color);
    background-color: var(--_mz-background-color);
    color: var(--_mz-link-color);
  }
  .back {
    margin-block-end: var(--_mz-space-lg);
  }
  .back-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_mz-space-sm);
    min-block-size: var(--_mz-target-min-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_mz-link-color);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: var(--_mz-link-underline-offset);
    cursor: pointer;
  }
  .back-button:focus-visible {
    background-color: var(--_mz-focus-background-color);
    color: var(--_mz-focus-color);
  }
  .back-icon {
    inline-size: 1em;
    block-size: 1em;
  }
  .detail-title:focus {
    outline: none;
  }
  .detail-title:focus-visible {
    outline: var(--_mz-focus-outline-width) var(--_mz-focus-outline-style) var(--_mz-focus-outline-color);
  }
`;
