/**
 * End to end over real HTTP: the web-test-runner's mock gateway (/api/zgw, demo/gateway/resources/)
 * answers capabilities, Taken and Klantinteracties for the demo zaken; the acts models turn those
 * answers into what the resident sees, and the views render them accessibly.
 */
import { expect } from '@open-wc/testing';
import {
  READ_ONLY,
  actsFormat,
  actsMessagesFor,
  fillZaakUrn,
  parseCapabilities,
  renderQuestions,
  renderTasks,
  toQuestionViews,
  toTaskViews,
  type Capabilities,
} from '../../../src/acts/index.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';
import { actsHost, cleanUp } from './support.js';

/** seed.mjs's "today". */
const TODAY = '2026-11-23';

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15000);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, redirect: 'manual' });
    return { status: response.status, body: response.ok ? await response.json() : null };
  } finally {
    clearTimeout(timer);
  }
}

async function capabilities(gateway: string): Promise<Capabilities> {
  const { status, body } = await getJson(`${gateway}/mijn-zaken/v1/capabilities`);
  return status === 200 ? parseCapabilities(body) : READ_ONLY;
}

async function tasksOf(gateway: string, caps: Capabilities, zaak: { uuid: string; identificatie: string }) {
  const urn = fillZaakUrn(caps.tasks!.zaakUrn, zaak);
  const { body } = await getJson(`${gateway}/taken/api/v1/externetaken?${new URLSearchParams({ isGerelateerdAan: urn!, status: 'open' })}`);
  return toTaskViews(body, urn, caps, TODAY);
}

describe('acts against the mock gateway (real HTTP)', () => {
  afterEach(cleanUp);

  it('8.0 capabilities: the mock announces tasks, questions and link origins; caps=off (404) is read-only', async () => {
    const caps = await capabilities(scenario({ caps: 'on' }).gateway);
    expect(caps.tasks?.zaakUrn).to.equal('urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie}');
    expect(caps.questions).to.deep.equal({ ask: true, maxLength: 1000 });
    expect(caps.linkOrigins).to.include('https://formulieren.gemeente.example');
    expect(await capabilities(scenario({ caps: 'off' }).gateway)).to.deep.equal(READ_ONLY);
    expect((await capabilities(scenario({ caps: 'on', 'caps-max-length': 280 }).gateway)).questions?.maxLength).to.equal(280);
  });

  it('8.1 Buren: the open task "Bankafschriften aanleveren" with its deadline and form link, not the done one', async () => {
    const { gateway } = scenario({ caps: 'on' });
    const caps = await capabilities(gateway);
    const tasks = await tasksOf(gateway, caps, ZAKEN.inkomenstoeslag);
    expect(tasks.map((t) => [t.title, t.deadline, t.overdue, t.kind])).to.deep.equal([['Bankafschriften aanleveren', '2026-12-12', false, 'url']]);
    expect(tasks[0]?.link).to.match(/^https:\/\/formulieren\.gemeente\.example\/buren\/bankafschriften\?taak=/);
    const { host, root, show } = actsHost();
    show(renderTasks({ kind: 'ready', value: tasks }, { headingLevel: 3, t: actsMessagesFor('nl'), format: actsFormat('nl'), today: TODAY, idPrefix: 'e2e' }));
    expect(root.querySelector('[part="task"] time')?.textContent).to.equal('Graag vóór 12 december');
    await expectAccessible(host);
  });

  it('8.1 the payment task links to taskUrl with its uuid and shows € 171,00; a link origin the gateway does not list is dropped', async () => {
    const { gateway } = scenario({ caps: 'on' });
    const caps = await capabilities(gateway);
    const [payment] = await tasksOf(gateway, caps, ZAKEN.suspended);
    expect(payment).to.include({ kind: 'payment', title: 'Leges betalen voor uw inrit', link: `https://mijn.gemeente.example/taken/${payment?.uuid}` });
    expect(actsFormat('nl').money(payment!.amount!.value, payment!.amount!.currency).replace(/\s/g, ' ')).to.equal('€ 171,00');
    const narrow = scenario({ caps: 'on', 'caps-link-origins': 'mijn.gemeente.example' }).gateway;
    const [buren] = await tasksOf(narrow, await capabilities(narrow), ZAKEN.inkomenstoeslag);
    expect(buren).to.include({ title: 'Bankafschriften aanleveren', link: null });
  });

  it('8.2 Tilburg klacht: the question with its answer under it, the other one without, oldest first (with expand, and from a separate onderwerpobjecten list)', async () => {
    const { gateway } = scenario({ caps: 'on' });
    const zaak = ZAKEN.klacht.uuid;
    const filter = new URLSearchParams({ onderwerpobject__onderwerpobjectidentificatorObjectId: zaak, expand: 'gingOverOnderwerpobjecten' });
    const expanded = await getJson(`${gateway}/klantinteracties/api/v1/klantcontacten?${filter}`);
    expect(expanded.status).to.equal(200);
    const fromExpand = toQuestionViews(expanded.body, undefined, zaak);
    expect(fromExpand.map((q) => [q.text, q.channel, q.answers.map((a) => [a.text, a.channel])])).to.deep.equal([
      ['Wanneer wordt de lantaarnpaal in mijn straat gerepareerd?', 'form', [['De lantaarnpaal wordt in week 49 gerepareerd. De aannemer heeft de opdracht al gekregen.', 'email']]],
      ['Krijg ik bericht als mijn klacht is afgehandeld?', 'form', []],
    ]);
    const plain = await getJson(`${gateway}/klantinteracties/api/v1/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${zaak}`);
    const subjects = await getJson(`${gateway}/klantinteracties/api/v1/onderwerpobjecten?onderwerpobjectidentificatorObjectId=${zaak}`);
    expect(toQuestionViews(plain.body, subjects.body, zaak)).to.deep.equal(fromExpand);

    const { host, root, show } = actsHost();
    const form = { state: { draft: '', maxLength: 1000, phase: 'idle' as const, problem: null }, callbacks: { onInput: () => {}, onSubmit: () => {} } };
    show(renderQuestions({ kind: 'ready', value: fromExpand }, form, { headingLevel: 3, t: actsMessagesFor('nl'), format: actsFormat('nl'), today: TODAY, idPrefix: 'e2e' }));
    expect(root.querySelectorAll('[part="question"]').length).to.equal(2);
    expect(root.querySelectorAll('[part="answer"]').length).to.equal(1);
    expect(root.textContent).to.include('Gesteld op 13 november 2026 via de website');
    await expectAccessible(host);
  });

  it('8.2 another zaak has no questions; the Buren zaak none either', async () => {
    const { gateway } = scenario({ caps: 'on' });
    for (const zaak of [ZAKEN.inkomenstoeslag.uuid, ZAKEN.woz.uuid]) {
      const { body } = await getJson(`${gateway}/klantinteracties/api/v1/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${zaak}&expand=gingOverOnderwerpobjecten`);
      expect(toQuestionViews(body, undefined, zaak)).to.deep.equal([]);
    }
  });
});
