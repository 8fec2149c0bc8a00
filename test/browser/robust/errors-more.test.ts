/**
 * The branches of CONTRACT 5's error rules that test/browser/element/errors.test.ts does not cover
 * yet: 429 with Retry-After, other 5xx (500, 502, 504) on the zaak itself, 408 and 410, a 400 that
 * is not about expand, problem+json that is read but never shown, retry after a failure in the
 * second round trip, errors in the overview, one error event per failure, and Retry-After as an
 * HTTP date. Privacy is checked for every request.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { parseRetryAfter } from '../../../src/gateway/errors.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { one, renderElement, shadow, textOf } from '../support/render.js';
import { watchPrivacy } from './support.js';

/** Problem texts the mock gateway sends (like Open Zaak): read, never shown. */
const PROBLEM_TEXTS = ['Er is een serverfout opgetreden', 'De achterliggende dienst', 'Dienst tijdelijk niet beschikbaar', 'Verzoek is afgeknepen', 'Niet gevonden.', 'Je hebt geen toestemming', 'Ongeldige invoer', 'urn:uuid', 'ref/fouten'];

describe('<mijn-zaken> errors, the remaining branches (issue 5)', function () {
  this.timeout(30_000);
  let privacy: Awaited<ReturnType<typeof watchPrivacy>>;
  let sessions: Array<{ gateway: string; session: string }>;
  const use = (options: Record<string, string | number>) => {
    const s = scenario(options);
    sessions.push(s);
    return s;
  };
  beforeEach(async () => {
    freshPage();
    sessions = [];
    privacy = await watchPrivacy();
  });
  afterEach(async () => {
    await privacy.check(sessions);
  });

  const cases = [
    { options: { fail: 500 }, kind: 'unavailable', status: 500, retry: true },
    { options: { fail: 502 }, kind: 'unavailable', status: 502, retry: true },
    { options: { fail: 504 }, kind: 'unavailable', status: 504, retry: true },
    { options: { fail: 429, 'retry-after': 30 }, kind: 'unavailable', status: 429, retry: true },
    { options: { fail: 410 }, kind: 'not-found', status: 410, retry: false },
    { options: { fail: 408 }, kind: 'timeout', status: 408, retry: true },
    { options: { fail: 400, 'fail-on': 'statussen' }, kind: 'invalid-response', status: 400, retry: true },
    { options: { fail: 503, 'fail-on': 'statussen' }, kind: 'unavailable', status: 503, retry: true },
  ] as const;

  for (const { options, kind, status, retry } of cases) {
    it(`${JSON.stringify(options)} → ${kind} (${status}), problem+json never shown`, async () => {
      const errors: unknown[] = [];
      const { element, event } = await renderElement({ gateway: use(options).gateway, zaak: ZAKEN.woz.uuid });
      element.addEventListener('mijn-zaken-error', (e) => errors.push(e.detail));
      expect(event.detail).to.deep.equal({ kind, status });
      const error = one(element, '[part="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(Boolean(error.querySelector('button')), 'retry button').to.equal(retry);
      const shown = textOf(shadow(element));
      for (const problem of PROBLEM_TEXTS) expect(shown, problem).not.to.contain(problem);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect(errors, 'one error event per failure').to.deep.equal([]);
    });
  }

  it('429 with Retry-After: the retry waits, says so, and then loads', async () => {
    const { gateway, session } = use({ fail: 429, 'retry-after': 1, 'fail-times': 1 });
    const { element, event } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'unavailable', status: 429 });
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    await element.updateComplete;
    expect(textOf(one(element, '[part="error"]'))).to.contain('We proberen het over 1 seconde opnieuw.');
    expect(shadow(element).querySelector('[part="error"] button'), 'no second retry button while waiting').to.equal(null);
    expect((await requestLog(session)).requests).to.have.length(1);
    await oneEvent(element, 'mijn-zaken-load');
    expect(textOf(shadow(element))).to.contain('Bezwaar WOZ-waarde');
  });

  it('a failure in the second round trip (statussen) is retried and then loads', async () => {
    const { gateway } = use({ fail: 503, 'fail-on': 'statussen', 'fail-times': 1 });
    const { element, event } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
    expect(event.detail).to.deep.equal({ kind: 'unavailable', status: 503 });
    const loaded = oneEvent(element, 'mijn-zaken-load');
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    expect((await loaded).detail).to.deep.equal({ view: 'detail', zaak: ZAKEN.woz.uuid });
  });

  it('the overview: 401 shows the login text, 503 offers a retry that recovers', async () => {
    const unauthorized = await renderElement({ gateway: use({ fail: 401 }).gateway, attributes: { navigation: 'none' } });
    expect(unauthorized.event.detail).to.deep.equal({ kind: 'unauthorized', status: 401 });
    expect(textOf(one(unauthorized.element, '[part="error"]'))).to.contain('Log in om uw zaken te zien.');
    const { element, event } = await renderElement({ gateway: use({ fail: 503, 'fail-times': 1 }).gateway, attributes: { navigation: 'none' } });
    expect(event.detail).to.deep.equal({ kind: 'unavailable', status: 503 });
    const loaded = oneEvent(element, 'mijn-zaken-load');
    one<HTMLButtonElement>(element, '[part="error"] button').click();
    expect((await loaded).detail).to.deep.equal({ view: 'overview', count: 7 });
  });

  it('a zaak looked up by identificatie: errors of the list request are the same errors', async () => {
    const { event } = await renderElement({ gateway: use({ fail: 403 }).gateway, zaak: ZAKEN.woz.identificatie });
    expect(event.detail).to.deep.equal({ kind: 'forbidden', status: 403 });
    const shape = await renderElement({ gateway: use({ body: 'wrong-shape' }).gateway, zaak: ZAKEN.woz.identificatie });
    expect(shape.event.detail).to.deep.equal({ kind: 'invalid-response' });
  });

  it('Retry-After as an HTTP date, capped at 10 minutes, garbage ignored', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).to.equal(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).to.equal(0);
    expect(parseRetryAfter('86400', now)).to.equal(600_000);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter('', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });
});
