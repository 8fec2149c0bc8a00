/**
 * CONTRACT 5: a new `accessToken`, `headers` (compared by value) or `labels` is used from the next
 * request or render on; it does not reload or blank what is shown, nor move focus.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, shadow, textOf } from '../support/render.js';

/** A detail element, with properties set before it connects, once its documents are in. */
async function detail(gateway: string, zaak: string, properties: Partial<Pick<MijnZakenElement, 'accessToken' | 'headers' | 'labels'>>) {
  const element = document.createElement('mijn-zaken');
  Object.assign(element, properties);
  element.setAttribute('gateway', gateway);
  element.setAttribute('zaak', zaak);
  element.setAttribute('navigation', 'none');
  const loads: CustomEvent[] = [];
  element.addEventListener('mijn-zaken-load', (event) => loads.push(event));
  const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
  document.body.append(element);
  await loaded;
  await documentsSettled(element);
  return { element, loads };
}

/** Lets anything the change might have started arrive at the gateway. */
const settle = async (element: MijnZakenElement) => {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 400));
  await element.updateComplete;
};

const noLoadingState = (element: MijnZakenElement) => !shadow(element).querySelector('.loading');

describe('<mijn-zaken> property changes', () => {
  beforeEach(freshPage);

  it('a token refresh with focus inside the detail: focus stays, no loading state, no request; the next request carries the new token', async () => {
    const { gateway, session } = scenario({ token: 'old-token|new-token' });
    const { element, loads } = await detail(gateway, ZAKEN.documents.uuid, { accessToken: 'old-token' });
    const toggle = all<HTMLButtonElement>(element, '.step-toggle')[0];
    expect(toggle, 'a step toggle to focus').to.exist;
    toggle!.focus();
    expect(shadow(element).activeElement).to.equal(toggle);
    const title = one(element, '.detail-title');
    const before = (await requestLog(session)).requests.length;
    const shown = textOf(shadow(element));

    let sawLoading = false;
    const watcher = new MutationObserver(() => (sawLoading ||= !noLoadingState(element)));
    watcher.observe(shadow(element), { childList: true, subtree: true });
    element.accessToken = 'new-token';
    await settle(element);
    watcher.disconnect();

    expect(sawLoading, 'a loading state appeared').to.equal(false);
    expect((await requestLog(session)).requests.length, 'requests after the refresh').to.equal(before);
    expect(shadow(element).activeElement, 'focus moved').to.equal(toggle);
    expect(toggle!.isConnected && title.isConnected, 'the detail was re-rendered from scratch').to.equal(true);
    expect(textOf(shadow(element))).to.equal(shown);
    expect(loads).to.have.length(1);

    all<HTMLAnchorElement>(element, '[part="document"] a')[0]!.click();
    await waitUntil(async () => (await requestLog(session)).requests.some((request) => request.path.endsWith('/download')), 'no download request');
    const { requests } = await requestLog(session);
    expect(requests.slice(0, before).every((request) => request.token === 0)).to.equal(true);
    expect(requests.find((request) => request.path.endsWith('/download'))?.token).to.equal(1);
    element.remove();
  });

  it('headers: an equal new object changes nothing; a different one reloads nothing and goes with the next request', async () => {
    const { gateway, session } = scenario({ token: 'tok' });
    const { element, loads } = await detail(gateway, ZAKEN.documents.uuid, { accessToken: 'tok', headers: { 'X-Request-ID': 'first' } });
    const before = (await requestLog(session)).requests.length;
    element.headers = { 'X-Request-ID': 'first' };
    expect(element.isUpdatePending, 'an equal headers object requested an update').to.equal(false);
    element.headers = { 'X-Request-ID': 'second' };
    await settle(element);
    expect((await requestLog(session)).requests.length).to.equal(before);
    expect(noLoadingState(element)).to.equal(true);
    expect(loads).to.have.length(1);
    all<HTMLAnchorElement>(element, '[part="document"] a')[0]!.click();
    await waitUntil(async () => (await requestLog(session)).requests.some((request) => request.path.endsWith('/download')), 'no download request');
    const { requests } = await requestLog(session);
    expect(requests.slice(0, before).every((request) => request.headers['x-request-id'] === 'first')).to.equal(true);
    expect(requests.find((request) => request.path.endsWith('/download'))?.headers['x-request-id']).to.equal('second');
    element.remove();
  });

  it('labels by value: an equal new object re-renders nothing; new labels re-render the titles without a request', async () => {
    const { gateway, session } = scenario();
    const { element, loads } = await detail(gateway, ZAKEN.woz.uuid, { labels: { 'Bezwaar ontvangen': 'Wij hebben uw bezwaar' } });
    expect(textOf(shadow(element))).to.contain('Wij hebben uw bezwaar');
    const before = (await requestLog(session)).requests.length;
    element.labels = { 'Bezwaar ontvangen': 'Wij hebben uw bezwaar' };
    expect(element.isUpdatePending, 'equal labels requested an update').to.equal(false);
    element.labels = { 'Bezwaar ontvangen': 'Uw bezwaar is binnen' };
    await settle(element);
    expect(textOf(shadow(element))).to.contain('Uw bezwaar is binnen');
    expect(textOf(shadow(element))).not.to.contain('Wij hebben uw bezwaar');
    expect(noLoadingState(element)).to.equal(true);
    expect((await requestLog(session)).requests.length).to.equal(before);
    // Re-renders for other reasons keep the view model of equal labels: no second load event from them.
    const count = loads.length;
    element.labels = { 'Bezwaar ontvangen': 'Uw bezwaar is binnen' };
    element.requestUpdate();
    await settle(element);
    expect(loads).to.have.length(count);
    element.remove();
  });

  it('a new token after a 401 loads what failed (the portal refreshed an expired token)', async () => {
    const { gateway } = scenario({ token: 'fresh' });
    const element = document.createElement('mijn-zaken');
    element.accessToken = 'expired';
    element.setAttribute('gateway', gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const failed = new Promise<CustomEvent>((resolve) => element.addEventListener('mijn-zaken-error', resolve as EventListener, { once: true }));
    document.body.append(element);
    expect((await failed).detail.kind).to.equal('unauthorized');
    const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
    element.accessToken = 'fresh';
    await loaded;
    expect(textOf(shadow(element))).to.contain(ZAKEN.woz.identificatie);
    element.remove();
  });
});
