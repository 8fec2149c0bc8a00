import { render, type TemplateResult } from 'lit';
import { tokenStyles } from '../../../src/mijn-zaken/tokens.styles.js';
import { actsStyles } from '../../../src/acts/acts.styles.js';

/**
 * A shadow root like the element's: its token resolution (tokens.styles.ts) and the acts stylesheet
 * adopted, in a `lang` container; `show` renders a template into it, as the element's render does.
 */
export function actsHost(lang = 'nl'): { host: HTMLElement; root: ShadowRoot; show: (template: unknown) => void } {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const host = document.createElement('div');
  wrapper.append(host);
  document.body.append(wrapper);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokenStyles.styleSheet!, actsStyles.styleSheet!];
  return { host, root, show: (template) => render(template as TemplateResult, root) };
}

export function cleanUp(): void {
  for (const wrapper of [...document.body.querySelectorAll(':scope > div[lang]')]) wrapper.remove();
}
