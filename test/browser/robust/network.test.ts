// Hostile networks and host pages (issue 9, CONTRACT 5): redirects, downloads, removal, bounded
// concurrency, timeouts, body limits, and the smaller error kinds. Everything against the real HTTP
// mock gateway (demo/gateway/network-faults.mjs) and its second server on another loopback port.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { GatewayClient, RequestQueue } from '../../../src/gateway/client.js';
import { GatewayError } from '../../../src/gateway/errors.js';
import { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, GATEWAY_MOUNT, requestLog, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, shadow, textOf } from '../support/render.js';

interface ForeignHit {
  at: 'foreign' | 'login' | 'download-aborted';
  method?: string;
  path?: string;
  headers?: Record<string, string>;
}

async function foreign(session = ''): Promise<{ origin: string; requests: ForeignHit[] }> {
  const response = await fetch(`${GATEWAY_MOUNT}/_foreign${session ? `/${session}` : ''}`);
  return (await response.json()) as { origin: string; requests: ForeignHit[] };
}

interface Mount {
  gateway: string;
  zaak?: string;
  accessToken?: string;
  headers?: Record<string, string>;
  credentials?: string;
}

/** Mounts the element with its properties set before it connects; resolves on the first load or error. */
async function mount(options: Mount): Promise<{ element: MijnZakenElement; event: CustomEvent }> {
  const element = document.createElement('mijn-zaken');
  if (options.accessToken) element.accessToken = options.accessToken;
  if (options.headers) element.headers = options.headers;
  element.setAttribute('gateway', options.gateway);
  element.setAttribute('navigation', 'none');
  if (options.zaak) element.setAttribute('zaak', options.zaak);
  if (options.credentials) element.setAttribute('credentials', options.credentials);
  const settled = Promise.race([oneEvent(element, 'mijn-zaken-load'), oneEvent(element, 'mijn-zaken-error')]);
  document.body.append(element);
  const event = (await settled) as CustomEvent;
  await element.updateComplete;
  return { element, event };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('redirects are never followed (CONTRACT 5)', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('mijn-zaken').forEach((element) => element.remove()));

  for (const status of [301, 302, 303, 307, 308]) {
    for (const to of ['foreign', 'login'] as const) {
      it(`a ${status} to ${to === 'foreign' ? 'another origin' : 'a login page on the gateway origin'} shows the login state; nothing leaves the gateway`, async () => {
        const { gateway, session } = scenario({ redirect: status, 'redirect-to': to });
        const { element, event } = await mount({ gateway, zaak: ZAKEN.woz.uuid, accessToken: 'geheim-token', headers: { 'X-Portal': 'geheim' } });
        expect(event.type).to.equal('mijn-zaken-error');
        expect(event.detail).to.deep.equal({ kind: 'unauthorized' });
        expect(shadow(element).querySelector('[part="error"] slot[name="login"]')).to.exist;
        expect(textOf(shadow(element))).not.to.contain('Vervalste zaak');
        await sleep(100);
        expect((await foreign(session)).requests, 'requests off the gateway').to.deep.equal([]);
      });
    }
  }

  it('a redirect to the same URL on the gateway is not followed either', async () => {
    const { gateway, session } = scenario({ redirect: 302, 'redirect-to': 'gateway' });
    const { event } = await mount({ gateway, zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'unauthorized' });
    expect((await requestLog(session)).requests).to.have.length(1);
  });

  it('a redirect of a later request (statussen) and of the overview list: login state, nothing abroad', async () => {
    const detail = scenario({ redirect: 307, 'fault-on': 'statussen' });
    const { event } = await mount({ gateway: detail.gateway, zaak: ZAKEN.woz.uuid, accessToken: 't', headers: { 'X-Portal': 'p' } });
    expect(event.detail).to.deep.equal({ kind: 'unauthorized' });
    const overview = scenario({ redirect: 302, expand: 'off' });
    const second = await mount({ gateway: overview.gateway, accessToken: 't' });
    expect(second.event.detail).to.deep.equal({ kind: 'unauthorized' });
    await sleep(100);
    expect([...(await foreign(detail.session)).requests, ...(await foreign(overview.session)).requests]).to.deep.equal([]);
  });

  it('a redirected download: a message by the link, nothing abroad, the page stays', async () => {
    const { gateway, session } = scenario({ redirect: 302, 'fault-on': 'download' });
    const { element } = await mount({ gateway, zaak: ZAKEN.woz.uuid, accessToken: 'download-token' });
    await documentsSettled(element);
    const before = location.href;
    all<HTMLAnchorElement>(element, '[part="document"] a')[0]?.click();
    await waitUntil(() => shadow(element).querySelector('.document-error'), 'no message by the link');
    expect(textOf(one(element, '.document-error'))).to.equal('Dit document kunnen we nu niet downloaden. Probeer het later opnieuw.');
    expect(location.href).to.equal(before);
    expect(shadow(element).querySelector('[part="timeline"]')).to.exist;
    expect((await foreign(session)).requests).to.deep.equal([]);
  });
});

