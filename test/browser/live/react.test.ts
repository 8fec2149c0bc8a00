import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MijnZaken } from '../../../src/react/index.js';
import type { MijnZakenUpdateDetail, MijnZakenViewDetail } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { setNextStatus } from './support.js';

describe('React wrapper: onView and onUpdate', () => {
  beforeEach(freshPage);

  it('maps mijn-zaken-view and mijn-zaken-update to props, and refresh to the attribute', async () => {
    const { gateway, session } = scenario();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const views: MijnZakenViewDetail[] = [];
    const updates: MijnZakenUpdateDetail[] = [];
    flushSync(() =>
      root.render(
        createElement(MijnZaken, {
          gateway,
          zaak: ZAKEN.geluid.uuid,
          refresh: 30,
          onView: (event: CustomEvent<MijnZakenViewDetail>) => views.push(event.detail),
          onUpdate: (event: CustomEvent<MijnZakenUpdateDetail>) => updates.push(event.detail),
        }),
      ),
    );
    const element = container.querySelector('mijn-zaken')!;
    await waitUntil(() => views.length === 1 && element.shadowRoot?.querySelector('.live-updated'), 'no view, or no live module', { timeout: 5000 });
    expect(views).to.deep.equal([{ zaaktype: 'SUB-GELUID', step: 3 }]);
    await setNextStatus(session, ZAKEN.geluid.uuid);
    document.dispatchEvent(new Event('visibilitychange')); // the page is visible: checks at once
    await waitUntil(() => updates.length === 1, 'no update reached onUpdate', { timeout: 5000 });
    expect(updates).to.deep.equal([{ zaak: ZAKEN.geluid.uuid, steps: 1 }]);
    root.unmount();
    container.remove();
  });
});
