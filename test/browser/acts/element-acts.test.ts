/**
 * CONTRACT 8 in the element, against the real mock gateway: what the gateway announces in
 * `mijn-zaken/v1/capabilities` (scenario options caps-*), loaded on demand from the acts module.
 * Numbered by clause: 8.0 capabilities, 8.1 tasks, 8.2 questions, 8.3 asking, 8.6 parts and events.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clock } from '../../../src/i18n/format.js';
import type { MijnZakenElement } from '../../../src/index.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { all, one, renderElement, shadow, textOf } from '../support/render.js';

const acts = (options: Record<string, string | number> = {}) => scenario({ caps: 'on', ...options });

/** The acts module's requests on this page (source build: src/acts/…). The read-only tests come first: once loaded, a module is not requested again. */
const actsModuleLoads = () => performance.getEntriesByType('resource').filter((entry) => /\/src\/acts\/(?!load\.ts)/.test(entry.name));

async function until(element: Element, selector: string, message = `no ${selector}`): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector(selector), message, { timeout: 5000 });
  await (element as MijnZakenElement).updateComplete;
  return one<HTMLElement>(element, selector);
}

const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;

/** The detail of the Tilburg klacht with its questions loaded. */
async function klacht(options: Record<string, string | number> = {}, attributes: Record<string, string> = {}) {
  const gw = acts(options);
  const { element } = await renderElement({ gateway: gw.gateway, zaak: ZAKEN.klacht.uuid, attributes });
  await until(element, '[part="question"]');
  return { element, ...gw };
}

async function type(element: Element, value: string): Promise<HTMLTextAreaElement> {
  const field = one<HTMLTextAreaElement>(element, '[part="question-form"] textarea');
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await (element as MijnZakenElement).updateComplete;
  return field;
}

const send = (element: Element) => one<HTMLButtonElement>(element, '[part="question-form"] button[type="submit"]').click();

