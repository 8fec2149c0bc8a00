import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MijnZaken } from '../../../src/react/index.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';

describe('React wrapper <MijnZaken>', () => {
  beforeEach(freshPage);

  it('renders the element, sets properties as properties and maps events to props', async () => {
    const { gateway, session } = scenario({ token: 'react-token' });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const loads: string[] = [];
    const selects: string[] = [];
    flushSync(() =>
      root.render(
        createElement(MijnZaken, {
          gateway,
          navigation: 'none',
          accessToken: 'react-token',
          labels: { 'Bezwaar wordt beoordeeld': 'Wij kijken naar uw bezwaar' },
          onLoad: (event: CustomEvent) => loads.push(event.detail.view),
          onSelect: (event: CustomEvent) => {
            selects.push(event.detail.uuid);
            event.preventDefault();
          },
        }),
      ),
    );
    const element = container.querySelector('mijn-zaken') as MijnZakenElement;
    expect(element).to.be.instanceOf(HTMLElement);
    expect(element.hasAttribute('accesstoken') || element.hasAttribute('accessToken')).to.equal(false);
    await waitUntil(() => loads.length > 0, 'no mijn-zaken-load reached the onLoad prop');
    expect(loads).to.deep.equal(['overview']);
    const link = element.shadowRoot?.querySelector<HTMLElement>(`[data-uuid="${ZAKEN.woz.uuid}"] .zaak-link`);
    expect(element.shadowRoot?.textContent).to.contain('Wij kijken naar uw bezwaar');
    link?.click();
    expect(selects).to.deep.equal([ZAKEN.woz.uuid]);
    const { requests } = await requestLog(session);
    expect(requests[0]?.token).to.equal(0);
    root.unmount();
    container.remove();
  });

  /**
   * The reported loop: inline `headers={{…}}` and `labels={{…}}` objects (new ones on every React
   * render) plus an `onLoad` that sets state. Each render handed the element "new" headers, which
   * reloaded it, whose load event rendered again. Counted over 3 s against one plain load in the same run.
   */
  it('inline headers/labels objects and an onLoad that sets state do not loop: as many requests as one load', async () => {
    const windowMs = 3000;
    const plain = scenario();
    const baseline = document.createElement('div');
    document.body.append(baseline);
    const baselineRoot = createRoot(baseline);
    let baselineLoaded = false;
    flushSync(() => baselineRoot.render(createElement(MijnZaken, { gateway: plain.gateway, navigation: 'none', onLoad: () => (baselineLoaded = true) })));
    await waitUntil(() => baselineLoaded, 'the plain element never loaded');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const oneLoad = (await requestLog(plain.session)).requests.length;
    baselineRoot.unmount();
    baseline.remove();

    const looped = scenario();
    let renders = 0;
    let loads = 0;
    function Portal() {
      const [, setCount] = useState(0);
      renders += 1;
      return createElement(MijnZaken, {
        gateway: looped.gateway,
        navigation: 'none',
        headers: { 'X-Portal': 'mijn-gemeente' },
        labels: { 'Bezwaar wordt beoordeeld': 'Wij kijken naar uw bezwaar' },
        onLoad: () => {
          loads += 1;
          setCount((n) => n + 1);
        },
      });
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    flushSync(() => root.render(createElement(Portal)));
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const requests = (await requestLog(looped.session)).requests.length;
    root.unmount();
    container.remove();
    console.log(`React loop case: ${requests} requests in ${windowMs} ms (one plain load: ${oneLoad}), ${loads} load events, ${renders} renders`);
    expect(oneLoad).to.be.greaterThan(0);
    expect(requests).to.equal(oneLoad);
    expect(loads).to.equal(1);
  });
});
