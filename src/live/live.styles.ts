import { css } from 'lit';

/**
 * The "Nieuw" mark and the "Bijgewerkt om" line, adopted next to the element's own styles. Only the
 * element's private `--_mz-*` tokens (the live build adds their `:host` resolution, as the acts build does).
 * The mark is text with a border, not colour alone (WCAG 1.4.1), and never moves the title's first word.
 */
export const liveStyles = css`
  .live-new {
    display: inline-block;
    margin-inline-start: var(--_mz-space-sm);
    padding-inline: var(--_mz-space-sm);
    border: var(--_mz-border-width) solid var(--_mz-marker-current-border-color);
    border-radius: var(--_mz-border-radius);
    color: var(--_mz-color);
    background-color: var(--_mz-notice-bg);
    font-size: var(--_mz-font-size-sm);
    font-weight: var(--_mz-font-weight-bold);
    line-height: var(--_mz-line-height);
    vertical-align: baseline;
  }
  .live-updated {
    margin-block: var(--_mz-space-md) 0;
    color: var(--_mz-color-subtle);
    font-size: var(--_mz-font-size-sm);
  }
`;
