import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { openStreams } from '../../../src/live/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { GATEWAY_MOUNT, freshPage, scenario } from '../support/gateway.js';
import { one, shadow, textOf } from '../support/render.js';
import { liveState, setNextStatus, zaakReads } from './support.js';

/** Two elements on one gateway that announces events, each showing its own zaak, live updates running. */
async function twoElements() {
  const { gateway, session } = scenario({ caps: 'on', 'caps-events': 'on' });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <mijn-zaken gateway=${gateway} zaak=${ZAKEN.geluid.uuid}></mijn-zaken>
    <mijn-zaken gateway=${gateway} zaak=${ZAKEN.woz.uuid}></mijn-zaken>
  </div>`);
  const [geluid, woz] = [...wrapper.querySelectorAll<MijnZakenElement>('mijn-zaken')] as [MijnZakenElement, MijnZakenElement];
  for (const element of [geluid, woz]) {
    await waitUntil(() => shadow(element).querySelector('.live-updated'), 'the live module did not start on events', { timeout: 8000 });
  }
  await waitUntil(async () => (await liveState(session)).open === 1, 'no event stream', { timeout: 5000 });
  return { wrapper, geluid, woz, session };
}

describe('CONTRACT 9: events ("events": true in the capabilities)', () => {
  beforeEach(freshPage);

  it('two elements share ONE EventSource; an event reloads only the element that shows that zaak', async () => {
    const { geluid, woz, session } = await twoElements();
    expect((await liveState(session)).opened).to.equal(1);
    expect(openStreams()).to.equal(1);
    const wozReads = (await zaakReads(session, ZAKEN.woz.uuid)).length;
    const updates: string[] = [];
    for (const element of [geluid, woz]) element.addEventListener('mijn-zaken-update', (event) => updates.push(event.detail.zaak));
    await setNextStatus(session, ZAKEN.geluid.uuid);
    await waitUntil(() => shadow(geluid).querySelector('.live-new'), 'the event did not bring the new step', { timeout: 5000 });
    expect(textOf(one(geluid, '[part~="step-current"] .step-title'))).to.contain('Nieuw');
    expect(updates).to.deep.equal([ZAKEN.geluid.uuid]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadow(woz).querySelector('.live-new')).to.equal(null);
    expect((await zaakReads(session, ZAKEN.woz.uuid)).length).to.equal(wozReads);
  });

  it('the stream closes when no element needs it, and opens again for one that does', async () => {
    const { wrapper, geluid, woz, session } = await twoElements();
    geluid.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await liveState(session)).open).to.equal(1);
    woz.remove();
    expect(openStreams()).to.equal(0);
    await waitUntil(async () => (await liveState(session)).open === 0, 'the stream stayed open', { timeout: 5000 });
    wrapper.append(woz);
    await waitUntil(async () => (await liveState(session)).open === 1, 'no stream after adding it again', { timeout: 5000 });
    expect((await liveState(session)).opened).to.equal(2);
  });

  it('a broken stream reconnects with back-off and checks what it may have missed', async () => {
    const { geluid, session } = await twoElements();
    const reads = (await zaakReads(session, ZAKEN.geluid.uuid)).length;
    await fetch(`${GATEWAY_MOUNT}/_live/${session}/drop`, { method: 'POST' });
    // Set while the stream is down: no event reaches the page, the check after reconnecting finds it.
    await setNextStatus(session, ZAKEN.geluid.uuid);
    await waitUntil(async () => (await liveState(session)).opened === 2, 'did not reconnect', { timeout: 5000 });
    await waitUntil(() => shadow(geluid).querySelector('.live-new'), 'the missed step was not found', { timeout: 5000 });
    expect((await zaakReads(session, ZAKEN.geluid.uuid)).length).to.be.greaterThan(reads);
    expect(openStreams()).to.equal(1);
  });

  it('without events in the capabilities and without refresh: no live module, no stream', async () => {
    const { gateway, session } = scenario({ caps: 'on' });
    const element = await fixture<MijnZakenElement>(html`<mijn-zaken gateway=${gateway} zaak=${ZAKEN.geluid.uuid}></mijn-zaken>`);
    await waitUntil(() => shadow(element).querySelector('[part~="step"]'), 'not shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(element).querySelector('.live-updated')).to.equal(null);
    expect((await liveState(session)).opened).to.equal(0);
  });
});
