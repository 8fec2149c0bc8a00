/**
 * Races (issue 5, CONTRACT 5 "a stale answer never replaces a newer one"): a gateway that answers
 * in a seeded pseudo-random order (`shuffle=SEED`), and `zaak` / `gateway` changed while requests
 * are in flight, 100 seeded interleavings. The final view and the last `mijn-zaken-load` always
 * belong to the last requested zaak on the last gateway.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { prng } from '../../../demo/gateway/hostile.mjs';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';
import type { MijnZakenLoadDetail } from '../../../src/mijn-zaken/events.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, shadow, textOf } from '../support/render.js';
import { expectCleanShadow, settled, watchPrivacy, watchUncaught } from './support.js';

const INTERLEAVINGS = 100;
const SHUFFLE_MAX_MS = 12;

/** What `zaak` can be set to: a UUID, an identificatie, or nothing (the overview). */
const TARGETS = [
  ...Object.values(ZAKEN).map((zaak) => ({ attribute: zaak.uuid, uuid: zaak.uuid, identificatie: zaak.identificatie })),
  ...[ZAKEN.woz, ZAKEN.closed].map((zaak) => ({ attribute: zaak.identificatie, uuid: zaak.uuid, identificatie: zaak.identificatie })),
  { attribute: '', uuid: null, identificatie: null },
] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<mijn-zaken> races (issue 5)', function () {
  this.timeout(90_000);

  it(`${INTERLEAVINGS} seeded interleavings of zaak and gateway changes: the last requested zaak always wins`, async () => {
    const uncaught = watchUncaught();
    const privacy = await watchPrivacy();
    const sessions: Array<{ gateway: string; session: string }> = [];
    const started = performance.now();
    let changes = 0;
    try {
      for (let seed = 1; seed <= INTERLEAVINGS; seed++) {
        freshPage();
        const random = prng(seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
        const gateways = [
          scenario({ shuffle: seed, 'shuffle-max': SHUFFLE_MAX_MS }),
          scenario({ shuffle: seed + 7919, 'shuffle-max': SHUFFLE_MAX_MS, layout: 'per-api' }),
        ];
        sessions.push(...gateways);

        const element = document.createElement('mijn-zaken');
        element.setAttribute('navigation', 'none');
        const loads: Array<{ detail: MijnZakenLoadDetail; after: number }> = [];
        const errors: Array<{ kind: string; after: number }> = [];
        let step = 0;
        element.addEventListener('mijn-zaken-load', (event) => loads.push({ detail: event.detail, after: step }));
        element.addEventListener('mijn-zaken-error', (event) => errors.push({ kind: event.detail.kind, after: step }));

        let gateway = pick(gateways);
        let target = pick(TARGETS);
        const apply = () => {
          element.setAttribute('gateway', gateway.gateway);
          if (target.attribute) element.setAttribute('zaak', target.attribute);
          else element.removeAttribute('zaak');
        };
        apply();
        await fixture(html`<div>${element}</div>`);

        const count = 1 + Math.floor(random() * 4);
        for (let i = 0; i < count; i++) {
          await sleep(Math.floor(random() * 3 * SHUFFLE_MAX_MS));
          const what = random();
          if (what < 0.45) target = pick(TARGETS);
          else if (what < 0.75) gateway = pick(gateways);
          else {
            target = pick(TARGETS);
            gateway = pick(gateways);
          }
          // A change that sets the same values changes nothing: it starts no new load.
          if (element.getAttribute('gateway') !== gateway.gateway || (element.getAttribute('zaak') ?? '') !== target.attribute) {
            step += 1;
            changes += 1;
          }
          apply();
        }

        const context = `seed ${seed}: final ${target.attribute || '(overview)'} on ${gateway.gateway}`;
        const expected: MijnZakenLoadDetail = target.uuid ? { view: 'detail', zaak: target.uuid } : { view: 'overview', count: 7 };
        const isExpected = (detail: MijnZakenLoadDetail | undefined) => JSON.stringify(detail) === JSON.stringify(expected);
        await waitUntil(() => isExpected(loads.at(-1)?.detail) || errors.length > 0, `${context}: no load`, { timeout: 5000, interval: 5 });
        await settled(element);
        // Anything still in flight for an earlier zaak has its chance to land now.
        await sleep(3 * SHUFFLE_MAX_MS + 10);
        await element.updateComplete;

        expect(errors, `${context}: errors`).to.deep.equal([]);
        expect(loads.at(-1)?.detail, `${context}: last mijn-zaken-load`).to.deep.equal(expected);
        for (const load of loads.filter((entry) => entry.after === step)) {
          expect(load.detail, `${context}: a load after the last change`).to.deep.equal(expected);
        }
        if (target.uuid) {
          expect(textOf(shadow(element).querySelector('.zaaknummer .value')), `${context}: zaaknummer shown`).to.equal(target.identificatie);
          const base = `${new URL(gateway.gateway, location.href).href}/`;
          for (const link of all<HTMLAnchorElement>(element, 'a[href]')) {
            expect(link.href.startsWith(base), `${context}: document link ${link.href} on the last gateway`).to.equal(true);
          }
        } else {
          expect(shadow(element).querySelector('[part="overview"]'), `${context}: overview shown`).to.exist;
          expect(shadow(element).querySelector('[part="detail"]'), `${context}: no detail`).to.equal(null);
        }
        expectCleanShadow(element, gateway.gateway);
        element.remove();
      }
    } finally {
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
    const requests = await privacy.check(sessions);
    console.log(`races: ${INTERLEAVINGS} interleavings, ${changes} attribute changes in flight, ${requests} requests, ${Math.round(performance.now() - started)} ms`);
  });
});
