// Modes and WCAG checks axe cannot make: forced colours, reduced motion, reflow at 320 CSS px,
// text spacing (1.4.12), target size (2.5.8), focus visible and not obscured (2.4.7, 2.4.11).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MijnZakenElement } from '../../../src/index.js';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { all, one, shadow } from '../support/render.js';
import { renderIn } from './support.js';
import { THEMES, emulate, themedContainer, type Theme } from './themes.js';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };
const byId = (id: string): Theme => THEMES.find((theme) => theme.id === id)!;

let container: HTMLElement | undefined;
afterEach(async () => {
  container?.remove();
  container = undefined;
  await emulate();
  await setViewport(DEFAULT_VIEWPORT);
});
beforeEach(freshPage);

/** Every view worth checking, rendered in a theme. */
const VIEWS: ReadonlyArray<[string, (theme: Theme) => Promise<MijnZakenElement>]> = [
  ['detail with sub-steps', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid, expandAll: true })],
  ['detail with documents', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario().gateway, zaak: ZAKEN.documents.uuid, expandAll: true })],
  ['suspended detail', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario().gateway, zaak: ZAKEN.suspended.uuid, expandAll: true })],
  ['overview', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario().gateway })],
  ['overview list', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario({ resident: 'many' }).gateway })],
  ['error', async (theme) => renderIn((container = await themedContainer(theme)), { gateway: scenario({ fail: 503 }).gateway, zaak: ZAKEN.woz.uuid })],
];

function visible(node: Element): boolean {
  const rect = node.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && !node.closest('.visually-hidden') && getComputedStyle(node).visibility !== 'hidden';
}

describe('forced-colors: active (Windows high contrast)', () => {
  for (const theme of [byId('none'), byId('voorbeeld'), byId('den-haag')]) {
    it(`${theme.label}: finished, current and coming steps still differ`, async () => {
      await emulate({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      container = await themedContainer(theme);
      const element = await renderIn(container, { gateway: scenario().gateway, zaak: ZAKEN.woz.uuid });
      const fill = (state: string) => getComputedStyle(one(element, `.step--${state} .step-marker`)).backgroundColor;
      const fills = new Set([fill('checked'), fill('current'), fill('not-checked')]);
      expect(fills.size, [...fills].join(' / ')).to.equal(3);
      // Shape too: ✓ for finished steps, numbers for the others; solid line after finished steps.
      expect(one(element, '.step--checked .step-marker svg')).to.exist;
      expect(one(element, '.step--current .step-marker').textContent?.trim()).to.match(/^\d+$/);
      const line = (state: string) => getComputedStyle(one(element, `.step--${state}:not(.step--last)`), '::before').borderInlineStartStyle;
      expect(line('checked')).to.equal('solid');
      expect(line('current')).to.equal('dashed');
      expect(all(element, '[aria-current="step"]').length).to.be.greaterThan(0);
    });
  }
});

describe('prefers-reduced-motion: reduce', () => {
  it('the loading spinner turns, and stands still when motion is reduced', async () => {
    const render = () => fixture<MijnZakenElement>(html`<mijn-zaken gateway=${scenario({ delay: 3000 }).gateway} zaak=${ZAKEN.woz.uuid}></mijn-zaken>`);
    const moving = await render();
    one(moving, '.spinner');
    expect(shadow(moving).getAnimations().length, 'animations without the preference').to.be.greaterThan(0);
    await emulate({ reducedMotion: 'reduce' });
    const still = await render();
    one(still, '.spinner');
    expect(shadow(still).getAnimations(), 'animations with reduced motion').to.deep.equal([]);
    for (const node of shadow(still).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.className.toString()).to.equal('none');
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0), node.className.toString()).to.equal(true);
    }
  });
});

describe('reflow at 320 CSS px (400% zoom)', () => {
  for (const theme of THEMES) {
    for (const [view, render] of VIEWS) {
      it(`${theme.label}, ${view}: no horizontal scrolling, nothing sticks out`, async () => {
        await setViewport({ width: 320, height: 640 });
        const element = await render(theme);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
        const host = element.getBoundingClientRect();
        for (const node of shadow(element).querySelectorAll('*')) {
          if (!visible(node)) continue;
          const rect = node.getBoundingClientRect();
          expect(rect.right, `${node.tagName.toLowerCase()}.${node.className} ends at ${rect.right}, the element at ${host.right}`).to.be.at.most(host.right + 0.5);
          expect(rect.left).to.be.at.least(host.left - 0.5);
        }
      });
    }
  }
});

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

