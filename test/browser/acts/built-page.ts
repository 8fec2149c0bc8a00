/**
 * The built files in a page of their own: an iframe that loads dist/mijn-zaken.js (which loads its
 * on-demand modules from its own directory) with one `<mijn-zaken gateway zaak>`. For the tests of the
 * two bundles together; they skip without a build (`npm test` builds first).
 */
import { waitUntil } from '@open-wc/testing';

export type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** The page, once dist/mijn-zaken.js has registered the tag. */
export async function builtPage(gateway: string, zaak: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; host: Host }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/dist/mijn-zaken.js"></script></head>
<body><mijn-zaken gateway="${gateway}" zaak="${zaak}"></mijn-zaken></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get('mijn-zaken'), 'dist/mijn-zaken.js did not register <mijn-zaken>');
  const host = frame.contentDocument!.querySelector<Host>('mijn-zaken')!;
  return { frame, win, host };
}

/** For a suite's `before`: skips it when dist/mijn-zaken.js or dist/mijn-zaken-acts.js is not built. */
export async function skipWithoutBuild(suite: Mocha.Context): Promise<void> {
  const probes = await Promise.all(['/dist/mijn-zaken.js', '/dist/mijn-zaken-acts.js'].map((url) => fetch(url, { method: 'HEAD' })));
  if (!probes.every((probe) => probe.ok)) suite.skip();
}
