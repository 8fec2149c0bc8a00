// Issue 15 / CONTRACT 5: the pages of a list after the first come in parallel when the gateway's
// own `next` shows a `page` number and the first page gives `count`; never a guessed URL, in order,
// at most 6 in flight, a failing page fails the list. Against the real mock gateway and the test
// endpoint of test/browser/gateway/write-endpoint.mjs (paging by page number or by cursor).
import { expect } from '@open-wc/testing';
import { GatewayClient } from '../../../src/gateway/client.js';
import { GatewayError } from '../../../src/gateway/errors.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';

interface EndpointLog {
  requests: Array<{ method: string; path: string; query: string }>;
  maxInFlight: number;
}

let counter = 0;
function endpoint(options: Record<string, string | number> = {}): { client: GatewayClient; session: string } {
  const session = `p${Date.now().toString(36)}${(++counter).toString(36)}`;
  const parts = Object.entries({ ...options, session }).map(([key, value]) => `${key}=${value}`);
  return { client: new GatewayClient({ gateway: `${location.origin}/_write/${parts.join(',')}`, credentials: 'same-origin' }), session };
}
const endpointLog = async (session: string) => (await (await fetch(`/_write/_log/${session}`)).json()) as EndpointLog;
const names = (items: Array<{ identificatie?: string }>) => items.map((item) => item.identificatie);
const expected = (total: number) => Array.from({ length: total }, (_, i) => `Z-${i + 1}`);

describe('pages of a list in parallel (issue 15, CONTRACT 5)', () => {
  beforeEach(freshPage);

  it('250 zaken with expand in 2 round trips on the mock gateway, every zaak once, in order', async () => {
    const { gateway, session } = scenario({ barrier: 40, resident: 'busy' });
    const client = new GatewayClient({ gateway: `${location.origin}${gateway}`, credentials: 'same-origin' });
    const parallel = await client.getList<{ url: string }>(client.url('zaken', null, { expand: 'zaaktype' }), new AbortController().signal);
    const log = await requestLog(session);
    expect(log.requests.map((request) => request.query.page ?? '1')).to.have.members(['1', '2', '3']);
    expect(log.rounds).to.equal(2);
    expect(log.requests.every((request) => request.query.expand === 'zaaktype'), 'the query of `next` kept').to.equal(true);

    // The same list one page at a time (a gateway without page numbers) gives the same items.
    const { gateway: plain } = scenario({ resident: 'busy', 'page-size': 250 });
    const plainClient = new GatewayClient({ gateway: `${location.origin}${plain}`, credentials: 'same-origin' });
    const whole = await plainClient.getList<{ url: string }>(plainClient.url('zaken'), new AbortController().signal);
    expect(parallel.map((zaak) => zaak.url.split('/').pop())).to.deep.equal(whole.map((zaak) => zaak.url.split('/').pop()));
  });

  it('keeps the order when a later page answers first', async () => {
    const { client, session } = endpoint({ 'slow-page': 2 });
    const items = await client.getList<{ identificatie: string }>(client.url('zaken'), new AbortController().signal);
    expect(names(items)).to.deep.equal(expected(250));
    expect((await endpointLog(session)).maxInFlight).to.equal(2);
  });

  it('never guesses: a `next` with a cursor is followed one page at a time', async () => {
    const { client, session } = endpoint({ paging: 'cursor' });
    const items = await client.getList<{ identificatie: string }>(client.url('zaken'), new AbortController().signal);
    expect(names(items)).to.deep.equal(expected(250));
    const log = await endpointLog(session);
    expect(log.requests).to.have.length(3);
    expect(log.maxInFlight).to.equal(1);
    expect(log.requests.some((request) => /page=/.test(request.query))).to.equal(false);
  });

  it('at most 6 pages in flight, the rest wait in line', async () => {
    const { client, session } = endpoint({ total: 400, size: 10, delay: 100 });
    const items = await client.getList<{ identificatie: string }>(client.url('zaken'), new AbortController().signal);
    expect(names(items)).to.deep.equal(expected(400));
    const log = await endpointLog(session);
    expect(log.requests).to.have.length(40);
    expect(log.maxInFlight).to.equal(6);
  });

  it('a count beyond 200 pages is not believed: the list is followed through `next`', async () => {
    const { client, session } = endpoint({ total: 30, size: 10, count: 1_000_000 });
    const items = await client.getList<{ identificatie: string }>(client.url('zaken'), new AbortController().signal);
    expect(names(items)).to.deep.equal(expected(30));
    expect((await endpointLog(session)).requests).to.have.length(3);
  });

  // NaN arrives as `"count": null`.
  for (const count of [-1, 0, 5, 'NaN']) {
    it(`a count of ${count} asks nothing ahead`, async () => {
      const { client, session } = endpoint({ total: 30, size: 10, count });
      const items = await client.getList<{ identificatie: string }>(client.url('zaken'), new AbortController().signal);
      expect(names(items)).to.deep.equal(expected(30));
      expect((await endpointLog(session)).maxInFlight).to.equal(1);
    });
  }

  it('a failing page fails the list, and the pages still waiting are not asked', async () => {
    const { client, session } = endpoint({ total: 2000, size: 10, 'fail-page': 2, delay: 200 });
    let error: unknown;
    await client.getList(client.url('zaken'), new AbortController().signal).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(GatewayError);
    expect((error as GatewayError).kind).to.equal('unavailable');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Page 1, then the first six in the line (page 2 fails at once, the others take 200 ms), at most one
    // more that took page 2's place before the abort; the other 192 never left the browser.
    expect((await endpointLog(session)).requests.length).to.be.at.most(1 + 6 + 1);
  });
});
