import { expect } from '@open-wc/testing';
import type { GatewayClient } from '../../../src/gateway/client.js';
import type { Zaak } from '../../../src/model/zgw.js';
import { INITIAL } from '../../../src/controllers/loader.js';
import { OverviewLoader } from '../../../src/controllers/overview-loader.js';
import { ZaakLoader } from '../../../src/controllers/zaak-loader.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { connect, newHost, until } from './support.js';

/** A section that counts the zaak's document links: enough to see it load, fail and retry. */
const linkCount = {
  load: async (client: GatewayClient, zaak: Zaak, signal: AbortSignal) =>
    (await client.getList(client.url('zaakinformatieobjecten', null, { zaak: String(zaak.url) }), signal)).length,
};

describe('ZaakLoader (src/controllers/zaak-loader.ts), on a tiny host against the mock gateway', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('controller-test-host').forEach((host) => host.remove()));

  it('loads the zaak, then its timeline and each section; the detail view model is kept while nothing changed', async () => {
    const host = newHost();
    host.gateway = scenario().gateway;
    const loader = new ZaakLoader(host, () => ZAKEN.documents.uuid, [linkCount]);
    await connect(host);
    await until(() => loader.current() !== null && loader.sectionStates(() => {})[0]?.kind === 'ready', 'zaak, timeline and section');
    expect(loader.current()?.data.zaak.uuid).to.equal(ZAKEN.documents.uuid);
    const [section] = loader.sectionStates(() => {});
    expect(section?.kind === 'ready' && section.value).to.be.greaterThan(0);
    const detail = loader.detail('inwoner', false, null);
    expect(detail?.identificatie).to.equal(ZAKEN.documents.identificatie);
    expect(loader.detail('inwoner', false, null)).to.equal(detail);
  });

  it('another zaak: the previous answers are no longer current (no stale answer is shown)', async () => {
    const host = newHost();
    host.gateway = scenario({ delay: 150 }).gateway;
    let reference: string = ZAKEN.woz.uuid;
    const loader = new ZaakLoader(host, () => reference, [linkCount]);
    await connect(host);
    await until(() => loader.current() !== null, 'the first zaak');
    reference = ZAKEN.documents.uuid;
    host.requestUpdate();
    await host.updateComplete;
    expect(loader.current(), 'the old timeline is not current').to.equal(null);
    expect(loader.sectionStates(() => {})[0]?.kind).to.equal('loading');
    await until(() => loader.current() !== null, 'the second zaak');
    expect(loader.current()?.data.zaak.uuid).to.equal(ZAKEN.documents.uuid);
  });

  it('a section fails on its own, with a retry; the zaak does not fail with it', async () => {
    const host = newHost();
    host.gateway = scenario({ fail: 503, 'fail-on': 'zaakinformatieobjecten' }).gateway;
    const loader = new ZaakLoader(host, () => ZAKEN.documents.uuid, [linkCount]);
    await connect(host);
    await until(() => loader.sectionStates(() => {})[0]?.kind === 'failed', 'the failed section');
    expect(loader.failure(), 'the page itself has not failed').to.equal(null);
    const retried: number[] = [];
    const [failed] = loader.sectionStates((index) => retried.push(index));
    if (failed?.kind !== 'failed') throw new Error('not failed');
    failed.onRetry();
    expect(retried).to.deep.equal([0]);
    expect(loader.sectionStates(() => {})[0]?.kind).to.equal('loading');
  });

  it('a zaak that fails: failure() names it as the resident sees it', async () => {
    const host = newHost();
    host.gateway = scenario({ fail: 404 }).gateway;
    const loader = new ZaakLoader(host, () => ZAKEN.woz.uuid, []);
    await connect(host);
    await until(() => loader.failure() !== null, 'the failure');
    expect(loader.failure()?.error.kind).to.equal('not-found');
    expect(loader.failure()?.task).to.equal(loader.zaak);
  });

  it('without a gateway attribute: a configuration failure, and no request', async () => {
    const host = newHost();
    const loader = new ZaakLoader(host, () => ZAKEN.woz.uuid, []);
    await connect(host);
    await until(() => loader.failure() !== null, 'the failure');
    expect(loader.failure()?.error.kind).to.equal('configuration');
  });
});

describe('OverviewLoader (src/controllers/overview-loader.ts)', () => {
  beforeEach(freshPage);
  afterEach(() => document.querySelectorAll('controller-test-host').forEach((host) => host.remove()));

  it('loads only while the host is an overview, and gives the same view while data and labels are the same', async () => {
    const { gateway, session } = scenario();
    const host = newHost();
    host.gateway = gateway;
    let isOverview = false;
    const loader = new OverviewLoader(host, () => isOverview);
    await connect(host);
    expect(loader.task.status).to.equal(INITIAL);
    expect((await requestLog(session)).requests).to.have.length(0);
    isOverview = true;
    host.requestUpdate();
    await until(() => loader.view(null) !== undefined, 'the overview');
    const view = loader.view(null);
    expect((view?.open.length ?? 0) + (view?.closed.length ?? 0)).to.be.greaterThan(0);
    expect(loader.view(null)).to.equal(view);
    expect(loader.view({ any: 'label' })).not.to.equal(view);
  });
});
