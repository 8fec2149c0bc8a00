// The floor: the least a Lit element can do for this job. Lit + @lit/task, one request (the
// resident's zaken list), one list rendered. `npm run bench` compares <mijn-zaken> against it.
import { Task } from '@lit/task';
import { LitElement, html } from 'lit';

class BenchFloor extends LitElement {
  static properties = { gateway: {} };

  constructor() {
    super();
    this.gateway = '';
    this.zaken = new Task(this, {
      args: () => [this.gateway],
      task: async ([gateway], { signal }) => {
        const response = await fetch(`${gateway}/zaken/api/v1/zaken`, { signal, credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()).results;
      },
    });
  }

  render() {
    return this.zaken.render({
      pending: () => html`<p role="status">Laden…</p>`,
      complete: (zaken) => html`<ul part="overview">${zaken.map((zaak) => html`<li>${zaak.omschrijving} (${zaak.identificatie})</li>`)}</ul>`,
      error: () => html`<p role="alert">Er ging iets mis.</p>`,
    });
  }
}
customElements.define('bench-floor', BenchFloor);
