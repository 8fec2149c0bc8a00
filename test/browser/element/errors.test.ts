import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';

describe('<mijn-zaken> errors (CONTRACT 5)', () => {
  beforeEach(freshPage);

  const cases = [
    { options: { fail: 401 }, kind: 'unauthorized', status: 401, text: 'Log in om uw zaken te zien.', retry: false },
    { options: { fail: 403 }, kind: 'forbidden', status: 403, text: 'U heeft geen toegang tot deze gegevens.', retry: false },
    { options: { fail: 404 }, kind: 'not-found', status: 404, text: 'We kunnen deze zaak niet vinden.', retry: false },
    { options: { fail: 429 }, kind: 'unavailable', status: 429, text: 'Deze informatie is even niet beschikbaar.', retry: true },
    { options: { fail: 503 }, kind: 'unavailable', status: 503, text: 'Deze informatie is even niet beschikbaar.', retry: true },
    { options: { fail: 500, 'fail-on': 'statussen' }, kind: 'unavailable', status: 500, text: 'Deze informatie is even niet beschikbaar.', retry: true },
    { options: { body: 'invalid-json' }, kind: 'invalid-response', text: 'Er ging bij ons iets mis.', retry: true },
    { options: { body: 'wrong-shape' }, kind: 'invalid-response', text: 'Er ging bij ons iets mis.', retry: true },
    { options: { body: 'html' }, kind: 'invalid-response', text: 'Er ging bij ons iets mis.', retry: true },
    { options: { body: 'wrong-shape', 'fail-on': 'statussen' }, kind: 'invalid-response', text: 'Er ging bij ons iets mis.', retry: true },
  ] as const;

  for (const { options, kind, text, retry, ...rest } of cases) {
    it(`${JSON.stringify(options)} → ${kind}: a clear Dutch text${retry ? ' and a retry button' : ''}`, async () => {
      const { element, event } = await renderElement({ gateway: scenario(options).gateway, zaak: ZAKEN.woz.uuid });
      expect(event.type).to.equal('mijn-zaken-error');
      expect(event.detail).to.deep.equal('status' in rest ? { kind, status: rest.status } : { kind });
      const error = one(element, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error) || textOf(error.querySelector('slot'))).to.contain(text);
      expect(Boolean(error.querySelector('button')), 'retry button').to.equal(retry);
      expect(textOf(error)).not.to.match(/problem|detail|instance|\{/i);
    });
  }

  it('401 shows the login slot when the page fills it', async () => {
    const element = await fixture<MijnZakenElement>(html`<mijn-zaken gateway=${scenario({ fail: 401 }).gateway} zaak=${ZAKEN.woz.uuid}>
      <a slot="login" href="/inloggen">Inloggen met DigiD</a>
    </mijn-zaken>`);
    await oneEvent(element, 'mijn-zaken-error');
    await element.updateComplete;
    const slot = one<HTMLSlotElement>(element, 'slot[name="login"]');
    expect(slot.assignedElements().map((assigned) => assigned.textContent)).to.deep.equal(['Inloggen met DigiD']);
  });

  it('puts the help slot under an error', async () => {
    const element = await fixture<MijnZakenElement>(html`<mijn-zaken gateway=${scenario({ fail: 503 }).gateway} zaak=${ZAKEN.woz.uuid}>
      <p slot="help">Bel 14 0513</p>
    </mijn-zaken>`);
    await oneEvent(element, 'mijn-zaken-error');
    await element.updateComplete;
    expect(one(element, '[part="error"] slot[name="help"]')).to.exist;
  });

  it('retry loads the zaak once the gateway recovers', async () => {
    const { gateway } = scenario({ fail: 503, 'fail-times': 1 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    const loaded = oneEvent(element, 'mijn-zaken-load');
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await loaded;
    await element.updateComplete;
    expect(textOf(shadow(element))).to.contain('Bezwaar WOZ-waarde');
  });

  it('retry waits for Retry-After before asking again', async () => {
    const { gateway, session } = scenario({ fail: 503, 'fail-times': 1, 'retry-after': 1 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await element.updateComplete;
    expect(textOf(one(element, '[part="error"]'))).to.contain('We proberen het over 1 seconde opnieuw.');
    const before = (await requestLog(session)).requests.length;
    expect(before).to.equal(1);
    await oneEvent(element, 'mijn-zaken-load');
    expect((await requestLog(session)).requests.length).to.be.greaterThan(1);
  });

  it('a network failure is "no connection"', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const { element, event } = await renderElement({ gateway: 'http://127.0.0.1:9/api/zgw', zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'network' });
    expect(textOf(one(element, '[part="error"]'))).to.contain('Er is geen verbinding.');
  });

  it('a gateway that does not answer in time is a timeout', async () => {
    const original = MijnZakenElement.requestTimeoutMs;
    MijnZakenElement.requestTimeoutMs = 300;
    try {
      const { element, event } = await renderElement({ gateway: scenario({ hang: 1 }).gateway, zaak: ZAKEN.woz.uuid });
      expect(event.detail).to.deep.equal({ kind: 'timeout' });
      expect(textOf(one(element, '[part="error"]'))).to.contain('Er is geen verbinding.');
    } finally {
      MijnZakenElement.requestTimeoutMs = original;
    }
  });

  it('the timeout is 15 seconds by default', () => {
    expect(MijnZakenElement.requestTimeoutMs).to.equal(15_000);
  });

  for (const gateway of ['', 'javascript:alert(1)', 'data:text/html,hallo']) {
    it(`gateway="${gateway}" is a configuration error and requests nothing`, async () => {
      const { element, event } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
      expect(event.detail).to.deep.equal({ kind: 'configuration' });
      expect(textOf(one(element, '[part="error"]'))).to.contain('Deze pagina is niet goed ingesteld.');
    });
  }

  it('when only the documents fail, the timeline still shows and the documents say so', async () => {
    const { element, event } = await renderElement({
      gateway: scenario({ fail: 503, 'fail-on': 'zaakinformatieobjecten' }).gateway,
      zaak: ZAKEN.woz.uuid,
    });
    expect(event.type).to.equal('mijn-zaken-load');
    await waitUntil(() => shadow(element).querySelector('.documents-message[role="alert"]'), 'documents error shown');
    expect(shadow(element).querySelectorAll('[part~="step"]').length).to.equal(4);
    await documentsSettled(element);
    expect(textOf(one(element, '.documents-message'))).to.contain('De documenten kunnen we nu niet laten zien.');
  });
});
