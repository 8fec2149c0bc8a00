// Issue 9, assistive technology: the timeline read through Chromium's accessibility tree.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MijnZakenElement } from '../../../src/index.js';
import { expectAccessible } from '../support/axe.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, documentsSettled, one, renderElement, shadow } from '../support/render.js';
import { axTree, byRole, describe as describeNode, flatten, focusedNode, readAloud, type AxNode } from './ax.js';

async function openAll(element: MijnZakenElement): Promise<void> {
  for (const toggle of all<HTMLButtonElement>(element, '.step-toggle[aria-expanded="false"]')) toggle.click();
  await element.updateComplete;
}

/** The list items of the sub-step list under the step whose heading is named `title`. */
function subStepItems(tree: AxNode, title: RegExp): AxNode[] {
  const step = byRole(tree, 'listitem').find((item) => item.children.some((child) => child.role === 'heading' && title.test(child.name)));
  const list = step && flatten(step).find((node, index) => index > 0 && node.role === 'list');
  return list ? list.children.filter((child) => child.role === 'listitem') : [];
}

describe('sub-steps, read by a screen reader (issue 9)', () => {
  beforeEach(freshPage);

  it('every sub-step says its state in words: finished ones "Afgerond", the newest of the current step "Laatste nieuws"', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    await openAll(element);
    const tree = await axTree(element);
    const current = subStepItems(tree, /^Huidige stap: Uitvoering maatregelen$/).map(readAloud);
    expect(current).to.deep.equal([
      'Afgerond: Offerte van de aannemer ontvangen. 28 augustus 2026',
      'Afgerond: Offerte goedgekeurd. De aannemer kan beginnen. 10 september 2026',
      'Afgerond: Werkzaamheden gestart: nieuwe kozijnen aan de voorkant. 5 oktober 2026',
      'Laatste nieuws: Inspectie gepland op 2 december 2026 tussen 9.00 en 12.00 uur. 18 november 2026',
    ]);
    expect(subStepItems(tree, /^Afgerond: Subsidie verleend$/).map(readAloud)).to.deep.equal([
      'Afgerond: Subsidie verleend voor maximaal 18.500 euro. 15 juli 2026',
    ]);
  });

  it('"Huidige stap" is said once in the current step: the newest sub-step is current, not a second current step', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    await openAll(element);
    const tree = await axTree(element);
    expect(readAloud(tree).match(/Huidige stap/g)).to.have.length(1);
    // aria-current is not in the CDP tree: read it from the DOM. One "step" (the step), one "true" (its newest news).
    expect(all(element, '[aria-current="step"]').map((node) => node.getAttribute('part'))).to.deep.equal(['step step-current']);
    expect(all(element, '.sub-step[aria-current]').map((node) => node.getAttribute('aria-current'))).to.deep.equal(['true']);
  });

  it('current and finished sub-step markers differ in shape, not only in hue (1.4.1), in the default and Voorbeeld palettes', async () => {
    const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
    await openAll(element);
    const shapeOf = (marker: Element) => [...marker.querySelectorAll('svg > *')].map((shape) => `${shape.tagName}:${getComputedStyle(shape).fill}`).join(' ');
    const finished = one(element, '.sub-step:not(.sub-step--current) .sub-step-marker');
    const current = one(element, '.sub-step--current .sub-step-marker');
    expect(shapeOf(finished)).to.match(/^path:none$/); // a tick (stroke)
    expect(shapeOf(current)).to.match(/^circle:rgb/); // a filled dot
    // The shape is drawn in a colour that stands out from the marker's fill.
    for (const marker of [finished, current]) {
      const style = getComputedStyle(marker);
      expect(style.color, 'shape colour differs from fill').not.to.equal(style.backgroundColor);
    }
  });
});