describe('downloads never navigate nor render in the page (CONTRACT 5)', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('mijn-zaken').forEach((element) => element.remove()));

  /** The anchors the element clicks to save a file: their name and bytes. */
  function captureSaves(): { saves: Array<{ name: string; href: string }>; restore: () => void } {
    const saves: Array<{ name: string; href: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.href.startsWith('blob:')) saves.push({ name: this.download, href: this.href });
      else click.call(this);
    };
    return { saves, restore: () => (HTMLAnchorElement.prototype.click = click) };
  }

  for (const accessToken of [undefined, 'download-token']) {
    it(`${accessToken ? 'with' : 'without'} an accessToken: saved as a file, asked as octet-stream, after its document`, async () => {
      // With a token the mock accepts only that one, so a download without it would fail (the log keeps no token).
      const { gateway, session } = scenario(accessToken ? { token: accessToken } : {});
      const { element } = await mount({ gateway, zaak: ZAKEN.woz.uuid, accessToken });
      await documentsSettled(element);
      const { saves, restore } = captureSaves();
      try {
        const before = location.href;
        const link = all<HTMLAnchorElement>(element, '[part="document"] a')[0];
        const clicked = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
        link?.dispatchEvent(clicked);
        expect(clicked.defaultPrevented, 'the link is not followed').to.equal(true);
        await waitUntil(() => saves.length === 1, 'nothing saved');
        expect(saves[0]?.name).to.equal(link?.getAttribute('download'));
        const saved = await (await fetch(saves[0]?.href ?? '')).blob();
        expect(saved.type, 'never renderable').to.equal('application/octet-stream');
        expect(saved.size).to.be.greaterThan(0);
        expect(location.href).to.equal(before);
        const { requests } = await requestLog(session);
        const download = requests.findIndex((request) => request.path.endsWith('/download'));
        expect(requests[download]?.headers.accept).to.contain('application/octet-stream').and.not.contain('application/json');
        if (accessToken) expect(requests[download]?.token, 'the download carried the token').to.equal(0);
        const uuid = requests[download]?.path.split('/').at(-2);
        const document = requests.findIndex((request) => request.path.endsWith(`/enkelvoudiginformatieobjecten/${uuid}`));
        expect(document, 'the document was read first').to.be.within(0, download - 1);
      } finally {
        restore();
      }
    });
  }

  it('a slow large file still downloads (no 15 s cut), and removing the element aborts it', async () => {
    const original = MijnZakenElement.requestTimeoutMs;
    MijnZakenElement.requestTimeoutMs = 1000;
    const { saves, restore } = captureSaves();
    try {
      const { gateway } = scenario({ 'slow-download': 3000, 'fault-on': 'download' });
      const { element } = await mount({ gateway, zaak: ZAKEN.woz.uuid });
      await documentsSettled(element);
      expect(all(element, '[part="document"] a')).not.to.have.length(0);
      all<HTMLAnchorElement>(element, '[part="document"] a')[0]?.click();
      await waitUntil(() => saves.length === 1 || shadow(element).querySelector('.document-error'), 'slow download did not finish', { timeout: 8000 });
      expect(saves).to.have.length(1);
      expect((await (await fetch(saves[0]?.href ?? '')).blob()).size).to.equal(4 * 1024 * 1024);
      expect(shadow(element).querySelector('.document-error')).to.equal(null);

      const slow = scenario({ 'slow-download': 6000, 'fault-on': 'download' });
      const second = await mount({ gateway: slow.gateway, zaak: ZAKEN.woz.uuid });
      await documentsSettled(second.element);
      all<HTMLAnchorElement>(second.element, '[part="document"] a')[0]?.click();
      await sleep(400);
      second.element.remove();
      await waitUntil(async () => (await foreign(slow.session)).requests.some((hit) => hit.at === 'download-aborted'), 'download not aborted', {
        timeout: 3000,
      });
    } finally {
      MijnZakenElement.requestTimeoutMs = original;
      restore();
    }
  });

  it('a failed download: a short message by the link, the page as it was, and a retry clears it', async () => {
    const { gateway } = scenario({ fail: 500, 'fail-on': 'download', 'fail-times': 1 });
    const { element } = await mount({ gateway, zaak: ZAKEN.woz.uuid });
    await documentsSettled(element);
    const before = location.href;
    const { saves, restore } = captureSaves();
    try {
      const link = all<HTMLAnchorElement>(element, '[part="document"] a')[0];
      link?.click();
      await waitUntil(() => shadow(element).querySelector('.document-error'), 'no message');
      const message = one(element, '.document-error');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.closest('[part="document"]')).to.equal(link?.closest('[part="document"]'));
      expect(location.href).to.equal(before);
      expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
      link?.click();
      await waitUntil(() => saves.length === 1, 'second try not saved');
      await element.updateComplete;
      expect(shadow(element).querySelector('.document-error')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('/download is only read for enkelvoudiginformatieobjecten', () => {
    const client = new GatewayClient({ gateway: `${location.origin}/gw`, credentials: 'omit' });
    const uuid = ZAKEN.woz.uuid;
    expect(client.map(`https://x.example/zaken/api/v1/zaken/${uuid}/download`)).to.equal(null);
    expect(client.map(`https://x.example/zaken/api/v1/statussen/${uuid}/download`)).to.equal(null);
    expect(client.map(`https://x.example/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}/download`)).to.equal(
      `${location.origin}/gw/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid}/download`,
    );
  });
});

describe('removing the element aborts its work; adding it again loads anew (CONTRACT 5)', () => {
  beforeEach(freshPage);

  it('no request of a removed overview arrives afterwards', async () => {
    const { gateway, session } = scenario({ resident: 'busy', expand: 'off', delay: 50 });
    const element = document.createElement('mijn-zaken');
    element.setAttribute('gateway', gateway);
    element.setAttribute('navigation', 'none');
    document.body.append(element);
    await waitUntil(async () => (await requestLog(session)).requests.length > 20, 'overview did not start', { timeout: 5000 });
    element.remove();
    await sleep(100);
    const atRemoval = (await requestLog(session)).requests.length;
    await sleep(800);
    expect((await requestLog(session)).requests.length, 'requests after removal').to.equal(atRemoval);

    const loaded = oneEvent(element, 'mijn-zaken-load');
    document.body.append(element);
    const event = (await loaded) as CustomEvent;
    expect(event.detail.count).to.equal(250);
    expect((await requestLog(session)).requests.length).to.be.greaterThan(atRemoval);
    element.remove();
  });

  it('a detail removed while loading, added again, loads the zaak and its documents', async () => {
    const { gateway, session } = scenario({ delay: 150 });
    const element = document.createElement('mijn-zaken');
    element.setAttribute('gateway', gateway);
    element.setAttribute('zaak', ZAKEN.documents.uuid);
    document.body.append(element);
    await sleep(50);
    element.remove();
    await sleep(400);
    expect((await requestLog(session)).requests.filter((request) => !request.path.includes('/api/v1/zaken/'))).to.deep.equal([]);
    const loaded = oneEvent(element, 'mijn-zaken-load');
    document.body.append(element);
    await loaded;
    await documentsSettled(element);
    expect(all(element, '[part="document"]').length).to.be.greaterThan(0);
    element.remove();
  });
});

describe('bounded concurrency, timeouts and deadlines (CONTRACT 5)', () => {
  beforeEach(freshPage);

  /** Counts the element's fetches in flight (the real fetch still does the work). */
  function countInFlight(): { max: () => number; restore: () => void } {
    const original = window.fetch;
    let now = 0;
    let max = 0;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      max = Math.max(max, ++now);
      try {
        return await original(...args);
      } finally {
        now--;
      }
    };
    return { max: () => max, restore: () => (window.fetch = original) };
  }

  it('at most 6 requests in flight, and the timeout counts from sending, not from queueing', async () => {
    const original = MijnZakenElement.requestTimeoutMs;
    MijnZakenElement.requestTimeoutMs = 1500;
    const counter = countInFlight();
    try {
      // 27 zaken without expand: ~40 requests of 300 ms each, far beyond 1.5 s if they all waited.
      const { gateway } = scenario({ resident: 'many', expand: 'off', delay: 300 });
      const { element, event } = await mount({ gateway });
      expect(event.type, JSON.stringify(event.detail)).to.equal('mijn-zaken-load');
      expect(event.detail.count).to.equal(27);
      expect(counter.max()).to.be.within(2, 6);
      element.remove();
    } finally {
      counter.restore();
      MijnZakenElement.requestTimeoutMs = original;
    }
  });

  it('the timeline waits for no document: priority 0 goes before 1 in the line', async () => {
    const queue = new RequestQueue();
    const order: string[] = [];
    const release: Array<() => void> = [];
    const signal = new AbortController().signal;
    const hold = (name: string, priority: 0 | 1) =>
      queue.run(priority, signal, () => {
        order.push(name);
        return new Promise<void>((resolve) => release.push(resolve));
      });
    const running = [0, 1, 2, 3, 4, 5].map((i) => hold(`first-${i}`, 1));
    const waiting = [hold('document', 1), hold('timeline', 0)];
    const aborted = new AbortController();
    let rejection: unknown;
    const leaving = queue.run(0, aborted.signal, async () => order.push('aborted')).catch((error: unknown) => (rejection = error));
    aborted.abort();
    await sleep(0);
    expect(order).to.have.length(6);
    release.shift()?.();
    await sleep(0);
    release.shift()?.();
    await sleep(0);
    expect(order.slice(6)).to.deep.equal(['timeline', 'document']);
    for (const done of release) done();
    await sleep(0);
    for (const done of release) done();
    await Promise.all([...running, ...waiting]);
    await leaving;
    expect(order).not.to.contain('aborted');
    expect(rejection).to.be.instanceOf(DOMException);
  });

  it('a whole list has a deadline: past it, the list is a timeout', async () => {
    // 27 pages of 200 ms: past 500 ms even when pages 2 to 27 come six at a time (issue 15).
    const { gateway } = scenario({ 'page-size': 1, delay: 200, resident: 'many' });
    const client = new GatewayClient({ gateway: `${location.origin}${gateway}`, credentials: 'same-origin', listDeadlineMs: 500 });
    let error: unknown;
    await client.getList(client.url('zaken'), new AbortController().signal).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(GatewayError);
    expect((error as GatewayError).kind).to.equal('timeout');
  });

  it('a page of 200,000 results does not overflow the stack', async () => {
    const { gateway } = scenario({ 'huge-page': 200000 });
    const client = new GatewayClient({ gateway: `${location.origin}${gateway}`, credentials: 'same-origin' });
    const items = await client.getList(client.url('statussen', null, { zaak: 'x' }), new AbortController().signal);
    expect(items).to.have.length(200000);
  });

  it('a `next` that names no known resource ends the list and keeps what came', async () => {
    const { gateway, session } = scenario({ 'dangling-next': 1, 'page-size': 2, resident: 'many' });
    const { event } = await mount({ gateway });
    expect(event.type).to.equal('mijn-zaken-load');
    expect(event.detail.count).to.equal(2);
    expect((await requestLog(session)).requests.filter((request) => /\/api\/v1\/zaken$/.test(request.path))).to.have.length(1);
    document.querySelector('mijn-zaken')?.remove();
  });
});

