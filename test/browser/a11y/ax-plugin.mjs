// web-test-runner server command for the assistive-technology tests: Chromium's accessibility tree,
// read over CDP (Accessibility.getFullAXTree) as a screen reader reads it.
//   mz-ax-tree  { selector }  → the tree under the first element matching `selector` (light DOM),
//                              ignored nodes left out (their children kept), inline text boxes dropped:
//                              { role, name, level?, focused?, disabled?, expanded?, live?, hidden?, children }
//   mz-ax-focus {}            → the focused node, or null: { role, name }
export function axTreePlugin() {
  const sessions = new Map();
  const cdpFor = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'mijn-zaken-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mz-ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer`);
      const cdp = await cdpFor(session.browser.getPage(session.id));
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(String(payload?.selector ?? 'body'))})` });
      if (!result.objectId) throw new Error(`no element matches ${payload?.selector}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (!root) throw new Error(`no accessibility node for ${payload?.selector}`);
      const simplify = (n) => {
        const children = (n.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          if (!child || child.role?.value === 'InlineTextBox') return [];
          return child.ignored ? simplify(child).children : [simplify(child)];
        });
        const out = { role: n.role?.value ?? '', name: n.name?.value ?? '' };
        for (const property of n.properties ?? []) {
          if (['level', 'focused', 'disabled', 'expanded', 'live', 'hidden', 'focusable'].includes(property.name)) out[property.name] = property.value.value;
        }
        out.children = children;
        return out;
      };
      return simplify(root);
    },
  };
}
