/**
 * The CDN build end to end: dist/mijn-zaken.js with `refresh` loads dist/mijn-zaken-live.js from its own
 * directory (and a page without `refresh` does not), which follows the zaak with the read bundle's own
 * objects (names the read bundle shortens would be undefined here) and renders with its Lit; the "Nieuw"
 * mark's stylesheet resolves the tokens on its own. Skipped when there is no build (`npm test` builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';
import { setNextStatus } from './support.js';

async function frameWith(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><script type="module" src="/dist/mijn-zaken.js"></script></head><body>${markup}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const liveScripts = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/dist/mijn-zaken-live.js'));

describe('dist/mijn-zaken-live.js from dist/mijn-zaken.js', () => {
  before(async function () {
    if (!(await fetch('/dist/mijn-zaken-live.js', { method: 'HEAD' })).ok) this.skip();
  });

  it('loads only with refresh; an event-free check after a new status shows it, marked and styled', async () => {
    const { gateway, session } = scenario();
    const frame = await frameWith(
      `<mijn-zaken id="live" gateway="${gateway}" zaak="${ZAKEN.geluid.uuid}" refresh="30"></mijn-zaken>`,
    );
    const element = frame.contentDocument!.getElementById('live')!;
    const root = () => element.shadowRoot;
    await waitUntil(() => root()?.querySelector('.live-updated'), 'the live module did not start', { timeout: 10000 });
    expect(liveScripts(frame)).to.have.length(1);
    expect(root()!.querySelector('.live-updated')!.textContent).to.match(/^Bijgewerkt om \d\d:\d\d$/);
    const updates: unknown[] = [];
    element.addEventListener('mijn-zaken-update', (event) => updates.push((event as CustomEvent).detail));
    await setNextStatus(session, ZAKEN.geluid.uuid);
    // The page comes back into view: a check at once.
    frame.contentDocument!.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => root()!.querySelector('.live-new'), 'no new step', { timeout: 10000 });
    expect(updates).to.deep.equal([{ zaak: ZAKEN.geluid.uuid, steps: 1 }]);
    const mark = root()!.querySelector('.live-new')!;
    const style = frame.contentWindow!.getComputedStyle(mark);
    expect(mark.textContent).to.equal('Nieuw');
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
    expect(style.fontWeight).to.equal('700');
    frame.remove();
  });

  it('a page without refresh loads none of it', async () => {
    const frame = await frameWith(`<mijn-zaken id="still" gateway="${scenario().gateway}" zaak="${ZAKEN.woz.uuid}"></mijn-zaken>`);
    const element = frame.contentDocument!.getElementById('still')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="step"]'), 'not shown', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(liveScripts(frame)).to.have.length(0);
    expect(element.shadowRoot!.querySelector('.live-updated')).to.equal(null);
    frame.remove();
  });
});