describe('a long history (CONTRACT 5: at most the 20 newest sub-steps at first)', () => {
  beforeEach(freshPage);

  it('shows the 20 newest, a button for the rest; pressing it shows all and puts focus on the oldest', async () => {
    const { element } = await renderElement({ gateway: scenario({ history: 26 }).gateway, zaak: ZAKEN.geluid.uuid });
    let tree = await axTree(element);
    let items = subStepItems(tree, /^Huidige stap: /);
    expect(items).to.have.length(20);
    // The 20 newest, oldest of them first; the newest is still the current one.
    expect(readAloud(items.at(-1)!)).to.match(/^Laatste nieuws: Inspectie gepland/);
    expect(readAloud(items[0]!)).to.match(/^Afgerond: Bericht 11 van de aannemer\./);
    const button = byRole(tree, 'button').find((node) => /eerdere stappen/.test(node.name));
    expect(button?.name).to.equal('Toon alle 10 eerdere stappen');
    await expectAccessible(element);

    one<HTMLButtonElement>(element, '.show-earlier').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await waitUntil(() => shadow(element).activeElement?.classList.contains('sub-step'), 'focus on a sub-step');
    tree = await axTree(element);
    items = subStepItems(tree, /^Huidige stap: /);
    expect(items).to.have.length(30);
    expect(byRole(tree, 'button').some((node) => /eerdere stap/.test(node.name))).to.equal(false);
    const focused = focusedNode(tree);
    expect(focused && readAloud(focused)).to.match(/^Afgerond: Bericht 1 van de aannemer\./);
    await expectAccessible(element);
  });

  it('one earlier step: the button says so in the singular; 20 or fewer: no button', async () => {
    const { element } = await renderElement({ gateway: scenario({ history: 17 }).gateway, zaak: ZAKEN.geluid.uuid });
    expect(byRole(await axTree(element), 'button').find((node) => /eerdere stap/.test(node.name))?.name).to.equal('Toon 1 eerdere stap');
    const { element: short } = await renderElement({ gateway: scenario({ history: 16 }).gateway, zaak: ZAKEN.geluid.uuid });
    const tree = await axTree(short);
    expect(subStepItems(tree, /^Huidige stap: /)).to.have.length(20);
    expect(byRole(tree, 'button').some((node) => /eerdere stap/.test(node.name))).to.equal(false);
  });

  it('a history of 5,000 renders only 20 sub-steps', async () => {
    const { element } = await renderElement({ gateway: scenario({ history: 5000 }).gateway, zaak: ZAKEN.geluid.uuid });
    expect(all(element, '[part~="step-current"] .sub-step')).to.have.length(20);
    expect(one(element, '.show-earlier').textContent?.trim()).to.equal('Toon alle 4984 eerdere stappen');
  });
});

/** Headings in reading order as `role(level) "name"`. */
function outline(tree: AxNode): Array<{ level: number; name: string }> {
  return byRole(tree, 'heading').map((node) => ({ level: node.level ?? 0, name: node.name }));
}

describe('the heading outline at every heading-level (issue 9: it flattened at 5 and 6)', () => {
  beforeEach(freshPage);

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level=${level}: detail and overview keep their hierarchy; nothing deeper than 6 pretends to be a sibling`, async () => {
      const { element } = await renderElement({ gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid, attributes: { 'heading-level': String(level) } });
      await documentsSettled(element);
      const tree = await axTree(element);
      const headings = outline(tree);
      const want = (depth: number) => (level + depth <= 6 ? level + depth : null);
      const expected = [
        { level: want(0), name: 'Subsidie geluidsisolatie woning' },
        { level: want(1), name: 'Status' },
        ...['Afgerond: Aanvraag ontvangen', 'Afgerond: Subsidie verleend', 'Huidige stap: Uitvoering maatregelen', 'Nog niet gestart: Eindinspectie', 'Nog niet gestart: Subsidie vastgesteld'].map((name) => ({ level: want(2), name })),
        { level: want(1), name: 'Details' },
        { level: want(1), name: 'Documenten' },
      ].filter((heading): heading is { level: number; name: string } => heading.level !== null);
      expect(headings, headings.map((h) => `${h.level} ${h.name}`).join(' | ')).to.deep.equal(expected);
      // Sections stay named regions, so Status, Details and Documenten are found even without a heading.
      expect(byRole(tree, 'region').map((node) => node.name)).to.deep.equal(['Status', 'Details', 'Documenten']);
      // Step titles stay in the timeline's list items, toggles keep their names.
      expect(byRole(tree, 'button').map((node) => node.name)).to.include('Huidige stap: Uitvoering maatregelen');
      await expectAccessible(element);

      const { element: overview } = await renderElement({ gateway: scenario().gateway, attributes: { 'heading-level': String(level), navigation: 'none' } });
      const overviewHeadings = outline(await axTree(overview));
      expect(overviewHeadings[0]).to.deep.equal({ level, name: 'Mijn zaken' });
      for (const heading of overviewHeadings.slice(1)) {
        expect(heading.level, `${heading.name} below the top`).to.be.greaterThan(level);
        expect(heading.level).to.be.at.most(6);
      }
      const sectionLevel = want(1);
      expect(overviewHeadings.filter((heading) => /zaken \(\d+\)$/.test(heading.name)).map((heading) => heading.level)).to.deep.equal(
        sectionLevel === null ? [] : [sectionLevel, sectionLevel],
      );
      expect(overviewHeadings.filter((heading) => heading.level === want(2)).length).to.equal(want(2) === null ? 0 : 7);
      await expectAccessible(overview);
    });
  }

  it('the check itself: the old clamp to h6 would fail it (a step at 6 under a section at 6)', () => {
    const flat = [{ level: 6, name: 'Status' }, { level: 6, name: 'Huidige stap: x' }];
    expect(flat.every((heading, index) => index === 0 || heading.level > flat[0]!.level)).to.equal(false);
    expect(describeNode({ role: 'heading', name: 'x', level: 6, children: [] })).to.equal('heading(6) "x"');
  });
});
