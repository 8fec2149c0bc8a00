import { css } from 'lit';

/** Shared by every part: the host and its wrapper, the reset against host-page styles, headings, lists,
 * visually hidden text, the focus ring and buttons. Adopted stylesheets only: they work under a strict CSP. */
export const sharedStyles = css`
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
      .button {
        border-color: ButtonText;
      }
      .button[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
    }
`;