describe('CONTRACT 8 in the element', function () {
  this.timeout(20_000);
  const realNow = clock.now;
  // The mock's "today" (demo/gateway/resources/seed.mjs).
  beforeEach(() => {
    freshPage();
    clock.now = () => Date.parse('2026-11-23T10:00:00Z');
  });
  afterEach(() => {
    clock.now = realNow;
  });

  it('8.0 a plain ZGW gateway (capabilities 404): read-only as before, no acts module loaded, no error, nothing new shown', async () => {
    const { gateway, session } = scenario({ caps: 'off' });
    const errors: Event[] = [];
    document.addEventListener('mijn-zaken-error', (event) => errors.push(event));
    const { element, event } = await renderElement({ gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
    expect(event.type).to.equal('mijn-zaken-load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { requests } = await requestLog(session, true);
    const capabilities = requests.filter((request) => request.path.endsWith('/mijn-zaken/v1/capabilities'));
    expect(capabilities.map((request) => request.status)).to.deep.equal([404]);
    expect(requests.some((request) => /taken|klantinteracties/.test(request.path))).to.equal(false);
    expect(actsModuleLoads()).to.deep.equal([]);
    expect(all(element, '[part="tasks"], [part="questions"], [part="question-form"], .zaak-mark')).to.deep.equal([]);
    expect(all(element, '[part="error"]')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  for (const [label, options] of [
    ['a 500', { fail: 500 }],
    ['broken JSON', { body: 'invalid-json' }],
    ['an answer that hangs', { hang: 1 }],
  ] as const) {
    it(`8.0 capabilities that fail (${label}): read-only, the zaak shown, no error, no acts module`, async () => {
      const errors: Event[] = [];
      const { gateway } = acts({ ...options, 'fail-on': 'mijn-zaken' });
      const { element, event } = await renderElement({ gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
      element.addEventListener('mijn-zaken-error', (e) => errors.push(e));
      expect(event.type).to.equal('mijn-zaken-load');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(actsModuleLoads()).to.deep.equal([]);
      expect(all(element, '[part="tasks"], [part="questions"], [part="error"]')).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  }

  it('8.0 capabilities are asked once per gateway per page, by every element on it', async () => {
    const { gateway, session } = acts();
    await Promise.all([renderElement({ gateway, zaak: ZAKEN.inkomenstoeslag.uuid }), renderElement({ gateway, zaak: ZAKEN.klacht.uuid }), renderElement({ gateway })]);
    const { requests } = await requestLog(session, true);
    expect(requests.filter((request) => request.path.endsWith('/mijn-zaken/v1/capabilities')).length).to.equal(1);
  });

  it('8.1 Buren: the open task above the timeline, with title, deadline, what to do and its form link; the task that was done is not shown', async () => {
    const { gateway } = acts();
    const { element } = await renderElement({ gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
    const tasks = await until(element, '[part="tasks"]');
    const sections = all(element, '[part="detail"] section');
    expect(sections.indexOf(tasks)).to.be.lessThan(sections.indexOf(one(element, '[aria-labelledby$="-status"]')));
    expect(all(element, '[part="task"]').length).to.equal(1);
    const text = textOf(one(element, '[part="task"]'));
    expect(text).to.include('Bankafschriften aanleveren');
    expect(text).to.include('Graag vóór 12 december');
    expect(text).to.include('Stuur ons de afschriften');
    expect(text).not.to.include('identiteitsbewijs');
    const link = one<HTMLAnchorElement>(element, '[part="task"] a');
    expect(new URL(link.href).origin).to.equal('https://formulieren.gemeente.example');
    expect(textOf(one(element, '[part="tasks"] h3'))).to.equal('Actie nodig');
    await expectAccessible(element);
  });

  it('8.1 a deadline that passed is said calmly: no alarm, no error colour, the link still there', async () => {
    clock.now = () => Date.parse('2026-12-20T10:00:00Z');
    const { element } = await renderElement({ gateway: acts().gateway, zaak: ZAKEN.inkomenstoeslag.uuid });
    const task = await until(element, '[part="task"]');
    expect(textOf(task.querySelector('.acts-deadline'))).to.equal('De datum was 12 december. U kunt dit nog steeds doen.');
    expect(task.querySelector('[role="alert"], .acts-error')).to.equal(null);
    expect(getComputedStyle(task.querySelector('.acts-deadline')!).color).to.equal(getComputedStyle(task).color);
    expect(task.querySelector('a')).not.to.equal(null);
    await expectAccessible(element);
  });

  it('8.1 a payment task shows its amount and links to tasks.taskUrl; links only to linkOrigins', async () => {
    const { element } = await renderElement({ gateway: acts().gateway, zaak: ZAKEN.suspended.uuid });
    await until(element, '[part="task"]');
    expect(textOf(one(element, '[part="task"]'))).to.match(/€\s?171,00/);
    expect(one<HTMLAnchorElement>(element, '[part="task"] a').href).to.match(/^https:\/\/mijn\.gemeente\.example\/taken\//);
    freshPage();
    const narrow = await renderElement({ gateway: acts({ 'caps-link-origins': 'elders.example' }).gateway, zaak: ZAKEN.suspended.uuid });
    await until(narrow.element, '[part="task"]');
    expect(all(narrow.element, '[part="task"] a')).to.deep.equal([]);
  });

  it('8.1 overview: one list of open tasks (not one request per zaak); a zaak with an open task says "Actie nodig", in its link\'s name too', async () => {
    const { gateway, session } = acts();
    const { element } = await renderElement({ gateway });
    await until(element, '.zaak-mark');
    const marked = all(element, '[part="zaak"]').filter((zaak) => zaak.querySelector('.zaak-mark'));
    expect(marked.map((zaak) => zaak.dataset.uuid).sort()).to.deep.equal([ZAKEN.inkomenstoeslag.uuid, ZAKEN.suspended.uuid, ZAKEN.woz.uuid].sort());
    const buren = marked.find((zaak) => zaak.dataset.uuid === ZAKEN.inkomenstoeslag.uuid)!;
    expect(textOf(buren.querySelector('.zaak-mark'))).to.equal('Actie nodig');
    const link = buren.querySelector('.zaak-link')!;
    const name = shadow(element).getElementById(link.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).to.match(/^[^,]+, Actie nodig, zaaknummer ZAAK-2026-0000456/);
    const unmarked = all(element, '[part="zaak"]').find((zaak) => zaak.dataset.uuid === ZAKEN.klacht.uuid)!;
    expect(shadow(element).getElementById(unmarked.querySelector('.zaak-link')!.getAttribute('aria-labelledby')!)!.textContent).not.to.include('Actie nodig');
    const taken = (await requestLog(session)).requests.filter((request) => request.path.includes('/taken/'));
    expect(taken.map((request) => [request.path.replace(/^.*\/taken\//, ''), request.query])).to.deep.equal([['api/v1/externetaken', { status: 'open' }]]);
    await expectAccessible(element);
  });

  it('8.2 Tilburg klacht: questions oldest first with date and channel in words, the answer under its question, "nog geen antwoord" under the other', async () => {
    const { element } = await klacht();
    const section = one(element, '[part="questions"]');
    const sections = all(element, '[part="detail"] section');
    expect(sections.indexOf(section)).to.be.greaterThan(sections.indexOf(one(element, '[aria-labelledby$="-documents"]')));
    const questions = all(element, '[part="question"]');
    expect(questions.length).to.equal(2);
    expect(textOf(questions[0])).to.include('Wanneer wordt de lantaarnpaal in mijn straat gerepareerd?');
    expect(textOf(questions[0])).to.include('Gesteld op 13 november 2026 via de website');
    expect(textOf(questions[0]!.querySelector('[part="answer"]'))).to.include('Beantwoord op 16 november 2026 per e-mail');
    expect(textOf(questions[0]!.querySelector('[part="answer"]'))).to.include('week 49');
    expect(questions[1]!.querySelector('[part="answer"]')).to.equal(null);
    expect(textOf(questions[1])).to.include('Er is nog geen antwoord.');
    expect(textOf(section)).to.include('Uw vragen over deze zaak');
    await expectAccessible(element);
  });

  it('8.3 asking: label, count and maxLength from capabilities; sent as klantcontact + onderwerpobject; "received", in the list, focus on the note, mijn-zaken-submit', async () => {
    const { element, session } = await klacht({ 'caps-max-length': 280 });
    const field = one<HTMLTextAreaElement>(element, '[part="question-form"] textarea');
    expect(field.maxLength).to.equal(280);
    expect(textOf(one(element, `label[for="${field.id}"]`))).to.equal('Uw vraag');
    await type(element, 'Wie kan ik bellen?');
    expect(textOf(one(element, `#${field.id}-count`))).to.equal('U kunt nog 262 van de 280 tekens typen.');
    const submitted = oneEvent(element, 'mijn-zaken-submit');
    send(element);
    const event = (await submitted) as CustomEvent;
    expect(event.detail).to.deep.equal({ what: 'question', zaak: ZAKEN.klacht.uuid });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    const received = await until(element, '.acts-received');
    expect(textOf(received)).to.equal('Uw vraag is ontvangen. U krijgt zo snel mogelijk antwoord.');
    expect(active(element)).to.equal(received);
    const questions = all(element, '[part="question"]');
    expect(questions.length).to.equal(3);
    expect(textOf(questions[2])).to.include('Wie kan ik bellen?');
    expect(one<HTMLTextAreaElement>(element, 'textarea').value).to.equal('');
    const writes = (await requestLog(session)).requests.filter((request) => request.method !== 'GET');
    // The mock refuses a write without `X-Mijn-Zaken: 1` (CSRF), so a 201 says it was sent.
    expect(writes.map((request) => [request.method, request.path.split('/').slice(-1)[0], request.status])).to.deep.equal([
      ['POST', 'klantcontacten', 201],
      ['POST', 'onderwerpobjecten', 201],
    ]);
    await expectAccessible(element);
  });

  it('8.3 the question is in the list when the zaak is opened again (the gateway has it)', async () => {
    const { element, gateway } = await klacht();
    await type(element, 'Staat mijn klacht al in behandeling?');
    send(element);
    await until(element, '.acts-received');
    element.remove();
    freshPage();
    const again = await renderElement({ gateway, zaak: ZAKEN.klacht.uuid });
    await until(again.element, '[part="question"]');
    expect(all(again.element, '[part="question"]').map((q) => textOf(q))).to.satisfy((texts: string[]) => texts.some((t) => t.includes('Staat mijn klacht al in behandeling?')));
  });

  it('8.3 an empty question is not sent: the field is marked and focused', async () => {
    const { element, session } = await klacht();
    await type(element, '   ');
    send(element);
    await element.updateComplete;
    const field = one<HTMLTextAreaElement>(element, 'textarea');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(one(element, `#${field.id}-error`))).to.equal('Typ eerst uw vraag.');
    await waitUntil(() => active(element) === field, 'focus on the field');
    expect((await requestLog(session)).requests.filter((request) => request.method !== 'GET')).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('8.3 a 400 (the onderwerpobject refused): mijn-zaken-error rejected, the klantcontact removed, the field marked and focused, the text kept', async () => {
    const { element, session } = await klacht({ fail: 400, 'fail-on': 'onderwerpobjecten' });
    await type(element, 'Mijn vraag die niet mag');
    const error = oneEvent(element, 'mijn-zaken-error');
    send(element);
    expect(((await error) as CustomEvent).detail).to.deep.equal({ kind: 'rejected', status: 400 });
    await element.updateComplete;
    const field = one<HTMLTextAreaElement>(element, 'textarea');
    expect(field.value).to.equal('Mijn vraag die niet mag');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const message = one(element, `#${field.id}-error`);
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    expect(textOf(message)).to.include('Uw tekst staat er nog');
    await waitUntil(() => active(element) === field, 'focus on the field');
    const writes = (await requestLog(session)).requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.path.split('/').slice(-2)[0] === 'klantcontacten' ? 'klantcontacten/{uuid}' : request.path.split('/').slice(-1)[0], request.status])).to.deep.equal([
      ['POST', 'klantcontacten', 201],
      ['POST', 'onderwerpobjecten', 400],
      ['DELETE', 'klantcontacten/{uuid}', 204],
    ]);
    expect(all(element, '[part="question"]').length).to.equal(2);
    await expectAccessible(element);
  });

  it('8.3 the gateway unavailable (503): a clear note gets focus, the text stays, nothing half-made stays', async () => {
    const { element, session } = await klacht({ fail: 503, 'fail-on': 'onderwerpobjecten' });
    await type(element, 'Nog een vraag');
    const error = oneEvent(element, 'mijn-zaken-error');
    send(element);
    expect(((await error) as CustomEvent).detail).to.deep.equal({ kind: 'unavailable', status: 503 });
    const note = await until(element, '.acts-error-note');
    expect(textOf(note)).to.include('Uw tekst staat er nog');
    await waitUntil(() => active(element) === note, 'focus on the note');
    expect(one<HTMLTextAreaElement>(element, 'textarea').value).to.equal('Nog een vraag');
    expect(one(element, 'textarea').getAttribute('aria-invalid')).to.equal('false');
    const methods = (await requestLog(session)).requests.filter((request) => request.method !== 'GET').map((request) => request.method);
    expect(methods).to.deep.equal(['POST', 'POST', 'DELETE']);
    await expectAccessible(element);
  });

  it('8.3 a lost connection: the text stays, the note gets focus, mijn-zaken-error network; sending again works', async () => {
    const { element } = await klacht();
    await type(element, 'Vraag zonder verbinding');
    const realFetch = window.fetch;
    // The network, not the element: every write fails as a dropped connection does.
    window.fetch = (input, init) => (init?.method && init.method !== 'GET' ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    try {
      const error = oneEvent(element, 'mijn-zaken-error');
      send(element);
      expect(((await error) as CustomEvent).detail).to.deep.equal({ kind: 'network' });
    } finally {
      window.fetch = realFetch;
    }
    const note = await until(element, '.acts-error-note');
    await waitUntil(() => active(element) === note, 'focus on the note');
    expect(one<HTMLTextAreaElement>(element, 'textarea').value).to.equal('Vraag zonder verbinding');
    send(element);
    await until(element, '.acts-received');
    expect(all(element, '[part="question"]').length).to.equal(3);
  });

  it('8.3 keyboard: type, Tab to the button, Enter sends; focus lands on the "received" note', async () => {
    const { element } = await klacht();
    one<HTMLTextAreaElement>(element, 'textarea').focus();
    await sendKeys({ type: 'Kan ik langskomen?' });
    await element.updateComplete;
    expect(one<HTMLTextAreaElement>(element, 'textarea').value).to.equal('Kan ik langskomen?');
    await sendKeys({ press: 'Tab' });
    expect(active(element)).to.equal(one(element, '[part="question-form"] button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    const received = await until(element, '.acts-received');
    await waitUntil(() => active(element) === received, 'focus on the received note');
  });

  it('8.2 medewerker: the questions and answers too, no form to ask as the resident', async () => {
    const { element } = await klacht({}, { audience: 'medewerker' });
    expect(all(element, '[part="question"]').length).to.equal(2);
    expect(all(element, '[part="answer"]').length).to.equal(1);
    expect(all(element, '[part="question-form"]')).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('8.2 a failing questions list fails on its own, with a retry that brings focus to its heading', async () => {
    const { gateway } = acts({ fail: 503, 'fail-on': 'klantcontacten', 'fail-times': 1 });
    const { element } = await renderElement({ gateway, zaak: ZAKEN.klacht.uuid });
    const note = await until(element, '[part="questions"] .acts-note');
    expect(textOf(note)).to.include('We kunnen uw vragen nu niet laten zien.');
    expect(all(element, '[part="timeline"]').length).to.equal(1);
    await expectAccessible(element);
    note.querySelector('button')!.click();
    await until(element, '[part="question"]');
    await waitUntil(() => active(element)?.id.endsWith('-questions'), 'focus on the questions heading');
  });

  it('8.6 texts in English and Frisian', async () => {
    for (const [lang, heading, tasks] of [
      ['en', 'Your questions about this case', 'Action needed'],
      ['fy', 'Jo fragen oer dizze saak', 'Aksje nedich'],
    ] as const) {
      freshPage();
      const gw = acts();
      const { element } = await renderElement({ gateway: gw.gateway, zaak: ZAKEN.klacht.uuid, attributes: { lang } });
      await until(element, '[part="questions"] h3');
      expect(textOf(one(element, '[part="questions"] h3'))).to.equal(heading);
      const overview = await renderElement({ gateway: gw.gateway, attributes: { lang } });
      expect(textOf(await until(overview.element, '.zaak-mark'))).to.equal(tasks);
    }
  });
});
