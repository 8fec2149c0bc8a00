import { expect } from '@open-wc/testing';
import { MijnZakenElement } from '../../../src/index.js';

describe('registration (CONTRACT 1)', () => {
  it('the class module has no side effects: importing it defines no tag', () => {
    expect(customElements.get('mijn-zaken')).to.equal(undefined);
    expect(MijnZakenElement).to.be.a('function');
  });

  it('the define module registers <mijn-zaken>, and calling it again does not throw', async () => {
    const { defineMijnZaken } = await import('../../../src/define.js');
    expect(customElements.get('mijn-zaken')).to.equal(MijnZakenElement);
    expect(() => defineMijnZaken()).not.to.throw();
    expect(() => defineMijnZaken('mijn-zaken-tweede')).not.to.throw();
    expect(new (customElements.get('mijn-zaken-tweede') as CustomElementConstructor)()).to.be.instanceOf(MijnZakenElement);
  });

  it('the bundle entry can be imported next to the npm modules without throwing', async () => {
    await import('../../../src/mijn-zaken.js');
    expect(customElements.get('mijn-zaken')).to.equal(MijnZakenElement);
  });

  it('every attribute of CONTRACT 2 reflects to its property', () => {
    const element = document.createElement('mijn-zaken') as MijnZakenElement;
    const attributes: Array<[string, string, keyof MijnZakenElement, unknown]> = [
      ['gateway', '/api/zgw', 'gateway', '/api/zgw'],
      ['zaak', 'ZAAK-1', 'zaak', 'ZAAK-1'],
      ['heading-level', '4', 'headingLevel', 4],
      ['audience', 'medewerker', 'audience', 'medewerker'],
      ['max-confidentiality', 'intern', 'maxConfidentiality', 'intern'],
      ['hide-uninformed', '', 'hideUninformed', true],
      ['credentials', 'include', 'credentials', 'include'],
      ['navigation', 'none', 'navigation', 'none'],
    ];
    for (const [attribute, value, property, expected] of attributes) {
      element.setAttribute(attribute, value);
      expect(element[property], attribute).to.equal(expected);
    }
    expect(document.createElement('mijn-zaken') as MijnZakenElement).to.include({
      headingLevel: 2,
      audience: 'inwoner',
      maxConfidentiality: 'openbaar',
      hideUninformed: false,
      credentials: 'same-origin',
      navigation: 'hash',
    });
  });
});
