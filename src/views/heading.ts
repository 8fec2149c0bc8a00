import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute: 1–6, else the default. */
export function headingLevelFrom(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real heading element for levels 1–6. Deeper than 6 (heading-level 5 or 6) it is no heading at all
 * but a paragraph with the same id and class: HTML has no h7, aria-level above 6 is unreliable in screen
 * readers, and a step clamped to h6 would claim to be a sibling of its h6 section. The content stays
 * findable: every deeper title sits in a list item (steps, zaken) or names its region (aria-labelledby).
 * Six plain templates cost fewer bytes than lit/static-html's dynamic tag names.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string } = {}): TemplateResult {
  const id = attributes.id ?? '';
  const className = attributes.className ?? '';
  switch (Math.max(Math.trunc(level) || 7, 1)) {
    case 1:
      return html`<h1 id=${id} class=${className}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${className}>${content}</h6>`;
    default:
      return html`<p id=${id} class=${className}>${content}</p>`;
  }
}
