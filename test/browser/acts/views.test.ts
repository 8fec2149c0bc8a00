/**
 * CONTRACT 3.5, 3.6, 6 and 8: the "Actie nodig" and "Uw vragen over deze zaak" templates rendered into a
 * shadow root as the element would, with axe (WCAG 2.2 AA) in every state; parts, headings at the
 * level given, the question form's label, count, errors and kept text.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import { CANARY, HOSTILE_TEXTS } from '../../../demo/gateway/hostile.mjs';
import {
  actsFormat,
  actsMessagesFor,
  countAnnouncement,
  renderQuestions,
  renderTasks,
  type ActsViewContext,
  type QuestionFormState,
  type QuestionView,
  type TaskView,
} from '../../../src/acts/index.js';
import { parseCapabilities, toQuestionViews, toTaskViews } from '../../../src/acts/index.js';
import { expectAccessible } from '../support/axe.js';
import { actsHost, cleanUp } from './support.js';

type Canary = typeof globalThis & { [CANARY]?: unknown };
const TODAY = '2026-11-23';
const context = (lang = 'nl', headingLevel = 3): ActsViewContext => ({ headingLevel, t: actsMessagesFor(lang), format: actsFormat(lang), today: TODAY, idPrefix: 'mz1' });

const TASKS: TaskView[] = [
  { uuid: 'a', kind: 'url', title: 'Bankafschriften aanleveren', explanation: 'Stuur ons de afschriften van de laatste 3 maanden.', deadline: '2026-12-12', overdue: false, link: 'https://formulieren.gemeente.example/buren', amount: null },
  { uuid: 'b', kind: 'payment', title: 'Leges betalen', explanation: null, deadline: '2027-01-08', overdue: false, link: 'https://mijn.gemeente.example/taken/b', amount: { value: 171, currency: 'EUR' } },
  { uuid: 'c', kind: 'form', title: 'Vragenlijst invullen', explanation: 'Beantwoord een paar vragen.', deadline: '2026-11-20', overdue: true, link: null, amount: null },
];
const QUESTIONS: QuestionView[] = [
  { uuid: 'q1', date: '2026-11-13T09:15:00Z', channel: 'form', text: 'Wanneer wordt de lantaarnpaal gerepareerd?', answers: [{ date: '2026-11-16T13:02:00Z', channel: 'email', text: 'In week 49.' }] },
  { uuid: 'q2', date: '2026-11-20T18:40:00Z', channel: null, text: 'Krijg ik bericht?', answers: [] },
];
const idle = (overrides: Partial<QuestionFormState> = {}): QuestionFormState => ({ draft: '', maxLength: 1000, phase: 'idle', problem: null, ...overrides });
const noop = { onInput: () => {}, onSubmit: () => {} };

describe('acts views', () => {
  afterEach(cleanUp);

  it('Actie nodig: part tasks, a task per part task, headings at the level given, calm overdue text, link and amount', async () => {
    const { host, root, show } = actsHost();
    show(renderTasks({ kind: 'ready', value: TASKS }, context('nl', 3)));
    const section = root.querySelector('[part="tasks"]')!;
    expect(section.querySelector('h3')?.textContent).to.equal('Actie nodig');
    expect(section.getAttribute('aria-labelledby')).to.equal(section.querySelector('h3')?.id);
    const tasks = [...root.querySelectorAll('[part="task"]')];
    expect(tasks.map((t) => t.querySelector('h4')?.textContent)).to.deep.equal(['Bankafschriften aanleveren', 'Leges betalen', 'Vragenlijst invullen']);
    expect(tasks[0]?.querySelector('time')?.textContent).to.equal('Graag vóór 12 december');
    expect(tasks[0]?.querySelector('time')?.getAttribute('datetime')).to.equal('2026-12-12');
    expect(tasks[1]?.textContent).to.include('Graag vóór 8 januari 2027');
    expect(tasks[1]?.textContent?.replace(/\s+/g, ' ')).to.match(/Bedrag € 171,00/);
    expect(tasks[2]?.textContent).to.include('De datum was 20 november. U kunt dit nog steeds doen.');
    // Not shouted: the passed deadline looks like any other (no error colour, no capitals, no weight).
    const [due, overdue] = [tasks[0]!, tasks[2]!].map((t) => getComputedStyle(t.querySelector('.acts-deadline')!));
    expect([overdue!.color, overdue!.fontWeight, overdue!.textTransform]).to.deep.equal([due!.color, due!.fontWeight, due!.textTransform]);
    expect(tasks[0]?.querySelector('a')?.getAttribute('href')).to.equal('https://formulieren.gemeente.example/buren');
    expect(tasks[1]?.querySelector('a')?.textContent).to.equal('Nu betalen');
    expect(tasks[2]?.querySelector('a')).to.equal(null);
    await expectAccessible(host);
  });

  it('Actie nodig: nothing while loading or without tasks; a short note with a retry when it failed', async () => {
    expect(renderTasks({ kind: 'loading' }, context())).to.equal(nothing);
    expect(renderTasks({ kind: 'ready', value: [] }, context())).to.equal(nothing);
    let retried = 0;
    const { host, root, show } = actsHost();
    show(renderTasks({ kind: 'failed', onRetry: () => (retried += 1) }, context()));
    expect(root.textContent).to.include('We kunnen nu niet laten zien wat u nog moet doen.');
    root.querySelector('button')!.click();
    expect(retried).to.equal(1);
    await expectAccessible(host);
  });

  it('Uw vragen: threads oldest first, date and channel in words, answers under the question, "nog geen antwoord"', async () => {
    const { host, root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: QUESTIONS }, { state: idle(), callbacks: noop }, context('nl', 2)));
    expect(root.querySelector('[part="questions"] h2')?.textContent).to.equal('Uw vragen over deze zaak');
    const questions = [...root.querySelectorAll('[part="question"]')];
    expect(questions.length).to.equal(2);
    expect(questions[0]?.textContent?.replace(/\s+/g, ' ')).to.include('Gesteld op 13 november 2026 via de website');
    expect(questions[0]?.querySelector('[part="answer"]')?.textContent?.replace(/\s+/g, ' ')).to.include('Beantwoord op 16 november 2026 per e-mail');
    expect(questions[1]?.querySelector('[part="answer"]')).to.equal(null);
    expect(questions[1]?.textContent).to.include('Er is nog geen antwoord.');
    expect(root.querySelector('[part="question-form"]')).not.to.equal(null);
    await expectAccessible(host);
  });

  for (const [name, section] of [
    ['loading', { kind: 'loading' }],
    ['failed', { kind: 'failed', onRetry: () => {} }],
    ['empty', { kind: 'ready', value: [] }],
  ] as const) {
    it(`Uw vragen, ${name}: its own text, accessible`, async () => {
      const { host, root, show } = actsHost();
      show(renderQuestions(section, { state: idle(), callbacks: noop }, context()));
      expect(root.querySelector('[part="questions"]')?.textContent).to.include(
        { loading: 'Uw vragen worden geladen.', failed: 'We kunnen uw vragen nu niet laten zien.', empty: 'U heeft nog geen vragen gesteld over deze zaak.' }[name],
      );
      await expectAccessible(host);
    });
  }

  it('the form: a visible label, maxLength from capabilities, hint and count read with the field, input and submit go to the callbacks', async () => {
    const calls: string[] = [];
    const { host, root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ maxLength: 300 }), callbacks: { onInput: (v) => calls.push(`input:${v}`), onSubmit: (v) => calls.push(`submit:${v}`) } }, context()));
    const textarea = root.querySelector('textarea')!;
    const label = root.querySelector(`label[for="${textarea.id}"]`)!;
    expect(label.textContent).to.equal('Uw vraag');
    expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textarea.maxLength).to.equal(300);
    const described = textarea.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)?.textContent);
    expect(described).to.deep.equal(['Schrijf kort wat u wilt weten. Zet geen BSN in uw vraag.', 'U kunt nog 300 van de 300 tekens typen.']);
    expect(textarea.getAttribute('aria-invalid')).to.equal('false');
    textarea.value = 'Hoe lang duurt het?';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ maxLength: 300, draft: 'Hoe lang duurt het?' }), callbacks: { onInput: () => {}, onSubmit: (v) => calls.push(`submit:${v}`) } }, context()));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(calls).to.deep.equal(['input:Hoe lang duurt het?', 'submit:Hoe lang duurt het?']);
    expect(root.getElementById(`${textarea.id}-count`)?.textContent).to.equal('U kunt nog 281 van de 300 tekens typen.');
    await expectAccessible(host);
  });

  it('the count is said politely only near the limit, not on every keystroke', () => {
    const t = actsMessagesFor('nl');
    const said = new Set<string>();
    for (let length = 0; length <= 1000; length += 1) said.add(countAnnouncement('x'.repeat(length), 1000, t));
    expect([...said]).to.deep.equal(['', 'Nog minder dan 100 tekens over.', 'Nog minder dan 50 tekens over.', 'Nog minder dan 25 tekens over.', 'Nog minder dan 10 tekens over.', 'U heeft het maximum van 1000 tekens bereikt.']);
    const { root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ maxLength: 100, draft: 'x'.repeat(95) }), callbacks: noop }, context()));
    const live = root.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('Nog minder dan 10 tekens over.');
  });

  it('a rejected 400: aria-invalid, aria-describedby to the message (hostile text stays text), the typed text kept', async () => {
    const { host, root, show } = actsHost();
    const draft = 'Mijn vraag <b>vet</b>';
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ draft }), callbacks: noop }, context()));
    const textarea = root.querySelector('textarea')!;
    textarea.focus();
    const message = '<img src=x onerror="globalThis.__mzCanary=1">Ongeldige tekens';
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ draft, problem: { kind: 'rejected', message } }), callbacks: noop }, context()));
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    const error = root.getElementById(`${textarea.id}-error`)!;
    expect(error.textContent).to.equal(message);
    expect(error.querySelector('img')).to.equal(null);
    expect(textarea.getAttribute('aria-describedby')?.split(' ')).to.include(error.id);
    expect(textarea.value).to.equal(draft);
    expect(root.activeElement).to.equal(textarea);
    await nextFrame();
    expect((globalThis as Canary)[CANARY]).to.equal(undefined);
    await expectAccessible(host);
  });

  it('checks before sending: empty and too long marked on the field', async () => {
    const { host, root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ maxLength: 10, problem: { kind: 'too-long' } }), callbacks: noop }, context()));
    expect(root.querySelector('.acts-error')?.textContent).to.equal('Uw vraag is te lang. Gebruik niet meer dan 10 tekens.');
    expect(root.querySelector('textarea')?.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(host);
  });

  it('sending: announced, a second submit ignored, the button keeps focus (aria-disabled, not disabled)', async () => {
    const submits: string[] = [];
    const { host, root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ draft: 'Vraag', phase: 'sending' }), callbacks: { onInput: () => {}, onSubmit: (v) => submits.push(v) } }, context()));
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.focus();
    button.click();
    expect(submits).to.deep.equal([]);
    expect(button.disabled).to.equal(false);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(root.querySelector('[role="status"]')?.textContent).to.include('Uw vraag wordt verstuurd.');
    await expectAccessible(host);
  });

  it('failed (network, 5xx): a clear message, the typed text kept; sent: "Uw vraag is ontvangen", focusable for the element to move focus to', async () => {
    const { host, root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: [] }, { state: idle({ draft: 'Mijn vraag', phase: 'failed' }), callbacks: noop }, context()));
    expect(root.querySelector('textarea')?.value).to.equal('Mijn vraag');
    expect(root.querySelector('[role="status"]')?.textContent).to.include('Uw vraag is niet verstuurd. Uw tekst staat er nog.');
    expect(root.querySelector('textarea')?.getAttribute('aria-invalid')).to.equal('false');
    await expectAccessible(host);
    show(renderQuestions({ kind: 'ready', value: QUESTIONS }, { state: idle({ phase: 'sent' }), callbacks: noop }, context()));
    const received = root.querySelector<HTMLElement>('.acts-received')!;
    expect(received.textContent).to.equal('Uw vraag is ontvangen. U krijgt zo snel mogelijk antwoord.');
    received.focus();
    expect(root.activeElement).to.equal(received);
    expect(root.querySelector('textarea')?.value).to.equal('');
    await expectAccessible(host);
  });

  it('no form when the gateway does not let the resident ask', () => {
    const { root, show } = actsHost();
    show(renderQuestions({ kind: 'ready', value: QUESTIONS }, null, context()));
    expect(root.querySelector('[part="question-form"]')).to.equal(null);
  });

  it('English and Frisian: every text in the language, Frisian months from the catalogue', async () => {
    for (const [lang, heading, deadline] of [
      ['en', 'Action needed', 'Please do this by 12 December'],
      ['fy', 'Aksje nedich', 'Graach foar 12 desimber'],
    ] as const) {
      const { host, root, show } = actsHost(lang);
      show(renderTasks({ kind: 'ready', value: TASKS.slice(0, 1) }, context(lang)));
      expect(root.querySelector('h3')?.textContent).to.equal(heading);
      expect(root.querySelector('time')?.textContent).to.equal(deadline);
      show(renderQuestions({ kind: 'ready', value: QUESTIONS }, { state: idle(), callbacks: noop }, context(lang)));
      expect(root.textContent).not.to.match(/Uw vraag|Gesteld op|nog geen antwoord/);
      await expectAccessible(host);
      cleanUp();
    }
  });

  it('heading level 6: items are paragraphs, never an h7; level 1 gives h1 and h2', () => {
    const { root, show } = actsHost();
    show(renderTasks({ kind: 'ready', value: TASKS }, context('nl', 6)));
    expect(root.querySelector('h6')?.textContent).to.equal('Actie nodig');
    expect(root.querySelectorAll('[part="task"] p.acts-item-title').length).to.equal(3);
    show(renderTasks({ kind: 'ready', value: TASKS }, context('nl', 1)));
    expect([root.querySelectorAll('h1').length, root.querySelectorAll('h2').length]).to.deep.equal([1, 3]);
  });

  it('hostile strings in every field render as text: no element, no script, accessible', async () => {
    delete (globalThis as Canary)[CANARY];
    const { host, root, show } = actsHost();
    // Through the models, as the element does: gateway JSON → view model → template.
    const caps = parseCapabilities({ version: 1, tasks: { zaakUrn: 'urn:nld:g:zaak:{uuid}' }, linkOrigins: ['https://formulieren.gemeente.example'] });
    const urn = 'urn:nld:g:zaak:1';
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const tasks = toTaskViews(
      HOSTILE_TEXTS.map((text, n) => ({ uuid: uuid(n), status: 'open', titel: text, toelichting: text, taakSoort: 'urltaak', isGerelateerdAan: [{ urn }], einddatumHandelingsTermijn: text, details: { uitvraagLink: text } })),
      urn,
      caps,
      TODAY,
    );
    const zaak = uuid(999);
    const questions = toQuestionViews(
      HOSTILE_TEXTS.flatMap((text, n) => [
        { uuid: uuid(n), inhoud: text, onderwerp: text, kanaal: text, plaatsgevondenOp: text },
        { uuid: uuid(500 + n), inhoud: text, reactie: text, kanaal: text, plaatsgevondenOp: text },
      ]),
      HOSTILE_TEXTS.flatMap((_, n) => [
        { klantcontact: { uuid: uuid(n) }, onderwerpobjectidentificator: { codeObjecttype: 'zaak', objectId: zaak } },
        { klantcontact: { uuid: uuid(500 + n) }, wasKlantcontact: { uuid: uuid(n) } },
      ]),
      zaak,
    );
    expect(tasks.length).to.be.greaterThan(HOSTILE_TEXTS.length - 3);
    expect(questions.length).to.be.greaterThan(HOSTILE_TEXTS.length - 3);
    show([renderTasks({ kind: 'ready', value: tasks }, context()), renderQuestions({ kind: 'ready', value: questions }, { state: idle({ draft: HOSTILE_TEXTS.join('') }), callbacks: noop }, context())]);
    await nextFrame();
    expect((globalThis as Canary)[CANARY]).to.equal(undefined);
    expect(root.querySelectorAll('script, img, svg, iframe, math, object').length).to.equal(0);
    await expectAccessible(host);
  });
});