describe('text spacing (WCAG 1.4.12), inside the shadow root', () => {
  for (const theme of THEMES) {
    for (const [view, render] of VIEWS) {
      it(`${theme.label}, ${view}: nothing clipped or overlapping at 320 px`, async () => {
        await setViewport({ width: 320, height: 640 });
        const element = await render(theme);
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(TEXT_SPACING);
        const root = shadow(element);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
        await new Promise(requestAnimationFrame);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
        for (const node of root.querySelectorAll<HTMLElement>('*')) {
          if (!visible(node) || node instanceof SVGElement) continue;
          const style = getComputedStyle(node);
          const clips = (value: string) => value !== 'visible';
          const name = `${node.tagName.toLowerCase()}.${node.className}`;
          if (clips(style.overflowX)) expect(node.scrollWidth, `${name} clips horizontally`).to.be.at.most(node.clientWidth + 1);
          if (clips(style.overflowY)) expect(node.scrollHeight, `${name} clips vertically`).to.be.at.most(node.clientHeight + 1);
          // Text that does not fit its box shows as overflow: the box is narrower than its content.
          if (node.childElementCount === 0 && node.textContent?.trim()) expect(node.scrollWidth, `${name} overflows`).to.be.at.most(node.clientWidth + 1 || node.scrollWidth);
        }
        // Boxes that stack must not overlap: steps, their marker and body, cards, details rows, documents.
        for (const selector of ['.step', '.zaak', '.details-row', '.document', '.sub-step']) {
          const rects = all(element, selector).filter(visible).map((node) => node.getBoundingClientRect());
          for (let i = 1; i < rects.length; i += 1) {
            const [a, b] = [rects[i - 1]!, rects[i]!];
            const apart = b.top >= a.bottom - 0.5 || b.left >= a.right - 0.5;
            expect(apart, `${selector} ${i} overlaps the one before`).to.equal(true);
          }
        }
        for (const step of all(element, '.step')) {
          const marker = step.querySelector('.step-marker')!.getBoundingClientRect();
          const body = step.querySelector('.step-body')!.getBoundingClientRect();
          expect(body.left, 'step text clear of its marker').to.be.at.least(marker.right - 0.5);
        }
      });
    }
  }
});

/** The area that takes the pointer: the element, or the card its stretched ::after covers. */
function targetRect(node: Element): DOMRect {
  const after = getComputedStyle(node, '::after');
  if (after.content !== 'none' && after.position === 'absolute') {
    const card = node.closest('.zaak');
    if (card) return card.getBoundingClientRect();
  }
  return node.getBoundingClientRect();
}

describe('target size (WCAG 2.5.8): every control at least 24 × 24 CSS px', () => {
  for (const theme of THEMES) {
    for (const [view, render] of VIEWS) {
      it(`${theme.label}, ${view}`, async () => {
        const element = await render(theme);
        const controls = all(element, 'button, a[href], input, select, textarea, summary').filter(visible);
        expect(controls.length, 'controls found').to.be.greaterThan(0);
        for (const control of controls) {
          const rect = targetRect(control);
          const name = `${control.tagName.toLowerCase()}.${control.className} "${control.textContent?.trim().slice(0, 30)}"`;
          expect(rect.height, `${name} height`).to.be.at.least(24);
          expect(rect.width, `${name} width`).to.be.at.least(24);
        }
      });
    }
  }
});

describe('focus visible and not obscured (WCAG 2.4.7, 2.4.11)', () => {
  for (const theme of THEMES) {
    for (const [view, render] of VIEWS) {
      it(`${theme.label}, ${view}: every control shows focus by keyboard`, async () => {
        const element = await render(theme);
        const controls = all<HTMLElement>(element, 'button, a[href], input').filter(visible);
        const styleOf = (node: HTMLElement) => {
          const style = getComputedStyle(node);
          const after = getComputedStyle(node, '::after');
          return {
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none',
            afterOutline: after.outlineStyle !== 'none' && parseFloat(after.outlineWidth) >= 1 ? after.outlineStyle : 'none',
            background: style.backgroundColor,
            inner: [...node.querySelectorAll('*')].map((child) => getComputedStyle(child).backgroundColor).join(),
          };
        };
        const before = controls.map(styleOf);
        const start = document.createElement('button');
        start.textContent = 'start';
        element.before(start);
        start.focus();
        for (const [index, control] of controls.entries()) {
          await sendKeys({ press: 'Tab' });
          expect(shadow(element).activeElement, `Tab ${index + 1}`).to.equal(control);
          expect(control.matches(':focus-visible')).to.equal(true);
          const after = styleOf(control);
          const shows = after.outline !== 'none' || after.afterOutline !== 'none' || after.background !== before[index]!.background || after.inner !== before[index]!.inner;
          expect(shows, `${control.className}: focus shows (outline or background)`).to.equal(true);
          // Not obscured: the middle of the control is the control (or inside it).
          control.scrollIntoView({ block: 'nearest' });
          const rect = control.getBoundingClientRect();
          const hit = shadow(element).elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 10));
          expect(hit === control || control.contains(hit) || (hit?.closest('.zaak')?.contains(control) ?? false), `${control.className} not obscured`).to.equal(true);
        }
        start.remove();
      });
    }
  }
});
