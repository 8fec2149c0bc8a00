import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { searchSummaries, type OverviewView } from '../model/overview.js';
import { renderOverview, type OverviewSection, type OverviewViewContext } from '../views/overview.view.js';

/**
 * The resident's search and page in the overview. A new search starts both lists at page 1; a new page
 * is announced through `say` (focus stays on the button pressed: it never hides); `status` is what the
 * status region should say of the list on screen (the search result), set while rendering.
 */
export class OverviewBrowsing {
  status = '';
  #host: ReactiveControllerHost;
  #say: (text: string) => void;
  #query = '';
  #pages: Record<OverviewSection, number> = { open: 1, closed: 1 };

  constructor(host: ReactiveControllerHost, say: (text: string) => void) {
    this.#host = host;
    this.#say = say;
  }

  render(overview: OverviewView, context: Omit<OverviewViewContext, 'total' | 'query' | 'pages' | 'onSearch' | 'onPage'>): TemplateResult {
    const { t } = context;
    const query = this.#query;
    const filtered = { open: searchSummaries(overview.open, query), closed: searchSummaries(overview.closed, query) };
    this.status = query.trim() ? t.searchResult(filtered.open.length + filtered.closed.length) : '';
    return renderOverview(filtered, {
      ...context,
      query,
      total: overview.open.length + overview.closed.length,
      pages: this.#pages,
      onSearch: (next) => {
        this.#query = next;
        this.#pages = { open: 1, closed: 1 };
        this.#host.requestUpdate();
      },
      onPage: (section, page, count) => {
        this.#pages = { ...this.#pages, [section]: page };
        this.#host.requestUpdate();
        this.#say(`${section === 'open' ? t.openHeading : t.closedHeading}: ${t.pageOf(page, count)}`);
      },
    });
  }
}
