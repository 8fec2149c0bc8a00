/** The theme matrix: NL Design System themes from npm (devDependencies), loaded with a <link>, class on an ancestor. */
import { executeServerCommand } from '@web/test-runner-commands';

export type MarkerState = 'checked' | 'current' | 'not-checked';
export type MarkerProperty = 'background-color' | 'border-color' | 'color';

export interface Theme {
  id: string;
  label: string;
  /** Stylesheets, in order. */
  css: string[];
  /** Classes on the ancestor. */
  className: string;
  /** The theme's own token for a marker colour; null: the theme has none, so the element's built-in value applies. */
  markerToken: (state: MarkerState, property: MarkerProperty) => string | null;
}

const todo = (state: MarkerState, property: MarkerProperty) => `--todo-progress-list-step-marker-${state}-${property}`;
const VOORBEELD = '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
const MA = '/node_modules/@nl-design-system-community/ma-design-tokens/dist/theme.css';
const UTRECHT = '/node_modules/@utrecht/design-tokens/dist/theme.css';

export const THEMES: readonly Theme[] = [
  { id: 'none', label: 'Geen thema', css: [], className: '', markerToken: () => null },
  { id: 'voorbeeld', label: 'Voorbeeld', css: [VOORBEELD], className: 'voorbeeld-theme', markerToken: todo },
  { id: 'mooi-en-anders', label: 'Mooi & Anders', css: [MA], className: 'ma-theme', markerToken: todo },
  {
    id: 'mooi-en-anders-dark',
    label: 'Mooi & Anders, donker',
    css: [MA, '/node_modules/@nl-design-system-community/ma-design-tokens/dist/color-scheme-dark/theme.css'],
    className: 'ma-theme ma-theme--color-scheme-dark',
    markerToken: todo,
  },
  {
    id: 'den-haag',
    label: 'Den Haag',
    css: ['/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css'],
    className: 'denhaag-theme',
    markerToken: (state, property) => `--denhaag-step-marker-${state}-${property}`,
  },
  {
    id: 'utrecht',
    label: 'Utrecht',
    css: [UTRECHT],
    className: 'utrecht-theme',
    // Utrecht 5.0.1 has the older process-steps names; its not-checked marker is the unmodified one.
    markerToken: (state, property) =>
      state === 'not-checked' ? `--denhaag-process-steps-step-marker-${property}` : `--denhaag-process-steps-step-marker-${state}-${property}`,
  },
  {
    id: 'utrecht-dark',
    label: 'Utrecht, donker',
    css: ['/node_modules/@utrecht/design-tokens/dist/dark/theme.css'],
    className: 'utrecht-theme--dark',
    markerToken: (state, property) =>
      state === 'not-checked' ? `--denhaag-process-steps-step-marker-${property}` : `--denhaag-process-steps-step-marker-${state}-${property}`,
  },
  {
    id: 'rijkshuisstijl',
    label: 'Rijkshuisstijl',
    css: ['/node_modules/@rijkshuisstijl-community/design-tokens/dist/index.css'],
    className: 'rhc-theme',
    // Only a few basis tokens: the not-checked marker follows them, the others keep the built-in values.
    markerToken: (state, property) =>
      state !== 'not-checked'
        ? null
        : { 'background-color': '--basis-color-default-bg-document', 'border-color': '--basis-color-default-border-default', color: '--basis-color-default-color-subtle' }[property],
  },
];

const loaded = new Map<string, Promise<void>>();

/** Adds the theme's stylesheets to the document once (they only apply under the theme class). */
export async function loadTheme(theme: Theme): Promise<void> {
  await Promise.all(
    theme.css.map((href) => {
      let promise = loaded.get(href);
      if (!promise) {
        promise = new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`could not load ${href}`));
          document.head.append(link);
        });
        loaded.set(href, promise);
      }
      return promise;
    }),
  );
}

/**
 * A themed page: the theme class on an ancestor that also paints the theme's document background and
 * text colour, as a portal page with the theme does (utrecht-document / basis). Returns the ancestor.
 */
export async function themedContainer(theme: Theme): Promise<HTMLElement> {
  await loadTheme(theme);
  const container = document.createElement('div');
  container.className = theme.className;
  container.dataset['theme'] = theme.id;
  container.style.cssText =
    'background-color: var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #fff));' +
    'color: var(--basis-color-default-color-document, var(--utrecht-document-color, #000));' +
    'padding: 16px;';
  document.body.append(container);
  return container;
}

/** The computed value of a colour token in the theme's scope (a probe element in the container). */
export function resolveColor(container: Element, token: string, property: MarkerProperty): string {
  const probe = document.createElement('span');
  const cssProperty = property === 'border-color' ? 'border-top-color' : property;
  probe.style.setProperty('border-top-style', 'solid');
  probe.style.setProperty(cssProperty, `var(${token})`);
  container.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(cssProperty);
  probe.remove();
  return value;
}

export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

/** Emulates CSS media features (forced-colors too) through the test server; no argument resets. */
export async function emulate(features: MediaFeatures = {}): Promise<void> {
  await executeServerCommand('mz-media', features);
}

/** Writes screenshots/<name>.png of an element's box (page coordinates). */
export async function screenshot(element: Element, name: string): Promise<void> {
  const rect = element.getBoundingClientRect();
  await executeServerCommand('mz-screenshot', {
    name,
    clip: { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height },
  });
}
