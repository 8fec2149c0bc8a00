/** Reading Chromium's accessibility tree (test/browser/a11y/ax-plugin.mjs), as a screen reader does. */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  level?: number;
  focused?: boolean;
  focusable?: boolean;
  disabled?: boolean;
  expanded?: boolean;
  live?: string;
  hidden?: boolean;
  children: AxNode[];
}

let counter = 0;

/** The accessibility tree under `element` (shadow content included). */
export async function axTree(element: Element): Promise<AxNode> {
  const id = `ax${++counter}`;
  element.setAttribute('data-ax-root', id);
  try {
    return await executeServerCommand<AxNode, { selector: string }>('mz-ax-tree', { selector: `[data-ax-root="${id}"]` });
  } finally {
    element.removeAttribute('data-ax-root');
  }
}

/** Every node of the tree, depth first, in reading order. */
export function flatten(node: AxNode): AxNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

export function byRole(node: AxNode, role: string): AxNode[] {
  return flatten(node).filter((n) => n.role === role);
}

/** What a screen reader reads when it reads everything: the text nodes in order, joined. */
export function readAloud(node: AxNode): string {
  return flatten(node)
    .filter((n) => n.role === 'StaticText')
    .map((n) => n.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The focused node under `node`, or null. */
export function focusedNode(node: AxNode): AxNode | null {
  return flatten(node).find((n) => n.focused === true) ?? null;
}

/** A compact outline for failure messages: `heading(4) "Afgerond: Aanvraag ontvangen"`. */
export function describe(node: AxNode): string {
  return `${node.role}${node.level ? `(${node.level})` : ''} "${node.name}"`;
}
