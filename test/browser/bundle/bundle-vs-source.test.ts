/**
 * The CDN bundle renders exactly what the sources render. Every other browser test runs on src/;
 * dist/mijn-zaken.js has its template markup and CSS minified and its private custom properties
 * renamed at build time (vite.config.ts). So, in every theme of the matrix, one frame runs the
 * sources and one the bundle, side by side with the same views, and the rendered text (spaces
 * included), the layout boxes and the computed styles of every element in the shadow roots must match.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { scenario } from '../support/gateway.js';
import { THEMES, type Theme } from '../theme/themes.js';

type Build = 'source' | 'bundle';

const SCRIPT: Record<Build, string> = { source: '/src/define.ts', bundle: '/dist/mijn-zaken.js' };

/** The views in each frame: two details (sub-steps and a date hint; documents), the overview, an error. */
const VIEWS = [
  { zaak: ZAKEN.geluid.uuid, options: {} },
  { zaak: ZAKEN.documents.uuid, options: {} },
  { zaak: '', options: { resident: 'many' } },
  { zaak: ZAKEN.woz.uuid, options: { fail: 503 } },
] as const;

/** Styles that carry the tokens and the layout; box sizes and positions are compared too. */
const PROPERTIES = [
  'display',
  'visibility',
  'color',
  'background-color',
  'border-top-color',
  'border-top-width',
  'border-top-style',
  'border-inline-start-color',
  'border-inline-start-width',
  'border-inline-start-style',
  'border-top-left-radius',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'padding-top',
  'padding-inline-start',
  'margin-top',
  'margin-block-end',
  'row-gap',
  'column-gap',
  'text-decoration-line',
  'outline-style',
  'list-style-type',
  'white-space',
] as const;

function page(build: Build, theme: Theme): string {
  const links = theme.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  const elements = VIEWS.map(({ zaak, options }) => {
    const { gateway } = scenario(options);
    return `<mijn-zaken gateway="${gateway}"${zaak ? ` zaak="${zaak}"` : ''} navigation="none"></mijn-zaken>`;
  }).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">${links}
<script type="module" src="${SCRIPT[build]}"></script></head>
<body style="margin:0"><div class="${theme.className}" style="padding:16px;background-color:var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #fff));color:var(--basis-color-default-color-document, var(--utrecht-document-color, #000))">${elements}</div></body></html>`;
}

type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** A frame with the views, settled (content or error shown, documents loaded, every step opened). */
async function renderFrame(build: Build, theme: Theme): Promise<{ frame: HTMLIFrameElement; hosts: Host[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page(build, theme);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.defaultView?.customElements.get('mijn-zaken'), `${SCRIPT[build]} did not register <mijn-zaken> (run npm run build first)`);
  const hosts = [...doc.querySelectorAll<Host>('mijn-zaken')];
  await waitUntil(
    () => hosts.every((host) => host.shadowRoot?.querySelector('[part="detail"], [part="overview"], [part="error"]') && !host.shadowRoot.querySelector('.documents-loading')),
    `${build}: the views did not settle`,
    { timeout: 10_000 },
  );
  for (const host of hosts) {
    for (const toggle of host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-toggle[aria-expanded="false"]')) toggle.click();
    await host.updateComplete;
  }
  return { frame, hosts };
}

/** What a resident sees of one view: its text as rendered, and each element's box and styles. */
function snapshot(host: Host): { text: string; elements: string[] } {
  const root = host.shadowRoot!;
  const win = host.ownerDocument.defaultView!;
  const origin = host.getBoundingClientRect();
  const box = (rect: DOMRect) => [rect.x - origin.x, rect.y - origin.y, rect.width, rect.height].map((n) => Math.round(n * 2) / 2).join(',');
  const styles = (style: CSSStyleDeclaration) => PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  const elements = [...root.querySelectorAll('*')].map((element) => {
    const name = `${element.localName}.${element.getAttribute('class') ?? ''}`;
    const before = win.getComputedStyle(element, '::before');
    const pseudo = before.content === 'none' ? '' : ` ::before{${styles(before)};inset:${before.top},${before.insetInlineStart}}`;
    return `${name} [${box(element.getBoundingClientRect())}] {${styles(win.getComputedStyle(element))}}${pseudo}`;
  });
  return { text: (root.querySelector<HTMLElement>('.root') ?? host).innerText, elements };
}

describe('dist/mijn-zaken.js renders as the sources do (minified templates and CSS, short private names)', function () {
  this.timeout(60_000);
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    frames.forEach((frame) => frame.remove());
    frames = [];
  });

  for (const theme of THEMES) {
    it(`theme ${theme.label}: same text, boxes and styles in detail, overview and error`, async () => {
      const source = await renderFrame('source', theme);
      const bundle = await renderFrame('bundle', theme);
      frames = [source.frame, bundle.frame];
      VIEWS.forEach((_, index) => {
        const expected = snapshot(source.hosts[index]!);
        const actual = snapshot(bundle.hosts[index]!);
        expect(expected.elements.length, `view ${index}: elements`).to.be.greaterThan(3);
        expect(actual.text, `view ${index}: rendered text`).to.equal(expected.text);
        expect(actual.elements.length, `view ${index}: number of elements`).to.equal(expected.elements.length);
        actual.elements.forEach((line, i) => expect(line, `view ${index}, element ${i}`).to.equal(expected.elements[i]));
      });
    });
  }
});
