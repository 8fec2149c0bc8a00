// A sequential peer: what a server-side-style status page does, one request after another:
// zaak → zaaktype → statussen → statustypen, then the timeline; then zaakinformatieobjecten →
// the documents, then the documents list. Lit, like <mijn-zaken>, so only the loading order differs.
import { LitElement, html } from 'lit';

/** The gateway path of a ZGW URL in a body (the mock gateway serves each API under its own path). */
const viaGateway = (gateway, url) => `${gateway}${new URL(url).pathname}${new URL(url).search}`;

class BenchSequentialPeer extends LitElement {
  static properties = { gateway: {}, zaak: {}, timeline: { state: true }, documents: { state: true } };

  constructor() {
    super();
    this.gateway = '';
    this.zaak = '';
    this.timeline = null;
    this.documents = null;
  }

  async get(path) {
    const response = await fetch(path, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
    return response.json();
  }

  async connectedCallback() {
    super.connectedCallback();
    const { gateway } = this;
    const zaak = await this.get(`${gateway}/zaken/api/v1/zaken/${this.zaak}`);
    const zaaktype = await this.get(viaGateway(gateway, zaak.zaaktype));
    const statussen = (await this.get(`${gateway}/zaken/api/v1/statussen?zaak=${encodeURIComponent(zaak.url)}`)).results;
    const statustypen = (await this.get(`${gateway}/catalogi/api/v1/statustypen?zaaktype=${encodeURIComponent(zaak.zaaktype)}`)).results;
    const reached = new Set(statussen.map((status) => status.statustype));
    this.timeline = { title: zaaktype.omschrijving, steps: statustypen.map((type) => ({ title: type.omschrijving, done: reached.has(type.url) })) };
    const links = await this.get(`${gateway}/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`);
    this.documents = await Promise.all(links.map((link) => this.get(viaGateway(gateway, link.informatieobject)).catch(() => null)));
  }

  render() {
    if (!this.timeline) return html`<p role="status">Laden…</p>`;
    return html`<h2>${this.timeline.title}</h2>
      <ol part="timeline">${this.timeline.steps.map((step) => html`<li>${step.done ? '✓' : '○'} ${step.title}</li>`)}</ol>
      ${this.documents
        ? html`<ul part="documents">${this.documents.filter(Boolean).map((document) => html`<li>${document.titel}</li>`)}</ul>`
        : html`<p role="status">Documenten laden…</p>`}`;
  }
}
customElements.define('bench-sequential-peer', BenchSequentialPeer);
