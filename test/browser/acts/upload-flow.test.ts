/**
 * CONTRACT 8, documents from the resident, end to end in Chromium: the upload view and its controller
 * in a small host element (shadow root with the element's styles), the real write path (write.ts,
 * XMLHttpRequest) and the real mock gateway over HTTP (demo/gateway/resources/documents.mjs), which
 * validates every body against the Documenten and Zaken specs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { parseCapabilities, type Capabilities } from '../../../src/acts/capabilities.js';
import { actsStyles } from '../../../src/acts/acts.styles.js';
import { canUpload, type UploadCapabilities } from '../../../src/acts/upload.js';
import { UploadController, type UploadItem } from '../../../src/acts/upload.controller.js';
import { uploadMessagesFor } from '../../../src/acts/upload.messages.js';
import { uploadStyles } from '../../../src/acts/upload.styles.js';
import { renderUpload } from '../../../src/acts/upload.view.js';
import { GatewayClient } from '../../../src/gateway/client.js';
import { tokenStyles } from '../../../src/mijn-zaken/tokens.styles.js';
import type { MijnZakenErrorDetail, MijnZakenSubmitDetail } from '../../../src/vocabulary.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { requestLog, scenario, type LoggedRequest } from '../support/gateway.js';

const MIB = 1024 * 1024;
const BUREN = ZAKEN.inkomenstoeslag;

class UploadTestHost extends LitElement {
  static override styles = [tokenStyles, actsStyles, uploadStyles];
  controller!: UploadController;
  upload!: UploadCapabilities;
  language = 'nl';
  refreshed = 0;

  override render() {
    const c = this.controller;
    return renderUpload(
      { upload: this.upload, items: c.items, problems: c.problems, announcement: c.announcement },
      { onChoose: (files) => c.choose(files), onCancel: (id) => void c.cancel(id), onRetry: (id) => c.retry(id) },
      { headingLevel: 2, t: uploadMessagesFor(this.language), language: this.language, idPrefix: 'mz1' },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.stop();
  }
}
customElements.define('upload-test-host', UploadTestHost);

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15000) });
  return { status: response.status, body: response.ok ? ((await response.json()) as Record<string, unknown>) : null };
}

/** The host for the Buren zaak of a scenario; `upload` overrides the gateway's announcement (to provoke its 400). */
async function mount(options: Record<string, string | number> = {}, upload?: Partial<UploadCapabilities>) {
  const { gateway, session } = scenario({ caps: 'on', ...options });
  const caps: Capabilities = parseCapabilities((await getJson(`${gateway}/mijn-zaken/v1/capabilities`)).body);
  const zaak = (await getJson(`${gateway}/zaken/api/v1/zaken/${BUREN.uuid}`)).body!;
  expect(canUpload(zaak, caps.upload), 'the mock lets the Buren zaak take documents').to.equal(true);
  const host = document.createElement('upload-test-host') as UploadTestHost;
  host.upload = { ...caps.upload!, ...upload };
  const client = new GatewayClient({ gateway: new URL(gateway, location.href).href, credentials: 'same-origin' });
  host.controller = new UploadController(host, {
    client,
    zaak: { url: String(zaak.url), uuid: BUREN.uuid },
    upload: host.upload,
    idPrefix: 'mz1',
    onDone: () => host.refreshed++,
  });
  const events: Array<CustomEvent> = [];
  for (const type of ['mijn-zaken-submit', 'mijn-zaken-error']) document.addEventListener(type, (e) => events.push(e as CustomEvent));
  document.body.append(host);
  await host.updateComplete;
  const root = host.shadowRoot!;
  /** Every text the live region says, in order. */
  const spoken: string[] = [];
  const live = root.querySelector('[aria-live="polite"]')!;
  new MutationObserver(() => live.textContent?.trim() && spoken.push(live.textContent.trim())).observe(live, { childList: true, subtree: true, characterData: true });
  const input = () => root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const choose = (...files: File[]) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input().files = transfer.files;
    input().dispatchEvent(new Event('change', { bubbles: true }));
  };
  const item = (index = 0): UploadItem => host.controller.items[index]!;
  const settled = (index = 0, phases = ['done', 'failed', 'cancelled', 'cleanup-failed']) =>
    waitUntil(() => item(index) && phases.includes(item(index).phase), `upload ${index} did not settle`, { timeout: 15000 });
  const writes = async () => (await requestLog(session)).requests.filter((r) => r.method !== 'GET').map((r: LoggedRequest) => `${r.method} ${r.path.split('/api/v1/')[1]?.replace(/[0-9a-f-]{36}/g, '{uuid}')} ${r.status}`);
  return { host, root, gateway, session, zaak, spoken, events, input, choose, item, settled, writes };
}

const pdf = (bytes: number, name = 'bankafschrift.pdf') => new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });

