/**
 * CONTRACT 1 and 8 with the built files: "Document toevoegen" from dist/mijn-zaken-acts.js inside
 * dist/mijn-zaken.js (internal names shortened, two bundles): a file in parts is received, the
 * documents list refreshes, and a 400 is `mijn-zaken-error` kind `rejected`. Skipped without a build.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { requestLog, scenario } from '../support/gateway.js';
import { builtPage, skipWithoutBuild } from './built-page.js';

async function page(gateway: string, zaak: string) {
  const { frame, win, host } = await builtPage(gateway, zaak);
  const root = () => host.shadowRoot!;
  await waitUntil(() => root().querySelector('[part="upload"] input[type="file"]'), 'no upload section', { timeout: 10_000 });
  const choose = (file: File) => {
    const input = root().querySelector<HTMLInputElement>('[part="upload"] input[type="file"]')!;
    const transfer = new win.DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
  };
  const events: CustomEvent[] = [];
  for (const type of ['mijn-zaken-submit', 'mijn-zaken-error']) host.addEventListener(type, (event) => events.push(event as CustomEvent));
  return { frame, win, host, root, choose, events };
}

describe('dist/mijn-zaken.js with its acts module: Document toevoegen', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  before(async function () {
    await skipWithoutBuild(this);
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('8.3 a file in parts is received across the two bundles and the documents list refreshes', async () => {
    const { gateway, session } = scenario({ caps: 'on', 'part-size': 512 * 1024 });
    const t = await page(gateway, ZAKEN.inkomenstoeslag.uuid);
    frames.push(t.frame);
    await waitUntil(() => t.root().querySelector('[part="documents"]'), 'no documents', { timeout: 10_000 });
    const count = () => t.root().querySelectorAll('[part="document"]').length;
    const before = count();
    t.choose(new t.win.File([new Uint8Array(1.5 * 1024 * 1024).fill(37)], 'Bankafschrift.pdf', { type: 'application/pdf' }));
    await waitUntil(() => t.root().querySelector('[part="upload"] .acts-received'), 'not received', { timeout: 15_000 });
    await waitUntil(() => count() === before + 1, 'the documents list did not refresh', { timeout: 10_000 });
    expect(t.events.map((e) => [e.type, e.detail])).to.deep.equal([['mijn-zaken-submit', { what: 'document', zaak: ZAKEN.inkomenstoeslag.uuid }]]);
    const writes = (await requestLog(session)).requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
    expect(writes).to.deep.equal(['POST 201', 'PUT 200', 'PUT 200', 'PUT 200', 'POST 204', 'POST 201']);
    // The upload stylesheet resolves its tokens next to the bundle's renamed ones: the progress bar was full width.
    expect(getComputedStyle(t.root().querySelector('.acts-file')!).display).to.equal('block');
  });

  it('8.3 a 400 on the create is mijn-zaken-error rejected, with the field marked', async () => {
    // Every Documenten object answers 400 (the documents list fails too, on its own): the create is refused.
    const { gateway } = scenario({ caps: 'on', fail: 400, 'fail-on': 'enkelvoudiginformatieobjecten' });
    const t = await page(gateway, ZAKEN.inkomenstoeslag.uuid);
    frames.push(t.frame);
    t.choose(new t.win.File([new Uint8Array(2000)], 'klein.pdf', { type: 'application/pdf' }));
    await waitUntil(() => t.events.length > 0, 'no event', { timeout: 10_000 });
    expect(t.events.map((e) => [e.type, e.detail])).to.deep.equal([['mijn-zaken-error', { kind: 'rejected', status: 400 }]]);
    await t.host.updateComplete;
    expect(t.root().querySelector('[part="upload"] input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(t.root().querySelector('[part="upload"] .acts-problems')!.textContent).to.include('klein.pdf is niet aangenomen');
  });
});
