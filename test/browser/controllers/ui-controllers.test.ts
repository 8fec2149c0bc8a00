import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { FocusController } from '../../../src/controllers/focus.js';
import { HashNavigation, type Selection } from '../../../src/controllers/hash-navigation.js';
import { LanguageController } from '../../../src/controllers/language.js';
import { RetryController } from '../../../src/controllers/retry.js';
import { StepsController } from '../../../src/controllers/steps.js';
import { GatewayError } from '../../../src/gateway/errors.js';
import type { StepView } from '../../../src/model/view-model.js';
import { connect, newHost, nextTask, until, type TestHost } from './support.js';

const UUID = '9b2e7a14-3c5d-4e8f-a1b6-7d0c9e2f5a83';
const OTHER = '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47';

afterEach(() => document.querySelectorAll('controller-test-host').forEach((host) => host.remove()));

describe('LanguageController (src/controllers/language.ts)', () => {
  it('reads lang from the nearest ancestor, says it on the root only when it differs, and re-renders on a change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><section></section></div>`);
    const host = newHost();
    const language = new LanguageController(host);
    await connect(host, wrapper.firstElementChild as Element);
    expect(language.language).to.equal('en');
    expect(language.rootLang).to.equal(nothing);
    const updates = host.updates;
    wrapper.setAttribute('lang', 'de');
    await until(() => host.updates > updates, 'a re-render');
    expect(language.language).to.equal('nl');
    expect(language.rootLang).to.equal('nl');
    host.remove();
    wrapper.setAttribute('lang', 'fy');
    expect(language.observer.takeRecords(), 'not watching once removed').to.have.length(0);
  });
});

/** An overview host whose selection the navigation sets. */
function navigatingHost(): { host: TestHost; navigation: HashNavigation; selection: () => Selection | null } {
  const host = newHost();
  let selected: Selection | null = null;
  const navigation = new HashNavigation(
    host,
    () => host.isConnected,
    () => selected,
    (selection) => {
      selected = selection;
      host.requestUpdate();
    },
    new FocusController(host),
  );
  return { host, navigation, selection: () => selected };
}

describe('HashNavigation (src/controllers/hash-navigation.ts)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('the first host owns the hash; opening a zaak writes it; the next in line takes over on removal', async () => {
    const first = navigatingHost();
    const second = navigatingHost();
    await connect(first.host);
    await connect(second.host);
    expect([first.navigation.owns, second.navigation.owns]).to.deep.equal([true, false]);
    first.navigation.open({ uuid: UUID, identificatie: 'ZAAK-1' });
    expect(location.hash).to.equal(`#zaak=${UUID}`);
    expect(first.selection()?.uuid).to.equal(UUID);
    expect(second.selection(), 'the other host does not follow').to.equal(null);
    first.host.remove();
    expect(second.navigation.owns).to.equal(true);
    expect(second.selection()?.uuid, 'the new owner follows the hash').to.equal(UUID);
  });

  it('follows a hash the resident changes (Back, a shared link), and ignores one that names no UUID', async () => {
    const { host, selection } = navigatingHost();
    await connect(host);
    location.hash = `zaak=${OTHER}`;
    await until(() => selection()?.uuid === OTHER, 'the hash to be followed');
    location.hash = 'zaak=not-a-uuid';
    await until(() => selection() === null, 'the selection to clear');
  });

  it('close() after open() is the browser Back', async () => {
    const { host, navigation, selection } = navigatingHost();
    await connect(host);
    const length = history.length;
    navigation.open({ uuid: UUID, identificatie: null });
    expect(history.length).to.equal(length + 1);
    navigation.close();
    await until(() => location.hash === '' && selection() === null, 'back to the overview');
  });
});

describe('FocusController (src/controllers/focus.ts)', () => {
  it('focuses the wanted target once a render has it, outside the tab order unless it is a link or button', async () => {
    const host = newHost();
    const focus = new FocusController(host);
    let show = false;
    host.content = () => (show ? html`<h2 class="target">Title</h2><button class="button">Go</button>` : html`<p>Loading</p>`);
    await connect(host);
    focus.want('.target');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot?.activeElement ?? null).to.equal(null);
    show = true;
    host.requestUpdate();
    await host.updateComplete;
    const target = host.shadowRoot?.querySelector('.target');
    expect(host.shadowRoot?.activeElement).to.equal(target);
    expect(target?.getAttribute('tabindex')).to.equal('-1');
    focus.want('.button');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot?.activeElement?.className).to.equal('button');
    expect(host.shadowRoot?.querySelector('.button')?.hasAttribute('tabindex'), 'a button keeps its tab stop').to.equal(false);
  });

  it('keeps the wish while `keep` says so', async () => {
    const host = newHost();
    const focus = new FocusController(host);
    host.content = () => html`<h2 class="target">Title</h2><input class="other" />`;
    await connect(host);
    let waiting = true;
    focus.want('.target', () => waiting);
    host.requestUpdate();
    await host.updateComplete;
    (host.shadowRoot?.querySelector('.other') as HTMLElement).focus();
    waiting = false;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot?.activeElement?.className, 'focused again').to.equal('target');
  });
});

describe('RetryController (src/controllers/retry.ts)', () => {
  it('retries at once without Retry-After; with it, waits from when the failure was seen', async () => {
    const host = newHost();
    const retry = new RetryController(host);
    await connect(host);
    let runs = 0;
    expect(retry.seen('failure 1')).to.equal(true);
    expect(retry.seen('failure 1'), 'once per failure').to.equal(false);
    retry.retry(new GatewayError('unavailable'), () => runs++);
    expect(runs).to.equal(1);
    retry.seen('failure 2');
    retry.retry(new GatewayError('unavailable', { status: 503, retryAfterMs: 1500 }), () => runs++);
    expect(runs).to.equal(1);
    expect(retry.waitSeconds).to.equal(2);
    retry.cancel();
    expect(retry.waitSeconds).to.equal(null);
    retry.retry(new GatewayError('unavailable', { status: 503, retryAfterMs: 30 }), () => runs++);
    await until(() => runs === 2, 'the scheduled retry');
    expect(retry.waitSeconds).to.equal(null);
  });

  it('a removed host cancels the waiting retry', async () => {
    const host = newHost();
    const retry = new RetryController(host);
    await connect(host);
    let runs = 0;
    retry.seen('failure');
    retry.retry(new GatewayError('unavailable', { retryAfterMs: 20 }), () => runs++);
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).to.equal(0);
    expect(retry.waitSeconds).to.equal(null);
  });
});

describe('StepsController (src/controllers/steps.ts)', () => {
  const step = (key: string, isCurrent: boolean, subSteps: string[] = []) =>
    ({ key, isCurrent, subSteps: subSteps.map((sub) => ({ key: sub })) }) as unknown as StepView;

  it('the current step is open until toggled; "show all" moves focus to the oldest sub-step; reset forgets both', async () => {
    const host = newHost();
    const steps = new StepsController(host);
    const current = step('b', true, ['b1', 'b2']);
    host.content = () => html`${steps.showsAll(current) ? html`<p class="sub-step" data-key="b1">old</p>` : nothing}`;
    await connect(host);
    expect([steps.isExpanded(step('a', false)), steps.isExpanded(current)]).to.deep.equal([false, true]);
    steps.toggle(current);
    expect(steps.isExpanded(current)).to.equal(false);
    steps.showAll(current);
    await host.updateComplete;
    await nextTask();
    expect((host.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key).to.equal('b1');
    steps.reset();
    expect([steps.isExpanded(current), steps.showsAll(current)]).to.deep.equal([true, false]);
  });
});
