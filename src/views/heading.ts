import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute: 1–6, else the default. */
export function headingLevelFrom(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real heading element; levels below 6 stay 6 (HTML has no h7). Six plain templates cost fewer
 * bytes than lit/static-html's dynamic tag names.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string } = {}): TemplateResult {
  const id = attributes.id ?? '';
  const className = attributes.className ?? '';
  switch (Math.min(Math.max(Math.trunc(level) || 6, 1), 6)) {
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
    default:
      return html`<h6 id=${id} class=${className}>${content}</h6>`;
  }
}
