/**
 * CONTRACT 1 and 8 with the built files: dist/mijn-zaken.js loads dist/mijn-zaken-acts.js from its own
 * directory, and only when the gateway announces something. The two bundles meet through the hook
 * (src/controllers/capabilities.ts) while the read bundle's internal names are shortened: tasks, the
 * overview marks and a question sent through the acts module's writes prove they still fit. Skipped
 * without a build (`npm test` builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { requestLog, scenario } from '../support/gateway.js';
import { builtPage, skipWithoutBuild, type Host } from './built-page.js';

async function page(gateway: string, zaak: string): Promise<{ frame: HTMLIFrameElement; host: Host; loads: () => string[] }> {
  const { frame, win, host } = await builtPage(gateway, zaak);
  await waitUntil(() => host.shadowRoot?.querySelector('[part="detail"], [part="overview"], [part="error"]'), 'nothing shown', { timeout: 10_000 });
  const loads = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
  return { frame, host, loads };
}

describe('dist/mijn-zaken.js and its on-demand acts module', function () {
  this.timeout(30_000);
  let frames: HTMLIFrameElement[] = [];
  before(async function () {
    await skipWithoutBuild(this);
  });
  afterEach(() => {
    frames.forEach((frame) => frame.remove());
    frames = [];
  });

  it('a read-only gateway (capabilities 404): the acts module is never requested', async () => {
    const { gateway, session } = scenario({ caps: 'off' });
    const { frame, host, loads } = await page(gateway, ZAKEN.inkomenstoeslag.uuid);
    frames.push(frame);
    await waitUntil(async () => (await requestLog(session, true)).requests.some((request) => request.path.endsWith('/capabilities') && request.status === 404), 'no capabilities request');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads()).to.deep.equal(['/dist/mijn-zaken.js']);
    expect(host.shadowRoot!.querySelector('[part="tasks"], [part="questions"]')).to.equal(null);
  });

  it('announced: dist/mijn-zaken-acts.js from the bundle\'s own directory; tasks, marks and a question work across the two bundles', async () => {
    const { gateway, session } = scenario({ caps: 'on' });
    const buren = await page(gateway, ZAKEN.inkomenstoeslag.uuid);
    frames.push(buren.frame);
    await waitUntil(() => buren.host.shadowRoot!.querySelector('[part="task"]'), 'no task', { timeout: 10_000 });
    expect(buren.loads()).to.deep.equal(['/dist/mijn-zaken.js', '/dist/mijn-zaken-acts.js']);
    expect(buren.host.shadowRoot!.querySelector('[part="task"]')!.textContent).to.include('Bankafschriften aanleveren');
    // The acts stylesheet resolves its tokens next to the bundle's renamed ones.
    expect(getComputedStyle(buren.host.shadowRoot!.querySelector('.acts-heading')!).fontWeight).to.equal('700');

    const overview = await page(gateway, '');
    frames.push(overview.frame);
    await waitUntil(() => overview.host.shadowRoot!.querySelector('.zaak-mark'), 'no overview mark', { timeout: 10_000 });

    const klacht = await page(gateway, ZAKEN.klacht.uuid);
    frames.push(klacht.frame);
    const root = klacht.host.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="question-form"] textarea'), 'no form', { timeout: 10_000 });
    const field = root.querySelector<HTMLTextAreaElement>('textarea')!;
    field.value = 'Een vraag via de CDN-bundel';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await klacht.host.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="question-form"] button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('.acts-received'), 'not received', { timeout: 10_000 });
    const writes = (await requestLog(session)).requests.filter((request) => request.method === 'POST').map((request) => request.status);
    expect(writes).to.deep.equal([201, 201]);
    const { requests } = await requestLog(session, true);
    expect(requests.filter((request) => request.path.endsWith('/capabilities')).length).to.equal(3, 'one per page (each frame is a page)');
  });
});
