/**
 * Start-up (issue 15): the first `Intl.DateTimeFormat` with a time zone costs ~11 ms. Importing the
 * element must not create one; the loaders have it created while their first request is in flight,
 * so neither the import nor the first render pays for it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';

interface FormatModule {
  warmUpFormatters(language?: string): void;
  formattersFor(language: string): unknown;
}

type FrameWindow = Window & typeof globalThis & { eval(code: string): unknown };

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** A fresh realm (nothing imported yet) whose `Intl.DateTimeFormat` records each one made with a time zone. */
async function freshRealm(): Promise<{ win: FrameWindow; zoned: string[] }> {
  frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html lang="nl"><body></body></html>';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const zoned: string[] = [];
  win.Intl.DateTimeFormat = new Proxy(win.Intl.DateTimeFormat, {
    construct(target, args: [string?, Intl.DateTimeFormatOptions?]) {
      if (args[1]?.timeZone) zoned.push(String(args[0]));
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args: [string?, Intl.DateTimeFormatOptions?]) {
      if (args[1]?.timeZone) zoned.push(String(args[0]));
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  return { win, zoned };
}

const importIn = <T>(win: FrameWindow, path: string) => win.eval(`import(${JSON.stringify(path)})`) as Promise<T>;

describe('formatters are set up while the first request is in flight (issue 15)', () => {
  it('importing src/i18n/format.ts creates no time-zone formatter; warmUpFormatters creates them later, once', async () => {
    const { win, zoned } = await freshRealm();
    const format = await importIn<FormatModule>(win, '/src/i18n/format.ts');
    expect(zoned, 'at import').to.deep.equal([]);
    format.warmUpFormatters('nl');
    expect(zoned, 'synchronously after the call: deferred').to.deep.equal([]);
    await waitUntil(() => zoned.length > 0, 'warmUpFormatters never set the formatters up');
    const made = zoned.length;
    format.formattersFor('nl');
    expect(zoned.length, 'the render reuses the warmed formatters').to.equal(made);
  });

  for (const zaak of [ZAKEN.woz.uuid, null]) {
    it(`the first render (the loading state of ${zaak ? 'a zaak' : 'the overview'}) creates none: it runs in the same task as the import`, async () => {
      const { win, zoned } = await freshRealm();
      await importIn(win, '/src/define.ts');
      const element = win.document.createElement('mijn-zaken') as HTMLElement & { updateComplete: Promise<boolean> };
      element.setAttribute('gateway', scenario({ delay: 400 }).gateway);
      if (zaak) element.setAttribute('zaak', zaak);
      const loaded = new Promise((resolve) => element.addEventListener('mijn-zaken-load', resolve, { once: true }));
      win.document.body.append(element);
      await element.updateComplete; // microtasks only: the idle warm-up cannot have run yet
      expect(element.shadowRoot?.querySelector('.loading'), 'the loading state is shown').to.exist;
      expect(zoned, 'at the first render').to.deep.equal([]);
      await waitUntil(() => zoned.length > 0, 'no formatter was set up while loading', { timeout: 3000 });
      // Loaded, documents too, so that no request is left when the frame goes.
      await loaded;
      await waitUntil(() => !element.shadowRoot?.querySelector('.documents-loading'), 'documents still loading', { timeout: 5000 });
    });
  }

  it('importing the element creates none; loading a zaak creates them before the answer arrives', async () => {
    const { win, zoned } = await freshRealm();
    await importIn(win, '/src/define.ts');
    expect(zoned, 'at import').to.deep.equal([]);
    const element = win.document.createElement('mijn-zaken');
    element.setAttribute('gateway', scenario({ delay: 400 }).gateway);
    element.setAttribute('zaak', ZAKEN.woz.uuid);
    let answered = false;
    element.addEventListener('mijn-zaken-load', () => (answered = true), { once: true });
    win.document.body.append(element);
    await waitUntil(() => zoned.length > 0, 'no formatter was set up while the zaak was requested', { timeout: 3000 });
    expect(answered, 'set up before the first answer').to.equal(false);
    await waitUntil(() => answered, 'the zaak did not load', { timeout: 5000 });
    // The documents too, so that no request is left when the frame goes.
    await waitUntil(() => !element.shadowRoot?.querySelector('.documents-loading'), 'documents still loading', { timeout: 5000 });
  });
});
