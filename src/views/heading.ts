import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute: 1–6, else the default. */
export function headingLevelFrom(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** One template per level, made once: Lit knows a template by its strings array. */
const templates: TemplateStringsArray[] = [];

/**
 * A real heading element for levels 1–6. Deeper than 6 (heading-level 5 or 6) it is no heading at all
 * but a paragraph with the same id and class: HTML has no h7, aria-level above 6 is unreliable in screen
 * readers, and a step clamped to h6 would claim to be a sibling of its h6 section. The content stays
 * findable: every deeper title sits in a list item (steps, zaken) or names its region (aria-labelledby).
 * The template is the one `html` would make of `<h2 id=${…} class=${…}>${…}</h2>`, its tag name from the
 * clamped level only (never from input): fewer bytes than six literals or lit/static-html.
 */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string } = {}): TemplateResult {
  return headingElement(level, content, attributes.className, attributes.id);
}

/** `heading` with its class and id as arguments: the read-only bundle's views use this one (fewer bytes). */
export function headingElement(level: number, content: unknown, className?: string, id?: string): TemplateResult {
  const clamped = Math.max(Math.trunc(level) || 7, 1);
  const tag = clamped > 6 ? 'p' : `h${clamped}`;
  const strings = [`<${tag} id=`, ' class=', '>', `</${tag}>`];
  // An absent id or class renders as an empty attribute, as '' does.
  return html((templates[clamped] ??= Object.assign(strings, { raw: strings })), id, className, content);
}
