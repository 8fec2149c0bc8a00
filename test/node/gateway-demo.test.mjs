// The demo page: every example's live element matches its HTML snippet, every demo zaak is shown
// and exists on the mock gateway, and the page keeps to a strict CSP (no inline styles or scripts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEMO_ZAKEN } from '../../demo/gateway/index.mjs';
import { useGatewayServer } from './support/gateway-server.mjs';

const html = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Each example: the live markup and the snippet shown next to it. */
const examples = [...html.matchAll(/<div class="demo-case__live">\s*([\s\S]*?)\s*<\/div>\s*<div class="demo-case__code">[\s\S]*?<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map(
  ([, live, code]) => ({ live: live.replace(/\n\s+/g, '\n  ').replace(/\n\s*<\/mijn-zaken>/, '\n</mijn-zaken>'), code: unescape(code) }),
);
const attributes = (markup) => Object.fromEntries([...markup.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']));

const gateway = useGatewayServer();

describe('demo page', () => {
  it('is a Dutch page in the Voorbeeld theme that loads the element', () => {
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /<body class="voorbeeld-theme">/);
    assert.match(html, /href="\/node_modules\/@nl-design-system-unstable\/voorbeeld-design-tokens\/dist\/theme\.css"/);
    assert.match(html, /<script type="module" src="\/src\/define\.ts"><\/script>/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
  });

  it('has no inline styles or scripts (strict CSP)', () => {
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    for (const [, attrs] of html.matchAll(/<script([^>]*)>/g)) assert.match(attrs, /\ssrc="/);
    assert.doesNotMatch(html, /javascript:/i);
  });

  it('shows next to each example exactly the HTML it runs', () => {
    assert.ok(examples.length >= 10);
    assert.equal(examples.length, (html.match(/<mijn-zaken\s/g) ?? []).length);
    for (const { live, code } of examples) assert.equal(code, live);
  });

  it('shows every demo zaak, by UUID and by identificatie, and one in the per-API layout', () => {
    const zaakAttrs = examples.map(({ live }) => attributes(live.split('>')[0]));
    for (const demo of DEMO_ZAKEN) {
      assert.ok(zaakAttrs.some((a) => a.zaak === demo.uuid || a.zaak === demo.identificatie), demo.identificatie);
    }
    assert.ok(zaakAttrs.some((a) => DEMO_ZAKEN.some((d) => d.uuid === a.zaak)));
    assert.ok(zaakAttrs.some((a) => DEMO_ZAKEN.some((d) => d.identificatie === a.zaak)));
    assert.ok(zaakAttrs.some((a) => a.gateway === '/api/zgw/layout=per-api' && a.zaak));
    assert.ok(zaakAttrs.some((a) => a.gateway === '/api/zgw' && a.zaak === undefined), 'an overview');
  });

  it('refers only to zaken and scenarios the gateway knows', async () => {
    for (const { live } of examples) {
      const a = attributes(live.split('>')[0]);
      assert.match(a.gateway, /^\/api\/zgw(\/[a-z-]+=[^/]+)?$/);
      const failing = /fail=/.test(a.gateway);
      const query = !a.zaak ? '' : /^ZAAK-/.test(a.zaak) ? `?identificatie=${a.zaak}` : `/${a.zaak}`;
      const res = await fetch(`${gateway.origin}${a.gateway}/zaken/api/v1/zaken${query}`);
      await res.arrayBuffer();
      if (failing) assert.ok(res.status >= 400, a.gateway);
      else assert.equal(res.status, 200, `${a.gateway} ${a.zaak}`);
    }
  });

  it('has its CSS in demo/demo.css', () => {
    assert.match(html, /<link rel="stylesheet" href="\.\/demo\.css">/);
    const css = readFileSync(new URL('../../demo/demo.css', import.meta.url), 'utf8');
    assert.match(css, /--basis-/);
  });
});
