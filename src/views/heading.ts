import type { TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute: 1–6, else the default. */
export function headingLevelFrom(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** A real heading element; levels below 6 stay 6 (HTML has no h7). */
export function heading(level: number, content: unknown, attributes: { id?: string; part?: string; className?: string } = {}): TemplateResult {
  const tag = HEADING_TAGS[Math.min(Math.max(level, 1), 6) - 1] ?? literal`h6`;
  return html`<${tag} id=${attributes.id ?? ''} part=${attributes.part ?? ''} class=${attributes.className ?? ''}>${content}</${tag}>`;
}
