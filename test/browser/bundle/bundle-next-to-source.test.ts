/**
 * The CDN bundle next to the npm package's copy on one page (CONTRACT 1). The bundle shortens its
 * internal property names (vite.config.ts, scripts/lib/internal-properties.mjs); what the two copies
 * share must keep its names: the page-wide gateway state (catalogue cache, expand support) and the
 * elements themselves (hash navigation calls the other copy's elements).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';

type Host = HTMLElement & { updateComplete: Promise<boolean> };
type FrameWindow = Window & typeof globalThis;

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

const settled = (host: Host) =>
  Boolean(host.shadowRoot?.querySelector('[part="detail"], [part="overview"], [part="error"]')) && !host.shadowRoot?.querySelector('.documents-loading');

describe('dist/mijn-zaken.js next to the npm package on one page', function () {
  this.timeout(30_000);

  it('both copies show the zaak, share one catalogue cache under the same names, and the overview works', async () => {
    const { gateway } = scenario();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    // The bundle first: it creates the shared state, the sources' copy must read it.
    frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script type="module" src="/dist/mijn-zaken.js"></script>
<script type="module">import { MijnZakenElement } from '/src/index.ts'; customElements.define('mijn-zaken-npm', class extends MijnZakenElement {});</script>
</head><body>
<mijn-zaken gateway="${gateway}" zaak="${ZAKEN.geluid.uuid}"></mijn-zaken>
<mijn-zaken-npm gateway="${gateway}" zaak="${ZAKEN.geluid.uuid}" navigation="none"></mijn-zaken-npm>
<mijn-zaken-npm gateway="${gateway}" navigation="none"></mijn-zaken-npm>
</body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow;
    await waitUntil(() => win.customElements.get('mijn-zaken') && win.customElements.get('mijn-zaken-npm'), 'both copies registered');
    const [bundle, npm, overview] = [...win.document.querySelectorAll<Host>('mijn-zaken, mijn-zaken-npm')];
    await waitUntil(() => [bundle, npm, overview].every((host) => host && settled(host)), 'the views did not settle', { timeout: 15_000 });

    const text = (host: Host) => host.shadowRoot!.querySelector<HTMLElement>('.root')!.innerText;
    expect(bundle!.shadowRoot!.querySelector('[part="detail"]'), 'bundle shows the detail').to.exist;
    expect(text(bundle!)).to.equal(text(npm!));
    expect(text(bundle!)).to.include(ZAKEN.geluid.identificatie);
    expect(overview!.shadowRoot!.querySelector('[part="overview"]'), 'npm copy shows the overview').to.exist;

    const state = (win as unknown as Record<symbol, unknown>)[Symbol.for('mijn-zaken.gateway-state.v1')] as Record<string, unknown>;
    expect(Object.keys(state).sort()).to.deep.equal(['catalogue', 'withoutExpand']);
    expect((state.catalogue as Map<string, unknown>).size, 'catalogue answers cached').to.be.greaterThan(0);
  });
});
