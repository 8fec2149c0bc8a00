import { css } from 'lit';

/**
 * Every design token the element reads, resolved once on `:host` into a private `--_mz-*` variable:
 * own `--mijnzaken-*` token → community Progress List `--todo-progress-list-*` → `--basis-*` →
 * `--utrecht-document-*` (typography) → a readable literal. Public tokens are only read, never declared,
 * so any NL Design System theme can set them. Literals are chosen to pass WCAG 2.2 AA on white.
 */
export const tokenStyles = css`
  :host {
    --_mz-font-family: var(--mijnzaken-font-family, var(--basis-text-font-family-default, var(--utrecht-document-font-family, system-ui, sans-serif)));
    --_mz-font-size: var(--mijnzaken-font-size, var(--basis-text-font-size-md, var(--utrecht-document-font-size, 1rem)));
    --_mz-line-height: var(--mijnzaken-line-height, var(--basis-text-line-height-md, var(--utrecht-document-line-height, 1.5)));
    --_mz-color: var(--mijnzaken-color, var(--basis-color-default-color-document, var(--utrecht-document-color, #1a1a1a)));
    --_mz-color-subtle: var(--mijnzaken-color-subtle, var(--basis-color-default-color-subtle, #545454));
    --_mz-background-color: var(--mijnzaken-background-color, var(--basis-color-default-bg-document, #ffffff));
    --_mz-border-color: var(--mijnzaken-border-color, var(--basis-color-default-border-default, #767676));
    --_mz-heading-font-family: var(--mijnzaken-heading-font-family, var(--basis-heading-font-family, var(--_mz-font-family)));
    --_mz-heading-font-weight: var(--mijnzaken-heading-font-weight, var(--basis-heading-font-weight, bold));
    --_mz-heading-color: var(--mijnzaken-heading-color, var(--basis-heading-color, var(--_mz-color)));
    --_mz-link-color: var(--mijnzaken-link-color, var(--utrecht-link-color, var(--basis-color-action-1-color-default, #0b57d0)));
    --_mz-link-hover-color: var(--mijnzaken-link-hover-color, var(--utrecht-link-hover-color, var(--basis-color-action-1-color-hover, #083d91)));
    --_mz-space-sm: var(--mijnzaken-space-sm, var(--basis-space-block-sm, 0.25rem));
    --_mz-space-md: var(--mijnzaken-space-md, var(--basis-space-block-md, 0.5rem));
    --_mz-space-lg: var(--mijnzaken-space-lg, var(--basis-space-block-lg, 0.75rem));
    --_mz-space-xl: var(--mijnzaken-space-xl, var(--basis-space-block-2xl, 1.5rem));
    --_mz-border-radius: var(--mijnzaken-border-radius, var(--basis-border-radius-md, 0.25rem));

    --_mz-marker-size: var(--mijnzaken-progress-list-step-marker-size, var(--todo-progress-list-step-marker-size, var(--basis-size-sm, 2rem)));
    --_mz-marker-border-width: var(--mijnzaken-progress-list-step-marker-border-width, var(--todo-progress-list-step-marker-border-width, var(--basis-border-width-md, 2px)));
    --_mz-marker-font-weight: var(--mijnzaken-progress-list-step-marker-font-weight, var(--todo-progress-list-step-marker-font-weight, bold));
    --_mz-marker-checked-bg: var(--mijnzaken-progress-list-step-marker-checked-background-color, var(--todo-progress-list-step-marker-checked-background-color, var(--basis-color-positive-inverse-bg-default, #006827)));
    --_mz-marker-checked-border-color: var(--mijnzaken-progress-list-step-marker-checked-border-color, var(--todo-progress-list-step-marker-checked-border-color, var(--_mz-marker-checked-bg)));
    --_mz-marker-checked-color: var(--mijnzaken-progress-list-step-marker-checked-color, var(--todo-progress-list-step-marker-checked-color, var(--basis-color-positive-inverse-color-default, #ffffff)));
    --_mz-marker-current-bg: var(--mijnzaken-progress-list-step-marker-current-background-color, var(--todo-progress-list-step-marker-current-background-color, var(--basis-color-default-inverse-bg-document, #1a1a1a)));
    --_mz-marker-current-border-color: var(--mijnzaken-progress-list-step-marker-current-border-color, var(--todo-progress-list-step-marker-current-border-color, var(--_mz-marker-current-bg)));
    --_mz-marker-current-color: var(--mijnzaken-progress-list-step-marker-current-color, var(--todo-progress-list-step-marker-current-color, var(--basis-color-default-inverse-color-document, #ffffff)));
    --_mz-marker-not-checked-bg: var(--mijnzaken-progress-list-step-marker-not-checked-background-color, var(--todo-progress-list-step-marker-not-checked-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_mz-marker-not-checked-border-color: var(--mijnzaken-progress-list-step-marker-not-checked-border-color, var(--todo-progress-list-step-marker-not-checked-border-color, var(--basis-color-default-border-default, #767676)));
    --_mz-marker-not-checked-color: var(--mijnzaken-progress-list-step-marker-not-checked-color, var(--todo-progress-list-step-marker-not-checked-color, var(--basis-color-default-color-subtle, #545454)));
    --_mz-sub-marker-size: var(--mijnzaken-progress-list-step-marker-nested-size, var(--todo-progress-list-step-marker-nested-size, var(--basis-size-2xs, 1rem)));
    --_mz-connector-width: var(--mijnzaken-progress-list-connector-border-width, var(--todo-progress-list-connector-border-width, var(--basis-border-width-md, 2px)));
    --_mz-connector-checked-color: var(--mijnzaken-progress-list-connector-checked-border-color, var(--todo-progress-list-connector-checked-border-color, var(--basis-color-positive-border-default, #006827)));
    --_mz-connector-not-checked-color: var(--mijnzaken-progress-list-connector-not-checked-border-color, var(--todo-progress-list-connector-not-checked-border-color, var(--basis-color-default-border-default, #767676)));
    --_mz-step-heading-font-size: var(--mijnzaken-progress-list-step-heading-font-size, var(--todo-progress-list-step-heading-font-size, var(--_mz-font-size)));
    --_mz-step-heading-checked-color: var(--mijnzaken-progress-list-step-heading-checked-color, var(--todo-progress-list-step-heading-checked-color, var(--basis-color-positive-color-default, #006827)));
    --_mz-step-heading-current-color: var(--mijnzaken-progress-list-step-heading-current-color, var(--todo-progress-list-step-heading-current-color, var(--_mz-color)));
    --_mz-step-heading-not-checked-color: var(--mijnzaken-progress-list-step-heading-not-checked-color, var(--todo-progress-list-step-heading-not-checked-color, var(--_mz-color-subtle)));
    --_mz-target-min-size: var(--mijnzaken-pointer-target-min-size, var(--todo-progress-list-button-min-block-size, var(--basis-pointer-target-min-block-size, 2.75rem)));

    --_mz-focus-outline-color: var(--mijnzaken-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a));
    --_mz-focus-outline-width: var(--mijnzaken-focus-outline-width, var(--basis-focus-outline-width, 2px));
    --_mz-focus-outline-style: var(--mijnzaken-focus-outline-style, var(--basis-focus-outline-style, solid));
    --_mz-focus-outline-offset: var(--mijnzaken-focus-outline-offset, var(--basis-focus-outline-offset, 2px));
    --_mz-focus-background-color: var(--mijnzaken-focus-background-color, var(--basis-focus-background-color, #ffdd00));
    --_mz-focus-color: var(--mijnzaken-focus-color, var(--basis-focus-color, #1a1a1a));

    --_mz-notice-bg: var(--mijnzaken-notice-warning-background-color, var(--basis-color-warning-bg-default, #fff4ce));
    --_mz-notice-border-color: var(--mijnzaken-notice-warning-border-color, var(--basis-color-warning-border-default, #8a6100));
    --_mz-notice-color: var(--mijnzaken-notice-warning-color, var(--basis-color-warning-color-document, var(--_mz-color)));
    --_mz-error-border-color: var(--mijnzaken-error-border-color, var(--basis-color-negative-border-default, #c40d0d));
    --_mz-button-bg: var(--mijnzaken-button-background-color, var(--basis-color-action-1-inverse-bg-default, #0b57d0));
    --_mz-button-color: var(--mijnzaken-button-color, var(--basis-color-action-1-inverse-color-default, #ffffff));
  }
`;
