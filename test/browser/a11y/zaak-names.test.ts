// Issue 9, beyond AA (2.4.9 Link Purpose, Link Only): each zaak link's accessible name tells zaken apart.
import { expect } from '@open-wc/testing';
import { freshPage, scenario } from '../support/gateway.js';
import { renderElement } from '../support/render.js';
import { axTree, byRole } from './ax.js';

describe('zaak links tell zaken apart by name alone (WCAG 2.4.9)', () => {
  beforeEach(freshPage);

  for (const [lang, pattern] of [
    ['nl', /^(?<title>.+), zaaknummer (?<nummer>ZAAK-\d{4}-\d+), aanvraag ingediend op (?<date>\d{1,2} \p{L}+ \d{4})$/u],
    ['en', /^(?<title>.+), case number (?<nummer>ZAAK-\d{4}-\d+), application submitted on (?<date>\d{1,2} \p{L}+ \d{4})$/u],
    ['fy', /^(?<title>.+), saaknûmer (?<nummer>ZAAK-\d{4}-\d+), oanfraach yntsjinne op (?<date>\d{1,2} \p{L}+ \d{4})$/u],
  ] as const) {
    it(`${lang}: on the first overview page every link has its own name: title, then zaaknummer, then date`, async () => {
      const { element } = await renderElement({ gateway: scenario({ resident: 'many' }).gateway, attributes: { navigation: 'none', lang } });
      const links = byRole(await axTree(element), 'button').filter((node) => pattern.test(node.name));
      const all = byRole(await axTree(element), 'button').filter((node) => /ZAAK-/.test(node.name));
      expect(links.length).to.equal(all.length);
      expect(links.length).to.be.at.least(19);
      expect(new Set(links.map((node) => node.name)).size, 'distinct names').to.equal(links.length);
      // The visible title comes first (2.5.3 Label in Name), and it is the visible text.
      const visibleTitles = [...element.shadowRoot!.querySelectorAll('.zaak-title-text')].map((node) => node.textContent?.trim());
      expect(links.map((node) => pattern.exec(node.name)?.groups?.title)).to.deep.equal(visibleTitles);
      // Fewer distinct titles than links: the numbers make the difference.
      expect(new Set(visibleTitles).size).to.be.lessThan(links.length);
    });
  }

  it('as links (navigation="hash") too', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway });
    const names = byRole(await axTree(element), 'link').map((node) => node.name);
    expect(names).to.include('Bezwaar WOZ-waarde, zaaknummer ZAAK-2026-0000123, aanvraag ingediend op 12 oktober 2026');
    expect(new Set(names).size).to.equal(names.length);
    history.replaceState(null, '', location.pathname);
  });
});
