// A theme switcher (toolbar global "theme") over the matrix the tests use: the theme's class on the
// story's wrapper, which also paints the theme's document background and text colour.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@nl-design-system-community/ma-design-tokens/dist/theme.css';
import '@nl-design-system-community/ma-design-tokens/dist/color-scheme-dark/theme.css';
import '@gemeente-denhaag/design-tokens-components/dist/theme/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/design-tokens/dist/dark/theme.css';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '../src/define.js';

const THEMES: Record<string, { title: string; className: string }> = {
  none: { title: 'Geen thema', className: '' },
  voorbeeld: { title: 'Voorbeeld', className: 'voorbeeld-theme' },
  'mooi-en-anders': { title: 'Mooi & Anders', className: 'ma-theme' },
  'mooi-en-anders-dark': { title: 'Mooi & Anders, donker', className: 'ma-theme ma-theme--color-scheme-dark' },
  'den-haag': { title: 'Den Haag', className: 'denhaag-theme' },
  utrecht: { title: 'Utrecht', className: 'utrecht-theme' },
  'utrecht-dark': { title: 'Utrecht, donker', className: 'utrecht-theme--dark' },
  rijkshuisstijl: { title: 'Rijkshuisstijl', className: 'rhc-theme' },
};

const withTheme: Decorator = (story, context) => {
  const theme = THEMES[String(context.globals['theme'] ?? 'voorbeeld')] ?? THEMES['none']!;
  return html`<div
    class=${theme.className}
    lang="nl"
    style="padding: 16px; min-block-size: 100vh; box-sizing: border-box; background-color: var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #fff)); color: var(--basis-color-default-color-document, var(--utrecht-document-color, #000));"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'NL Design System theme',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'voorbeeld' },
  parameters: { layout: 'fullscreen' },
};

export default preview;
