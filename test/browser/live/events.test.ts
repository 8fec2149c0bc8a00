import { expect, waitUntil } from '@open-wc/testing';
import { listen, openStreams } from '../../../src/live/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { GATEWAY_MOUNT, scenario } from '../support/gateway.js';
import { liveState, setNextStatus } from './support.js';

const eventsUrl = (gateway: string) => new URL(`${gateway}/mijn-zaken/v1/events`, location.href).href;

/** A listener that records what it hears. */
function recorder() {
  const heard = { zaken: [] as string[], reopened: 0 };
  return { heard, listener: { zaak: (uuid: string) => heard.zaken.push(uuid), reopened: () => void heard.reopened++ } };
}

describe('CONTRACT 9: one EventSource per gateway per page (listen)', () => {
  it('two elements share one stream; both hear the event; the last to leave closes it', async () => {
    const { gateway, session } = scenario();
    const a = recorder();
    const b = recorder();
    const stopA = listen(eventsUrl(gateway), false, a.listener);
    const stopB = listen(eventsUrl(gateway), false, b.listener);
    await waitUntil(async () => (await liveState(session)).open === 1, 'no stream', { timeout: 5000 });
    expect(openStreams()).to.equal(1);
    await setNextStatus(session, ZAKEN.geluid.uuid);
    await waitUntil(() => a.heard.zaken.length === 1 && b.heard.zaken.length === 1, 'not heard', { timeout: 5000 });
    expect(a.heard.zaken).to.deep.equal([ZAKEN.geluid.uuid]);
    expect((await liveState(session)).opened).to.equal(1);
    stopA();
    expect(openStreams()).to.equal(1);
    stopB();
    expect(openStreams()).to.equal(0);
    await waitUntil(async () => (await liveState(session)).open === 0, 'the stream stayed open', { timeout: 5000 });
    stopB(); // twice is harmless
  });

  it('another gateway gets its own stream', async () => {
    const first = scenario();
    const second = scenario();
    const stops = [listen(eventsUrl(first.gateway), false, recorder().listener), listen(eventsUrl(second.gateway), false, recorder().listener)];
    expect(openStreams()).to.equal(2);
    for (const stop of stops) stop();
    expect(openStreams()).to.equal(0);
  });

  it('a broken stream comes back after a back-off, and its listeners check (events may have been missed)', async () => {
    const { gateway, session } = scenario();
    const { heard, listener } = recorder();
    const stop = listen(eventsUrl(gateway), false, listener);
    await waitUntil(async () => (await liveState(session)).open === 1, 'no stream', { timeout: 5000 });
    const dropped = Date.now();
    await fetch(`${GATEWAY_MOUNT}/_live/${session}/drop`, { method: 'POST' });
    await waitUntil(() => heard.reopened === 1, 'did not reconnect', { timeout: 5000 });
    expect(Date.now() - dropped).to.be.at.least(400); // the first back-off: 0.5–1 s
    expect((await liveState(session)).opened).to.equal(2);
    await setNextStatus(session, ZAKEN.woz.uuid);
    await waitUntil(() => heard.zaken.length === 1, 'not heard after reconnecting', { timeout: 5000 });
    stop();
  });

  it('a stream that cannot open (a 404) is tried again with back-off, and not after the last listener left', async () => {
    const stop = listen(new URL(`${GATEWAY_MOUNT}/nope/mijn-zaken/v1/events`, location.href).href, false, recorder().listener);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(openStreams()).to.equal(0); // closed, waiting for its next attempt
    stop();
  });
});
