import { nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { languageOf, type Language } from '../i18n/messages.js';

/**
 * The language of all text and dates, from `lang` on the host or its nearest ancestor (across shadow
 * roots). `lang` can change on any of them (`document.documentElement.lang = 'en'`): each one's attribute
 * is watched, and a change re-renders (never refetches). Moved elsewhere, the ancestors may differ.
 */
export class LanguageController implements ReactiveController {
  #host: ReactiveElement;
  /** Public for tests: what it watches. */
  readonly observer: MutationObserver;

  constructor(host: ReactiveElement) {
    this.#host = host;
    this.observer = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  #ancestry(): Element[] {
    const chain: Element[] = [];
    for (let node: Element | null = this.#host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) chain.push(node);
    return chain;
  }

  hostConnected(): void {
    this.observer.disconnect();
    for (const node of this.#ancestry()) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** `lang` as written; empty when none says. */
  get #inherited(): string {
    return this.#ancestry().find((node) => node.getAttribute('lang'))?.getAttribute('lang') ?? '';
  }

  /** `en-GB` → `en`, `fy-NL` → `fy`, unknown or none → `nl`. */
  get language(): Language {
    return languageOf(this.#inherited);
  }

  /** For the content root, only when the page around says otherwise, so screen readers pronounce it right. */
  get rootLang(): Language | typeof nothing {
    const inherited = this.#inherited;
    const language = languageOf(inherited);
    return inherited.trim().toLowerCase().split(/[-_]/)[0] === language ? nothing : language;
  }
}
