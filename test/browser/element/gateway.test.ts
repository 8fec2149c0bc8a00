import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario, type LoggedRequest } from '../support/gateway.js';
import { all, documentsSettled, renderElement, shadow, textOf } from '../support/render.js';

const resource = (request: LoggedRequest) => request.path.split('/api/v1/')[1]?.split('/')[0] ?? '';

describe('<mijn-zaken> and its gateway (CONTRACT 5)', () => {
  beforeEach(freshPage);

  it('requests nothing outside the gateway, only GET, never a BSN', async () => {
    const observed: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => observed.push(entry.name)));
    observer.observe({ type: 'resource', buffered: false });
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.documents.uuid });
    await documentsSettled(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const fromElement = observed.filter((name) => !name.includes('/_log/'));
    expect(fromElement.length).to.be.greaterThan(0);
    for (const name of fromElement) expect(name.startsWith(`${location.origin}${gateway}/`), name).to.equal(true);
    const { requests } = await requestLog(session);
    expect(requests.every((request) => request.method === 'GET')).to.equal(true);
    for (const request of requests) {
      expect(`${request.path}?${new URLSearchParams(request.query).toString()}`).not.to.match(/(^|[^0-9])\d{9}([^0-9]|$)/);
    }
  });

  it('asks for expand on the zaak and sends filter values exactly as the back end wrote them', async () => {
    const { gateway, session } = scenario();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    await documentsSettled(element);
    const { requests } = await requestLog(session);
    const zaak = requests.find((request) => resource(request) === 'zaken');
    expect(zaak?.query.expand).to.equal('zaaktype,status,status.statustype,resultaat,resultaat.resultaattype');
    const statussen = requests.find((request) => resource(request) === 'statussen');
    expect(statussen?.query.zaak).to.equal(`https://openzaak.gemeente.example/zaken/api/v1/zaken/${ZAKEN.woz.uuid}`);
    const statustypen = requests.find((request) => resource(request) === 'statustypen');
    expect(statustypen?.query.zaaktype).to.match(/^https:\/\/openzaak\.gemeente\.example\/catalogi\/api\/v1\/zaaktypen\//);
    // Expanded: no separate zaaktype request.
    expect(requests.filter((request) => resource(request) === 'zaaktypen')).to.have.length(0);
  });

  it('maps per-API hosts onto the gateway and sends their own URLs as filters', async () => {
    const { gateway, session } = scenario({ layout: 'per-api' });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.documents.uuid });
    await documentsSettled(element);
    const { requests } = await requestLog(session);
    const statussen = requests.find((request) => resource(request) === 'statussen');
    expect(statussen?.query.zaak).to.equal(`https://zaken.gemeente.example/api/v1/zaken/${ZAKEN.documents.uuid}`);
    expect(requests.some((request) => request.path.startsWith(`${gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/`))).to.equal(true);
  });

  it('completes the timeline in 2 sequential round trips and the documents in 3', async () => {
    const { gateway, session } = scenario({ barrier: 60 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.geluid.uuid });
    await documentsSettled(element);
    const { requests, rounds } = await requestLog(session);
    const roundOf = (name: string) => Math.max(...requests.filter((request) => resource(request) === name).map((request) => request.round ?? 99));
    for (const name of ['zaken', 'statussen', 'statustypen']) expect(roundOf(name), name).to.be.at.most(2);
    for (const name of ['zaakinformatieobjecten', 'enkelvoudiginformatieobjecten']) expect(roundOf(name), name).to.be.at.most(3);
    expect(rounds).to.equal(3);
  });

  it('falls back to plain requests on a 400 for expand, and remembers that for the page', async () => {
    const { gateway, session } = scenario({ expand: 'off' });
    const first = await renderElement({ gateway, zaak: ZAKEN.closed.uuid });
    expect(first.event.type).to.equal('mijn-zaken-load');
    expect(textOf(shadow(first.element))).to.contain('Toegekend');
    const second = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    expect(second.event.type).to.equal('mijn-zaken-load');
    const zaken = (await requestLog(session)).requests.filter((request) => resource(request) === 'zaken');
    expect(zaken.map((request) => request.query.expand !== undefined)).to.deep.equal([true, false, false]);
  });

  it('treats an answer without _expand as a gateway without expand', async () => {
    const { gateway, session } = scenario({ expand: 'ignore' });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.closed.uuid });
    expect(textOf(shadow(element))).to.contain('Toegekend');
    await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    const { requests } = await requestLog(session);
    const zaken = requests.filter((request) => resource(request) === 'zaken');
    expect(zaken.map((request) => request.query.expand !== undefined)).to.deep.equal([true, false]);
    expect(requests.some((request) => resource(request) === 'zaaktypen')).to.equal(true);
  });

  it('follows next through every page of a list', async () => {
    const { gateway, session } = scenario({ 'page-size': 1 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.geluid.uuid });
    expect(all(element, '[part~="step"]').length).to.be.greaterThan(3);
    expect(all(element, '[part~="step-current"] [part="sub-steps"] > li')).to.have.length(4);
    const { requests } = await requestLog(session);
    expect(requests.filter((request) => resource(request) === 'statussen').length).to.equal(6);
    expect(requests.filter((request) => resource(request) === 'statustypen').length).to.be.greaterThan(3);
  });

  it('shares catalogue answers between elements on one page', async () => {
    const { gateway, session } = scenario();
    await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    const { requests } = await requestLog(session);
    expect(requests.filter((request) => resource(request) === 'statustypen')).to.have.length(1);
    expect(requests.filter((request) => resource(request) === 'statussen')).to.have.length(2);
  });

  it('sends accessToken as a bearer token and the extra headers', async () => {
    const { gateway, session } = scenario({ token: 'token-123' });
    const element = document.createElement('mijn-zaken');
    element.accessToken = 'token-123';
    element.headers = { 'X-Request-ID': 'req-42' };
    element.setAttribute('gateway', gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
    document.body.append(element);
    await loaded;
    element.remove();
    const { requests } = await requestLog(session);
    expect(requests.length).to.be.greaterThan(0);
    expect(requests.every((request) => request.token === 0 && request.status === 200)).to.equal(true);
    expect(requests.every((request) => request.headers['x-request-id'] === 'req-42')).to.equal(true);
    expect(element.hasAttribute('accessToken') || element.hasAttribute('access-token')).to.equal(false);
  });

  it('passes credentials to fetch: omit sends no cookie', async () => {
    document.cookie = 'gateway-session=abc; path=/';
    try {
      const withCookie = scenario();
      await renderElement({ gateway: withCookie.gateway, zaak: ZAKEN.woz.uuid });
      const withoutCookie = scenario();
      await renderElement({ gateway: withoutCookie.gateway, zaak: ZAKEN.woz.uuid, attributes: { credentials: 'omit' } });
      const sent = (await requestLog(withCookie.session)).requests[0]?.headers.cookie;
      const omitted = (await requestLog(withoutCookie.session)).requests[0]?.headers.cookie;
      expect(sent).to.equal(true); // the log keeps only that a cookie came
      expect(omitted).to.equal(undefined);
    } finally {
      document.cookie = 'gateway-session=; path=/; max-age=0';
    }
  });

  it('a newer zaak cancels work in flight, and a stale answer never replaces it', async () => {
    const slow = scenario({ delay: 400 });
    const fast = scenario();
    const element = document.createElement('mijn-zaken');
    element.setAttribute('gateway', slow.gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const loads: string[] = [];
    element.addEventListener('mijn-zaken-load', (event) => loads.push(event.detail.zaak ?? ''));
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    element.setAttribute('gateway', fast.gateway);
    element.setAttribute('zaak', ZAKEN.closed.uuid);
    await waitUntil(() => loads.length > 0, 'no load');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(loads).to.deep.equal([ZAKEN.closed.uuid]);
    expect(textOf(shadow(element))).to.contain(ZAKEN.closed.identificatie);
    expect(textOf(shadow(element))).not.to.contain(ZAKEN.woz.identificatie);
    element.remove();
  });
});

describe('<mijn-zaken> downloads with an accessToken', () => {
  beforeEach(freshPage);

  it('fetches the document through the gateway with the bearer token instead of following a bare link', async () => {
    const { gateway, session } = scenario({ token: 'download-token' });
    const element = document.createElement('mijn-zaken');
    element.accessToken = 'download-token';
    element.setAttribute('gateway', gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
    document.body.append(element);
    await loaded;
    await documentsSettled(element);
    const before = location.href;
    const link = all<HTMLAnchorElement>(element, '[part="document"] a')[0];
    expect(link).to.exist;
    link?.click();
    await waitUntil(
      async () => (await requestLog(session)).requests.some((request) => request.path.endsWith('/download')),
      'no download request',
    );
    const download = (await requestLog(session)).requests.find((request) => request.path.endsWith('/download'));
    expect(download?.token).to.equal(0);
    expect(location.href).to.equal(before);
    element.remove();
  });
});
