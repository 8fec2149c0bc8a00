/**
 * CONTRACT 8 in the element: "Document toevoegen" from the acts module's sections table, against the
 * real mock gateway. Select files, progress, a failed part and its retry, cancel, success that
 * refreshes the documents list, `mijn-zaken-submit`, focus and axe in each state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MijnZakenSubmitDetail } from '../../../src/vocabulary.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog as sessionLog, scenario, type LoggedRequest } from '../support/gateway.js';
import { all, documentsSettled, renderElement, shadow, textOf } from '../support/render.js';

const MIB = 1024 * 1024;
/** The mock's log names each request's resource too. */
const requestLog = async (session: string) => (await sessionLog(session)) as unknown as { requests: Array<LoggedRequest & { resource: string | null }> };
const pdf = (bytes: number, name: string) => new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });

async function show(options: Record<string, string | number>, zaak: string = ZAKEN.inkomenstoeslag.uuid, attributes: Record<string, string> = {}) {
  const { gateway, session } = scenario({ caps: 'on', ...options });
  const { element } = await renderElement({ gateway, zaak, attributes });
  await documentsSettled(element);
  const root = shadow(element);
  const choose = (...files: File[]) => {
    const input = root.querySelector<HTMLInputElement>('[part="upload"] input[type="file"]')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const submits: MijnZakenSubmitDetail[] = [];
  element.addEventListener('mijn-zaken-submit', (event) => submits.push(event.detail));
  const documents = () => all(element, '[part="document"]').map((d) => textOf(d));
  const button = (words: string) => all<HTMLButtonElement>(element, '[part="upload"] button').find((b) => b.textContent?.includes(words));
  const statusOf = () => root.querySelector<HTMLElement>('[part="upload"] [id$="-status"]');
  return { element, root, session, choose, submits, documents, button, statusOf };
}

describe('CONTRACT 8 element: Document toevoegen', () => {
  beforeEach(freshPage);

  it('8.3 offered for an open zaak of an announced zaaktype, after the documents and before the questions; not otherwise', async () => {
    const { element, root } = await show({});
    await waitUntil(() => root.querySelector('[part="upload"]'), 'no upload section', { timeout: 5000 });
    const order = all(element, '[part="documents"], [part="upload"], [part="questions"]').map((node) => node.getAttribute('part'));
    expect(order.indexOf('upload')).to.be.greaterThan(order.indexOf('documents'));
    expect(order.indexOf('upload')).to.be.lessThan(order.indexOf('questions'));
    expect(textOf(root.querySelector('[part="upload"] label'))).to.equal('Kies een of meer bestanden');
    await expectAccessible(element);

    for (const [why, zaak, attributes] of [
      ['a zaaktype not announced', ZAKEN.woz.uuid, {}],
      ['a closed zaak', ZAKEN.closed.uuid, {}],
      ['the medewerker view', ZAKEN.inkomenstoeslag.uuid, { audience: 'medewerker' }],
    ] as const) {
      const other = await show({}, zaak, attributes);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(other.root.querySelector('[part="upload"]'), why).to.equal(null);
      other.element.parentElement?.remove();
    }
    const readOnly = await show({ caps: 'off' });
    expect(readOnly.root.querySelector('[part="upload"]'), 'a plain ZGW gateway').to.equal(null);
  });

  it('8.3 select → progress → a failed part → retry → received: the documents list shows it, mijn-zaken-submit, focus on the message', async () => {
    const t = await show({ 'part-size': 512 * 1024, fail: 503, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
    await waitUntil(() => t.root.querySelector('[part="upload"]'), 'no upload section', { timeout: 5000 });
    const before = t.documents();
    t.choose(pdf(1.5 * MIB, 'Bankafschriften oktober.pdf'));
    await waitUntil(() => t.root.querySelector('[part="upload-progress"]'), 'a progress bar', { timeout: 5000 });
    expect(t.root.querySelector('[part="upload-progress"]')?.getAttribute('aria-label')).to.equal('Versturen van Bankafschriften oktober.pdf');
    await waitUntil(() => t.button('Opnieuw proberen'), 'the failed part offers a retry', { timeout: 10000 });
    await waitUntil(() => t.root.activeElement === t.statusOf(), 'focus on the failure');
    expect(textOf(t.statusOf())).to.include('niet helemaal verstuurd');
    await expectAccessible(t.element);
    t.button('Opnieuw proberen')!.click();
    await waitUntil(() => textOf(t.statusOf()).includes('is ontvangen'), 'received', { timeout: 10000 });
    await waitUntil(() => t.root.activeElement === t.statusOf(), 'focus on the message');
    expect(t.submits).to.deep.equal([{ what: 'document', zaak: ZAKEN.inkomenstoeslag.uuid }]);
    await waitUntil(() => t.documents().length === before.length + 1, 'the documents list refreshes', { timeout: 5000 });
    expect(t.documents().some((d) => d.includes('Bankafschriften oktober'))).to.equal(true);
    expect(textOf(t.statusOf()), 'the message stays after the list reloads').to.include('is ontvangen');
    const writes = (await requestLog(t.session)).requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.resource} ${r.status}`);
    expect(writes.filter((w) => w.includes('503'))).to.deep.equal(['PUT bestandsdelen 503']);
    expect(writes.at(-1)).to.equal('POST zaakinformatieobjecten 201');
    await expectAccessible(t.element);
  });

  it('8.3 Cancel: the half-sent document is deleted, the documents list stays as it was, focus on the message', async () => {
    const t = await show({ 'part-size': 512 * 1024, hang: 1, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
    await waitUntil(() => t.root.querySelector('[part="upload"]'), 'no upload section', { timeout: 5000 });
    const before = t.documents();
    t.choose(pdf(2 * MIB, 'groot.pdf'));
    await waitUntil(() => t.button('Stop met versturen'), 'a Cancel button');
    await waitUntil(async () => (await requestLog(t.session)).requests.some((r) => r.method === 'PUT'), 'parts on their way', { timeout: 10000 });
    const cancel = t.button('Stop met versturen')!;
    cancel.focus();
    cancel.click();
    await waitUntil(() => textOf(t.statusOf()).includes('gestopt'), 'cancelled', { timeout: 10000 });
    await waitUntil(() => t.root.activeElement === t.statusOf(), 'focus on the message');
    const log = (await requestLog(t.session)).requests.filter((r) => r.method !== 'GET');
    expect(log.at(-1)).to.include({ method: 'DELETE', resource: 'enkelvoudiginformatieobjecten', status: 204 });
    expect(log.some((r) => r.resource === 'zaakinformatieobjecten')).to.equal(false);
    expect(t.submits).to.deep.equal([]);
    expect(t.documents()).to.deep.equal(before);
    await expectAccessible(t.element);
  });

  it('8.3 another zaak shown, or the element removed, mid-upload: the half-sent document is deleted', async () => {
    for (const leave of ['zaak', 'remove'] as const) {
      const t = await show({ 'part-size': 512 * 1024, hang: 1, 'fail-on': 'bestandsdelen', 'fail-times': 1 });
      await waitUntil(() => t.root.querySelector('[part="upload"]'), 'no upload section', { timeout: 5000 });
      t.choose(pdf(2 * MIB, 'half.pdf'));
      await waitUntil(async () => (await requestLog(t.session)).requests.some((r) => r.method === 'PUT'), 'parts on their way', { timeout: 10000 });
      if (leave === 'zaak') t.element.setAttribute('zaak', ZAKEN.woz.uuid);
      else t.element.remove();
      await waitUntil(async () => (await requestLog(t.session)).requests.some((r) => r.method === 'DELETE' && r.status === 204), `${leave}: the document is not deleted`, { timeout: 10000 });
      const writes = (await requestLog(t.session)).requests.filter((r) => r.method !== 'GET');
      expect(writes.some((r) => r.resource === 'zaakinformatieobjecten'), leave).to.equal(false);
      expect(t.submits, leave).to.deep.equal([]);
    }
  });
});
