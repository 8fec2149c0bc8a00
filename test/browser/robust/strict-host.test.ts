/**
 * Strict host pages (issue 5): the production bundle `dist/mijn-zaken.js` on a page served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` (header set in web-test-runner.config.mjs), and the demo page
 * with the same policy in its `<meta>`: zero violation reports, with hostile data too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CANARY } from '../../../demo/gateway/hostile.mjs';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';
import { watchPrivacy } from './support.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

type FrameWindow = Window & typeof globalThis & { __cspViolations?: string[]; [CANARY]?: unknown };

async function openFrame(src: string, width = 800): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; reports: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  // Reports queued before this observer existed come too (buffered).
  const reports: string[] = [];
  const observer = new (win as unknown as { ReportingObserver: typeof ReportingObserver }).ReportingObserver(
    (list) => list.forEach((report) => reports.push(JSON.stringify(report.body))),
    { types: ['csp-violation'], buffered: true },
  );
  observer.observe();
  return { frame, win, reports };
}

/** Elements' settled state inside a frame: every one shows content or an error. */
async function allSettled(doc: Document, count: number): Promise<void> {
  await waitUntil(
    () => {
      const elements = [...doc.querySelectorAll('mijn-zaken')];
      return elements.length === count && elements.every((element) => element.shadowRoot?.querySelector('[part="detail"], [part="overview"], [part="error"]') && !element.shadowRoot.querySelector('.documents-loading'));
    },
    'elements in the frame did not settle',
    { timeout: 10_000 },
  );
}

describe('<mijn-zaken> on strict host pages (issue 5)', function () {
  this.timeout(60_000);

  it('the strict host page really is served under the policy, and violations are caught', async () => {
    const response = await fetch('/test/browser/robust/strict/host.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(STRICT_CSP);
    const { frame, win, reports } = await openFrame('/test/browser/robust/strict/host.html');
    // A deliberate inline style: the probe and the observer must both see it.
    const div = win.document.createElement('div');
    div.setAttribute('style', 'color: red');
    win.document.body.append(div);
    await waitUntil(() => (win.__cspViolations ?? []).length > 0 && reports.length > 0, 'the violation was not reported');
    frame.remove();
  });

  it('dist/mijn-zaken.js runs under the policy with zero violations: detail, overview, errors, hostile data', async () => {
    const privacy = await watchPrivacy();
    const { frame, win, reports } = await openFrame('/test/browser/robust/strict/host.html');
    await waitUntil(() => win.customElements.get('mijn-zaken'), 'dist/mijn-zaken.js did not register <mijn-zaken> (run npm run build first)');
    const cases = [
      { options: {}, zaak: ZAKEN.geluid.uuid },
      { options: {}, zaak: ZAKEN.documents.identificatie },
      { options: {}, zaak: '' },
      { options: { hostile: 'all' }, zaak: ZAKEN.documents.uuid },
      { options: { hostile: 'all', 'hostile-urls': 'replace' }, zaak: ZAKEN.woz.uuid },
      { options: { fail: 503, 'retry-after': 1 }, zaak: ZAKEN.woz.uuid },
      { options: { fail: 401 }, zaak: '' },
    ];
    const sessions = cases.map(({ options }) => scenario(options as Record<string, string | number>));
    const doc = win.document;
    cases.forEach(({ zaak }, index) => {
      const element = doc.createElement('mijn-zaken');
      element.setAttribute('gateway', sessions[index]!.gateway);
      element.setAttribute('navigation', 'none');
      element.setAttribute('max-confidentiality', 'zeer_geheim');
      if (zaak) element.setAttribute('zaak', zaak);
      doc.getElementById('host')!.append(element);
    });
    await allSettled(doc, cases.length);
    // Interact: open every step, retry an error.
    for (const element of doc.querySelectorAll('mijn-zaken')) {
      element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-toggle, [part="error"] button').forEach((button) => button.click());
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(win[CANARY], 'a payload ran').to.equal(undefined);
    expect(win.__cspViolations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(reports, 'csp-violation reports').to.deep.equal([]);
    // The styles really apply (adopted stylesheets are allowed, inline <style> would not be).
    const detail = doc.querySelector('mijn-zaken')!.shadowRoot!;
    expect(win.getComputedStyle(detail.querySelector('.timeline')!).display).to.equal('flex');
    expect(detail.querySelectorAll('style').length, 'no <style> elements').to.equal(0);
    frame.remove();
    await privacy.check(sessions);
  });

  it('the demo page declares the strict policy in its <meta> and runs with zero violations', async () => {
    const html = await (await fetch('/demo/index.html')).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(meta?.[1]).to.equal(STRICT_CSP);
    const { frame, win, reports } = await openFrame('/demo/index.html', 1024);
    await waitUntil(() => win.customElements.get('mijn-zaken'), 'the demo did not register <mijn-zaken>');
    const count = win.document.querySelectorAll('mijn-zaken').length;
    expect(count).to.be.greaterThan(10);
    await allSettled(win.document, count);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports, 'csp-violation reports from the demo').to.deep.equal([]);
    frame.remove();
  });
});
