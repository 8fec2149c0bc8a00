import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
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
});
