// Issue 9, "Data recorded from real back ends": each shape of demo/gateway/backend-flavours.mjs
// renders the zaak as Open Zaak's own shape does (CONTRACT 3, 4 and 5).
import { expect } from '@open-wc/testing';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, requestLog, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow, textOf } from '../support/render.js';

type ZaakKey = keyof typeof ZAKEN;

/** What a resident sees of one zaak, with the gateway's own prefix taken out of links. */
async function seen(options: Record<string, string | number>, zaak: ZaakKey, attributes: Record<string, string> = {}) {
  freshPage();
  const { element, event } = await renderElement({ gateway: scenario(options).gateway, zaak: ZAKEN[zaak].uuid, attributes });
  expect(event.type, `${JSON.stringify(options)} ${zaak}`).to.equal('mijn-zaken-load');
  await documentsSettled(element);
  const steps = all(element, '[part~="step"]');
  return {
    element,
    title: textOf(one(element, '.detail-title')),
    steps: steps.map((step) => `${step.getAttribute('part')} | ${textOf(step)}`),
    current: steps.filter((step) => step.getAttribute('aria-current') === 'step').map((step) => textOf(step.querySelector('.step-title'))),
    details: textOf(one(element, '[part="details"]')),
    documents: all<HTMLElement>(element, '[part="document"]').map((item) => {
      const link = item.querySelector('a');
      const href = link?.getAttribute('href')?.replace(/^.*?\/(documenten)\/api\/v1\//, '/$1/api/v1/') ?? null;
      return { text: textOf(item), href, download: link?.getAttribute('download') ?? null };
    }),
    notes: all(element, '.part-missing').map(textOf),
    error: shadow(element).querySelector('[part="error"]'),
  };
}

const without = <T extends { element: unknown }>({ element, ...rest }: T) => (void element, rest);

describe('Data recorded from other back ends (issue 9; CONTRACT 4, 5)', () => {
  beforeEach(freshPage);

  describe('resource URLs without scheme and host, or on the gateway\'s own origin (5: mapped by what they name)', () => {
    for (const urls of ['relative', 'gateway']) {
      for (const zaak of Object.keys(ZAKEN) as ZaakKey[]) {
        it(`urls=${urls}: ${zaak} renders exactly as with Open Zaak's absolute URLs`, async () => {
          const plain = await seen({}, zaak);
          const flavoured = await seen({ urls }, zaak);
          expect(without(flavoured)).to.deep.equal(without(plain));
          expect(flavoured.current).to.have.length(1);
          expect(flavoured.documents.every(({ href }) => href === null || href.startsWith('/documenten/api/v1/'))).to.equal(true);
        });
      }
      it(`urls=${urls} without expand: every request stays on the gateway and the current status is found`, async () => {
        const { gateway, session } = scenario({ urls, expand: 'off' });
        const { element, event } = await renderElement({ gateway, zaak: ZAKEN.woz.uuid });
        expect(event.type).to.equal('mijn-zaken-load');
        expect(all(element, '[part~="step"][aria-current="step"]')).to.have.length(1);
        // The first request asks with `expand` and learns from its 400; every later one is answered.
        const requests = ((await requestLog(session)).requests as Array<{ path: string; query: object; status?: number }>).filter(
          (request) => !('expand' in request.query),
        );
        expect(requests.length).to.be.greaterThan(4);
        expect(requests.every((request) => request.status === 200), JSON.stringify(requests.map((r) => [r.path, r.status]))).to.equal(true);
      });
      it(`urls=${urls}: the overview shows each zaak's status, not "Nog niet bekend"`, async () => {
        const { element } = await renderElement({ gateway: scenario({ urls, expand: 'off' }).gateway, attributes: { navigation: 'none' } });
        const text = textOf(shadow(element));
        expect(text).not.to.contain('Nog niet bekend');
        const { element: plain } = await renderElement({ gateway: scenario({ expand: 'off' }).gateway, attributes: { navigation: 'none' } });
        expect(text).to.equal(textOf(shadow(plain)));
      });
    }
  });

  describe('statustypen as other back ends give them (4.1, 4.2): always exactly one current step', () => {
    it('the same statustype URL twice in the list: one step each, as with Open Zaak', async () => {
      for (const zaak of ['woz', 'geluid', 'closed'] as const) {
        expect(without(await seen({ statustypen: 'duplicate-url' }, zaak))).to.deep.equal(without(await seen({}, zaak)));
      }
    });

    for (const statustypen of ['no-volgnummer', 'duplicate-volgnummer']) {
      it(`${statustypen}: reached steps stay in the order they were reached, the same step is current`, async () => {
        for (const zaak of ['woz', 'geluid', 'klacht', 'closed'] as const) {
          const plain = await seen({}, zaak);
          const flavoured = await seen({ statustypen }, zaak);
          expect(flavoured.current, zaak).to.deep.equal(plain.current);
          const reached = (steps: string[]) => steps.filter((step) => !step.includes('step-not-checked'));
          expect(reached(flavoured.steps), zaak).to.deep.equal(reached(plain.steps));
          expect(flavoured.steps.length, zaak).to.equal(plain.steps.length);
        }
      });
    }

    it('old-version: a current status of an older zaaktype version is its namesake step in the new one', async () => {
      for (const zaak of ['woz', 'geluid', 'klacht'] as const) {
        const plain = await seen({}, zaak);
        const flavoured = await seen({ statustypen: 'old-version' }, zaak);
        expect(flavoured.current, zaak).to.deep.equal(plain.current);
        expect(flavoured.steps.map((step) => step.split(' | ')[0]), zaak).to.deep.equal(plain.steps.map((step) => step.split(' | ')[0]));
      }
    });

    it('retired: a statustype the new version dropped is its own current step, in its volgnummer\'s place', async () => {
      const plain = await seen({}, 'woz');
      const flavoured = await seen({ statustypen: 'retired' }, 'woz');
      expect(flavoured.current).to.deep.equal(['Huidige stap: Wij wachten op uw extra gegevens']);
      expect(flavoured.steps).to.have.length(plain.steps.length + 1);
      const plainIndex = plain.steps.findIndex((step) => step.includes('step-current'));
      expect(flavoured.steps.findIndex((step) => step.includes('step-current'))).to.equal(plainIndex);
      expect(flavoured.steps.slice(0, plainIndex)).to.deep.equal(plain.steps.slice(0, plainIndex));
      expect(flavoured.steps.slice(plainIndex + 1).every((step) => step.includes('step-not-checked'))).to.equal(true);
    });
  });

  it('bestandsnaam "" and status "" (4.7): documents shown, saved under titel with the extension of formaat', async () => {
    const plain = await seen({}, 'documents');
    const flavoured = await seen({ documents: 'blank-names' }, 'documents');
    expect(flavoured.documents.map(({ text, href }) => [text, href])).to.deep.equal(plain.documents.map(({ text, href }) => [text, href]));
    expect(flavoured.documents.length).to.be.greaterThan(1);
    flavoured.documents.forEach(({ download }, index) => {
      const extension = plain.documents[index]?.download?.split('.').pop();
      expect(download).to.match(new RegExp(`^[^/\\\\]+\\.${extension}$`));
      expect(download).not.to.equal('download');
    });
  });

  for (const dates of ['datetime', 'offset']) {
    it(`dates=${dates}: date-times where dates belong show the Amsterdam day, and the expected end date follows`, async () => {
      for (const zaak of ['woz', 'klacht', 'closed', 'documents'] as const) {
        const plain = await seen({}, zaak);
        const flavoured = await seen({ dates }, zaak);
        expect(flavoured.details, zaak).to.equal(plain.details);
        expect(flavoured.documents.map(({ text }) => text), zaak).to.deep.equal(plain.documents.map(({ text }) => text));
      }
    });
  }

  it('Zaken API 1.4 (no expand) and no vertrouwelijkheidaanduiding: the same zaak, also for the call centre', async () => {
    for (const zaak of ['woz', 'closed'] as const) {
      expect(without(await seen({ 'zaken-api': '1.4', vertrouwelijkheid: 'missing' }, zaak))).to.deep.equal(without(await seen({}, zaak)));
      const staff = await seen({ 'zaken-api': '1.4', expand: 'ignore', vertrouwelijkheid: 'missing' }, zaak, { audience: 'medewerker' });
      expect(staff.current).to.have.length(1);
      expect(staff.details).not.to.contain('Vertrouwelijkheid');
    }
  });

  describe('show what can be shown (5): an optional part that fails leaves the rest, with a short note', () => {
    it('the zaaktype: title from the zaak, timeline and documents still there', async () => {
      const result = await seen({ fail: 503, 'fail-on': 'zaaktypen', expand: 'off' }, 'woz');
      expect(result.error).to.equal(null);
      expect(result.notes).to.deep.equal(['Wat voor soort zaak dit is, kunnen we nu niet laten zien. Probeer het later opnieuw.']);
      expect(result.current).to.have.length(1);
      expect(result.documents.length).to.be.greaterThan(0);
    });

    it('the statustypen: the current status is still one current step, the details and documents still there', async () => {
      const plain = await seen({}, 'woz');
      const result = await seen({ fail: 503, 'fail-on': 'statustypen' }, 'woz');
      expect(result.error).to.equal(null);
      expect(result.notes).to.deep.equal(['Niet alle stappen kunnen we nu laten zien. Probeer het later opnieuw.']);
      // The expanded current statustype names the step.
      expect(result.current).to.deep.equal(plain.current);
      expect(result.details).to.equal(plain.details);
    });

    it('the statustypen and no expand: one current step, untitled but dated', async () => {
      const result = await seen({ fail: 404, 'fail-on': 'statustypen', expand: 'off' }, 'woz');
      expect(result.current).to.deep.equal(['Huidige stap: Stap 1']);
      expect(result.steps[0]).to.match(/\d{4}/);
    });

    for (const failOn of ['resultaten', 'resultaattypen']) {
      it(`the result (${failOn}): Afgerond op is shown, the outcome is named as missing`, async () => {
        const result = await seen({ fail: 500, 'fail-on': failOn, expand: 'off' }, 'closed');
        expect(result.error).to.equal(null);
        expect(result.details).to.contain('Afgerond op');
        expect(result.notes).to.deep.equal(['De uitkomst kunnen we nu niet laten zien. Probeer het later opnieuw.']);
        expect(result.steps.every((step) => step.includes('step-checked'))).to.equal(true);
      });
    }

    it('notes in English and Frisian too', async () => {
      const en = await seen({ fail: 503, 'fail-on': 'statustypen' }, 'woz', { lang: 'en' });
      expect(en.notes).to.deep.equal(['We cannot show all the steps right now. Please try again later.']);
      const fy = await seen({ fail: 503, 'fail-on': 'statustypen' }, 'woz', { lang: 'fy' });
      expect(fy.notes).to.deep.equal(['Net alle stappen kinne wy no sjen litte. Besykje it letter nochris.']);
    });

    it('the zaak itself failing is still the error page', async () => {
      const { element, event } = await renderElement({ gateway: scenario({ fail: 503, 'fail-on': 'zaken' }).gateway, zaak: ZAKEN.woz.uuid });
      expect(event.type).to.equal('mijn-zaken-error');
      expect(one(element, '[part="error"]')).to.exist;
    });
  });
});
