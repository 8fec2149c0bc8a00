import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run: (context: Element, options: RunOptions) => Promise<AxeResults> };

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the law for Dutch government sites. */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * open-wc's `accessible()` (axe's default rules, best practices included), then every WCAG 2.2 A/AA
 * rule explicitly, including those axe leaves off by default.
 */
export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_22_AA_TAGS }, resultTypes: ['violations'] });
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(violations, 'WCAG 2.2 AA violations').to.deep.equal([]);
}