describe('CONTRACT 8 documents from the resident (view, controller, mock gateway)', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('upload-test-host')) host.remove();
  });

  it('8.3 a small file goes in one request, then the zaakinformatieobject; the list refreshes, mijn-zaken-submit, focus on "ontvangen"', async () => {
    const t = await mount();
    await expectAccessible(t.host);
    t.input().focus();
    t.choose(pdf(20_000));
    await t.settled();
    expect(t.item().phase).to.equal('done');
    expect(await t.writes()).to.deep.equal(['POST enkelvoudiginformatieobjecten 201', 'POST zaakinformatieobjecten 201']);
    expect(t.host.refreshed).to.equal(1);
    const submit = t.events.filter((e) => e.type === 'mijn-zaken-submit').map((e) => e.detail as MijnZakenSubmitDetail);
    expect(submit).to.deep.equal([{ what: 'document', zaak: BUREN.uuid }]);
    const status = t.root.getElementById(`${t.item().id}-status`)!;
    await waitUntil(() => t.root.activeElement === status, 'focus goes to the message');
    expect(status.textContent).to.contain('bankafschrift.pdf is ontvangen');
    // The document is linked to the zaak and downloads as sent.
    const links = (await (await fetch(`${t.gateway}/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(String(t.zaak.url))}`)).json()) as Array<{ informatieobject: string }>;
    const document_ = links.at(-1)!.informatieobject;
    const eio = (await getJson(`${t.gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/${document_.split('/').at(-1)}`)).body!;
    expect(eio).to.include({ titel: 'bankafschrift', bestandsnaam: 'bankafschrift.pdf', bestandsomvang: 20_000, formaat: 'application/pdf', taal: 'dut', auteur: 'Inwoner', locked: false });
    const bytes = await (await fetch(`${t.gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/${document_.split('/').at(-1)}/download`)).arrayBuffer();
    expect(bytes.byteLength).to.equal(20_000);
    await expectAccessible(t.host);
  });

  it('8.3 a file over 1 MiB goes in parts (create with bestandsomvang → PUT each part → unlock → link), progress said at 25/50/75/100 only', async () => {
    // Each request waits 100 ms at the gateway: the bar is there to be read, even on a busy machine.
    const t = await mount({ 'part-size': 512 * 1024, delay: 100 });
    const file = pdf(2.5 * MIB);
    t.choose(file);
    await waitUntil(() => t.root.querySelector('progress'), 'a progress bar', { timeout: 5000 });
    const bar = t.root.querySelector('progress')!;
    expect(bar.getAttribute('part')).to.equal('upload-progress');
    expect(bar.getAttribute('aria-label')).to.equal('Versturen van bankafschrift.pdf');
    await t.settled();
    expect(t.item().phase).to.equal('done');
    expect(await t.writes()).to.deep.equal([
      'POST enkelvoudiginformatieobjecten 201',
      ...Array(5).fill('PUT bestandsdelen/{uuid} 200'),
      'POST enkelvoudiginformatieobjecten/{uuid}/unlock 204',
      'POST zaakinformatieobjecten 201',
    ]);
    const progress = t.spoken.filter((text) => text.includes('procent'));
    expect(progress).to.deep.equal(['bankafschrift.pdf: 25 procent verstuurd.', 'bankafschrift.pdf: 50 procent verstuurd.', 'bankafschrift.pdf: 75 procent verstuurd.', 'bankafschrift.pdf: 100 procent verstuurd.']);
    const links = (await (await fetch(`${t.gateway}/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(String(t.zaak.url))}`)).json()) as Array<{ informatieobject: string }>;
    const uuid = links.at(-1)!.informatieobject.split('/').at(-1);
    const eio = (await getJson(`${t.gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}`)).body!;
    expect(eio).to.include({ bestandsomvang: file.size, locked: false });
  });

  it('8.3 files that do not fit are refused before anything is sent: each its own message, the field marked', async () => {
    const t = await mount({ 'caps-max-bytes': 2 * MIB });
    t.input().focus();
    t.choose(new File(['x'], 'brief.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), pdf(3 * MIB, 'groot.pdf'), new File([], 'leeg.pdf', { type: 'application/pdf' }));
    await t.host.updateComplete;
    expect(await t.writes()).to.deep.equal([]);
    expect(t.host.controller.items).to.have.length(0);
    const input = t.input();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('mz1-upload-file-hint mz1-upload-file-error');
    const messages = [...t.root.querySelectorAll('#mz1-upload-file-error li')].map((li) => li.textContent?.trim());
    expect(messages).to.deep.equal([
      'brief.docx kunnen we niet aannemen. Dit soort bestand is niet toegestaan. Kies een ander bestand.',
      'groot.pdf is te groot. Een bestand mag niet groter zijn dan 2 MB.',
      'leeg.pdf is leeg. Kies een ander bestand.',
    ]);
    expect(t.root.activeElement, 'focus stays on the field').to.equal(input);
    await waitUntil(() => t.spoken.some((s) => s.includes('groot.pdf is te groot')), 'the problems are said');
    await expectAccessible(t.host);
    // A good file next clears the marks.
    t.choose(pdf(1000));
    await t.settled();
    expect(t.input().getAttribute('aria-invalid')).to.equal('false');
  });

  it('8.3 Cancel during a part aborts it and deletes the document: nothing half made stays; focus on the message', async () => {
    // The first part hangs at the gateway.
    const t = await mount({ 'part-size': 512 * 1024, hang: 1, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
    t.choose(pdf(2 * MIB));
    await waitUntil(async () => (await t.writes()).some((w) => w.startsWith('PUT')), 'the first part is on its way', { timeout: 10000 });
    const cancel = [...t.root.querySelectorAll('button')].find((b) => b.textContent?.includes('Stop met versturen'))!;
    cancel.focus();
    await expectAccessible(t.host);
    cancel.click();
    await t.settled();
    expect(t.item().phase).to.equal('cancelled');
    const writes = await t.writes();
    expect(writes.at(-1)).to.equal('DELETE enkelvoudiginformatieobjecten/{uuid} 204');
    expect(writes.filter((w) => w.startsWith('POST zaakinformatieobjecten'))).to.deep.equal([]);
    const log = (await requestLog(t.session)).requests;
    const documentUuid = log.find((r) => r.method === 'DELETE')!.path.split('/').at(-1);
    expect((await getJson(`${t.gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/${documentUuid}`)).status).to.equal(404);
    const status = t.root.getElementById(`${t.item().id}-status`)!;
    await waitUntil(() => t.root.activeElement === status, 'focus goes to the message');
    expect(status.textContent).to.contain('U heeft het versturen van bankafschrift.pdf gestopt');
    expect(t.host.refreshed).to.equal(0);
    expect(t.events.filter((e) => e.type === 'mijn-zaken-submit')).to.deep.equal([]);
    await expectAccessible(t.host);
  });

  it('8.3 a failed part can be sent again: only that part and what follows, into the same document', async () => {
    const t = await mount({ 'part-size': 512 * 1024, fail: 503, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
    t.choose(pdf(1.5 * MIB));
    await t.settled();
    expect(t.item()).to.include({ phase: 'failed', failure: 'unavailable' });
    const status = t.root.getElementById(`${t.item().id}-status`)!;
    await waitUntil(() => t.root.activeElement === status, 'focus goes to the message after the error');
    expect(status.textContent).to.contain('niet helemaal verstuurd');
    expect(status.textContent).to.contain('Het lukt nu even niet bij ons.');
    await expectAccessible(t.host);
    const retry = [...t.root.querySelectorAll('button')].find((b) => b.textContent?.includes('Opnieuw proberen'))!;
    retry.click();
    await t.settled(0, ['done', 'cancelled']);
    expect(await t.writes()).to.deep.equal([
      'POST enkelvoudiginformatieobjecten 201',
      'PUT bestandsdelen/{uuid} 503',
      'PUT bestandsdelen/{uuid} 200',
      'PUT bestandsdelen/{uuid} 200',
      'PUT bestandsdelen/{uuid} 200',
      'POST enkelvoudiginformatieobjecten/{uuid}/unlock 204',
      'POST zaakinformatieobjecten 201',
    ]);
    const log = (await requestLog(t.session)).requests.filter((r) => r.method === 'PUT');
    const failed = log.find((r) => r.status === 503)!;
    expect(log.at(-1)!.path, 'the failed part is the one sent again').to.equal(failed.path);
    expect(new Set(log.map((r) => r.path)).size, 'each of the 3 parts, one of them twice').to.equal(3);
    expect(t.host.refreshed).to.equal(1);
  });

  it('8.3 a 400 from the gateway: mijn-zaken-error rejected, the field marked with its message, nothing left, focus on the field', async () => {
    // The element is told PNG may go; the gateway takes only PDF.
    const t = await mount({ 'caps-accept': 'pdf' }, { accept: ['application/pdf', 'image/png'] });
    t.choose(new File([new Uint8Array(5000)], 'foto.png', { type: 'image/png' }));
    await waitUntil(() => t.host.controller.problems.length > 0 && t.host.controller.items.length === 0, 'refused');
    expect(await t.writes()).to.deep.equal(['POST enkelvoudiginformatieobjecten 400']);
    const errors = t.events.filter((e) => e.type === 'mijn-zaken-error').map((e) => e.detail as MijnZakenErrorDetail);
    expect(errors).to.deep.equal([{ kind: 'rejected', status: 400 }]);
    await t.host.updateComplete;
    const input = t.input();
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(t.root.getElementById('mz1-upload-file-error')?.textContent).to.contain('foto.png kunnen we niet aannemen');
    await waitUntil(() => t.root.activeElement === input, 'focus goes to the field');
    await expectAccessible(t.host);
  });

  it('8.3 texts in English and Frisian too, axe clean with a file in progress', async () => {
    for (const lang of ['en', 'fy']) {
      const t = await mount({ 'part-size': 512 * 1024, hang: 1, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
      t.host.language = lang;
      t.host.requestUpdate();
      t.choose(pdf(2 * MIB));
      await waitUntil(() => t.root.querySelector('progress'), 'a progress bar', { timeout: 5000 });
      expect(t.root.querySelector('label')?.textContent).to.equal(lang === 'en' ? 'Choose one or more files' : 'Kies ien of mear bestannen');
      await expectAccessible(t.host);
      await t.host.controller.cancel(t.item().id);
      t.host.remove();
    }
  });
});
