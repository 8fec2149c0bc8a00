// `lit` as dist/mijn-zaken-acts.js sees it (vite.acts.config.ts): only the template and style tags.
// The acts module is rendered by the Lit inside dist/mijn-zaken.js, so it carries no second copy of
// Lit (no second `lit-html` Trusted Types policy, ~6 KB gzip less). A template result is Lit's
// cross-copy shape (`_$litType$` 1 = HTML), `nothing`/`noChange` are registered symbols, and a style
// is anything with a `styleSheet` (what Lit's adoptStyles reads). test/browser/acts/bundle.test.ts
// renders the built module with Lit to prove it.
export const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });
export const nothing = Symbol.for('lit-nothing');
export const noChange = Symbol.for('lit-noChange');
export const css = (strings) => {
  const cssText = strings.join('');
  let sheet;
  return {
    cssText,
    get styleSheet() {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
      }
      return sheet;
    },
    toString: () => cssText,
  };
};
