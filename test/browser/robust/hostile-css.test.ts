/**
 * Hostile global CSS (issue 5): a host page whose stylesheet resets or abuses every element
 * (`* { all: unset }`, inline list items, hidden buttons, huge headings, giant SVGs, and inherited
 * text properties on body and div). The shadow DOM keeps the element looking the same: the boxes
 * and computed styles of its key internal nodes do not change.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { shadow } from '../support/render.js';
import { expandAll, settled } from './support.js';

/** Selector-level attacks: none of these may reach inside the shadow root. */
const HOSTILE_SELECTORS = `
  li { display: inline !important; list-style: disc !important; }
  button { display: none !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 96px !important; margin: 3em !important; }
  svg { width: 1000px !important; height: 1000px !important; }
  ol, ul, dl, p, span, div, a, time { all: revert !important; border: 5px solid red !important; padding: 2em !important; }
  [part], [class], [role], [aria-current] { display: none !important; }
`;
/** Inherited text properties set on the host's ancestors: the element resolves its own. */
const HOSTILE_INHERITED = `
  body, div { font-size: 30px; line-height: 4; letter-spacing: 0.5em; word-spacing: 2em; text-transform: uppercase;
    text-align: right; color: magenta; font-family: "Comic Sans MS", cursive; white-space: pre; text-indent: 5em;
    font-style: italic; font-weight: 900; visibility: visible; cursor: wait; text-shadow: 2px 2px red; }
`;
const RESET_ALL = `* { all: unset; } mijn-zaken { all: unset; }`;


const KEY_NODES = [
  '.detail-title', '.zaaknummer', '[part="timeline"]', '[part~="step"]', '.step-marker', '.marker-icon', '.step-toggle',
  '.chevron', '.step-title', '.step-date', '.step-explanation', '[part="sub-steps"] > li', '[part="details"]', '.details-row dt',
  '[part="documents"]', '[part="document"]', '.document-link', '.document-icon', '.section-title',
];
const STYLES = [
  'display', 'position', 'font-size', 'font-family', 'font-weight', 'font-style', 'line-height', 'color', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-align', 'white-space', 'text-indent', 'list-style-type', 'visibility', 'text-shadow',
];

function snapshot(element: MijnZakenElement): Record<string, string> {
  const host = element.getBoundingClientRect();
  const out: Record<string, string> = {};
  for (const selector of KEY_NODES) {
    shadow(element).querySelectorAll(selector).forEach((node, index) => {
      const rect = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const key = `${selector}#${index}`;
      out[`${key} box`] = [rect.left - host.left, rect.top - host.top, rect.width, rect.height].map((n) => Math.round(n)).join(',');
      for (const property of STYLES) out[`${key} ${property}`] = style.getPropertyValue(property);
    });
  }
  return out;
}

function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys({ ...a, ...b }).filter((key) => a[key] !== b[key]).map((key) => `${key}: ${a[key]} → ${b[key]}`);
}

async function renderDetail(): Promise<MijnZakenElement> {
  const container = await fixture<HTMLDivElement>(html`<div style="display: block !important; width: 600px !important; padding: 0 !important; margin: 0 !important; border: 0 !important"></div>`);
  const element = document.createElement('mijn-zaken');
  element.setAttribute('gateway', scenario().gateway);
  element.setAttribute('zaak', ZAKEN.geluid.uuid);
  element.setAttribute('navigation', 'none');
  container.append(element);
  await settled(element);
  await expandAll(element);
  return element;
}

async function withStyle<T>(css: string, run: () => Promise<T> | T): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return await run();
  } finally {
    style.remove();
  }
}

describe('<mijn-zaken> on a host page with hostile global CSS (issue 5)', () => {
  beforeEach(freshPage);

  it('selectors aimed at li, button, h1–h6, svg, [part] and [class] do not reach inside', async () => {
    const element = await renderDetail();
    const before = snapshot(element);
    expect(Object.keys(before).length).to.be.greaterThan(100);
    const after = await withStyle(HOSTILE_SELECTORS, () => snapshot(element));
    expect(differences(before, after)).to.deep.equal([]);
  });

  // Inherited text properties (letter-spacing, word-spacing, text-transform, text-align, text-indent,
  // white-space, font-style, text-shadow) and `* { all: unset }` (which beats `:host`) are stopped by
  // the reset on the `.root` wrapper that host-page CSS cannot select.
  it('inherited text properties on the host\'s ancestors do not change the element', async () => {
    const element = await renderDetail();
    const before = snapshot(element);
    const after = await withStyle(HOSTILE_INHERITED, () => snapshot(element));
    expect(differences(before, after)).to.deep.equal([]);
  });

  it('* { all: unset } on the page, the host included, does not change the element', async () => {
    const element = await renderDetail();
    const before = snapshot(element);
    const after = await withStyle(`${RESET_ALL} ${HOSTILE_INHERITED}`, () => snapshot(element));
    expect(differences(before, after)).to.deep.equal([]);
  });
});