describe('error kinds on a hostile network (CONTRACT 5)', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('mijn-zaken').forEach((element) => element.remove()));

  const cases = [
    { name: 'a truncated body', options: { truncate: 1 }, kind: 'invalid-response' },
    { name: 'a list over 10 MB (Content-Length)', options: { oversize: 11 }, kind: 'invalid-response', overview: true },
    { name: 'a list over 10 MB (chunked)', options: { oversize: 11, chunked: 1 }, kind: 'invalid-response', overview: true },
  ] as const;
  for (const { name, options, kind, ...rest } of cases) {
    it(`${name} → ${kind}`, async () => {
      const { event } = await mount({ gateway: scenario(options).gateway, zaak: 'overview' in rest ? undefined : ZAKEN.woz.uuid });
      expect(event.type).to.equal('mijn-zaken-error');
      expect(event.detail.kind).to.equal(kind);
      if ('status' in rest) expect(event.detail.status).to.equal(rest.status);
    });
  }

  it('a 9 MB answer is still read', async () => {
    const { event } = await mount({ gateway: scenario({ oversize: 9, chunked: 1 }).gateway });
    expect(event.type, JSON.stringify(event.detail)).to.equal('mijn-zaken-load');
    expect(event.detail.count).to.equal(0);
  });

  it('a cross-origin gateway whose CORS refuses the element\'s headers is a configuration error, not "geen verbinding"', async () => {
    const { origin } = await foreign();
    const token = { accessToken: 'geheim', headers: { 'X-Portal': 'p' } };
    const working = await mount({ gateway: `${origin}/gw/session=cors-ok${Date.now()}`, zaak: ZAKEN.woz.uuid, ...token });
    expect(working.event.type, 'the same gateway with CORS works').to.equal('mijn-zaken-load');
    const { event } = await mount({ gateway: `${origin}/gw/cors=no-headers,session=cors${Date.now()}`, zaak: ZAKEN.woz.uuid, ...token });
    expect(event.detail).to.deep.equal({ kind: 'configuration' });
  });

  it('a 401 with WWW-Authenticate: Basic raises no login prompt with credentials="omit" or on another origin', async () => {
    const omit = await mount({ gateway: scenario({ 'www-auth': 'basic' }).gateway, zaak: ZAKEN.woz.uuid, credentials: 'omit' });
    expect(omit.event.detail).to.deep.equal({ kind: 'unauthorized', status: 401 });
    const { origin } = await foreign();
    const cross = await mount({ gateway: `${origin}/gw/www-auth=basic,session=basic${Date.now()}`, zaak: ZAKEN.woz.uuid, credentials: 'include' });
    expect(cross.event.detail).to.deep.equal({ kind: 'unauthorized', status: 401 });
  });

  it('a same-origin gateway sending Basic: Chromium holds the request for its prompt; the element still ends in a timeout', async () => {
    // What prevents the prompt is the gateway (never `Basic`), CORS, or credentials="omit": a
    // credentialed same-origin fetch cannot opt out. The mock gateway and demo never send Basic.
    const original = MijnZakenElement.requestTimeoutMs;
    MijnZakenElement.requestTimeoutMs = 800;
    try {
      const { event } = await mount({ gateway: scenario({ 'www-auth': 'basic' }).gateway, zaak: ZAKEN.woz.uuid });
      expect(event.detail).to.deep.equal({ kind: 'timeout' });
      const plain = await fetch(`${scenario({ fail: 401 }).gateway}/zaken/api/v1/zaken`);
      expect(plain.status).to.equal(401);
      expect(plain.headers.get('WWW-Authenticate') ?? '').not.to.match(/basic|digest|ntlm|negotiate/i);
    } finally {
      MijnZakenElement.requestTimeoutMs = original;
    }
  });

  it('an unreachable gateway is still "no connection"', async () => {
    const { event } = await mount({ gateway: 'http://127.0.0.1:9/api', zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'network' });
  });

  it('a gateway with credentials in it, or not a URL, is a configuration error and asks nothing', async () => {
    const { gateway, session } = scenario();
    const withCredentials = `${location.protocol}//user:pw@${location.host}${gateway}`;
    for (const value of [withCredentials, 'http://[::1', 'https://']) {
      const { event } = await mount({ gateway: value, zaak: ZAKEN.woz.uuid });
      expect(event.detail, value).to.deep.equal({ kind: 'configuration' });
    }
    expect((await requestLog(session)).requests).to.deep.equal([]);
  });

  it('a zaak asked by UUID is shown only when the answer carries that UUID', async () => {
    const { event } = await mount({ gateway: scenario({ 'other-zaak': ZAKEN.closed.uuid }).gateway, zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'not-found' });
  });
});
