// Vite 8 library build of the CDN bundle: src/mijn-zaken.ts → dist/mijn-zaken.js.
//
// One self-contained, minified ES module with Lit bundled (production exports,
// so no Lit dev mode), no chunks, no assets, no imports. scripts/build.mjs runs this and then
// checks the result (size budget, imports, URLs); the npm package's dist/lib/ comes from tsc.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify as minifyHtml, type MinifierOptions } from 'html-minifier-next';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify as terser } from 'terser';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { shortenInternalProperties } from './scripts/lib/internal-properties.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * html-minifier-next on the static parts of html``/svg`` templates, as minify-literals' defaults
 * minus what does not apply (no inline JS or CSS: strict CSP) or could change meaning (empty
 * attributes such as alt="" stay).
 */
const HTML_OPTIONS: MinifierOptions = {
  caseSensitive: true,
  collapseWhitespace: true,
  decodeEntities: true,
  removeComments: true,
  removeAttributeQuotes: true,
};

/**
 * One template's markup, minified. html-minifier trims whitespace at both ends of its input, but a
 * Lit template is a fragment: ` <span>(…)</span>` after a date needs its space. So the ends keep one
 * space where the source had whitespace; inside, the minifier knows which spaces render.
 */
export async function minifyTemplate(markup: string): Promise<string> {
  // The CDN bundle's Lit has no raw-text support (LIT_CUTS): such an element must be empty.
  const rawText = /<(script|style|textarea|title)\b[^>]*>(?!<\/\1>)/i.exec(markup);
  if (rawText) throw new Error(`a template's <${rawText[1]}> has content; the CDN bundle's Lit cannot bind inside it`);
  const minified = await minifyHtml(markup, HTML_OPTIONS);
  if (minified === '') return /\s/.test(markup) ? ' ' : '';
  const lead = /^\s/.test(markup) && !/^\s/.test(minified) ? ' ' : '';
  const trail = /\s$/.test(markup) && !/\s$/.test(minified) ? ' ' : '';
  return lead + minified + trail;
}

/** The file of a module id when it is one of our own TypeScript modules (a .ts file under src/), else null. */
export function ourSourceFile(id: string): string | null {
  const file = id.split('?', 1)[0]!;
  return file.startsWith(`${root}src/`) && file.endsWith('.ts') ? file : null;
}

/**
 * Our own modules (src/, TypeScript): html``, svg`` and css`` literals minified by minify-literals
 * (markup through minifyTemplate, CSS through Lightning CSS) before Vite's own Oxc transform strips the
 * types. src/ has no decorators (Lit's static `properties`), and tsconfig's useDefineForClassFields
 * reaches Oxc, so no other TypeScript transform is needed; `node --check` in scripts/build.mjs fails
 * the build should non-standard syntax ever reach the bundle.
 */
function ourModules(): Plugin {
  return {
    name: 'mijn-zaken:our-modules',
    enforce: 'pre',
    async transform(code, id) {
      const file = ourSourceFile(id);
      if (file === null) return null;
      const result = await minifyHTMLLiterals(code, { fileName: file, html: minifyTemplate });
      // package.json "sideEffects" lists only the published dist/ files, so without this a bare
      // `import './define.js'` in src/ would be tree-shaken away and the tag never registered.
      return { code: result?.code ?? code, map: result?.map ?? null, moduleSideEffects: true };
    },
  };
}

/**
 * Cuts in Lit's production modules, for the CDN bundle only. Each must match exactly once, so a Lit
 * upgrade that changes them fails the build instead of shipping them silently.
 * - Lit's hooks for other scripts on the page: the ShadyDOM polyfill support (`litHtmlPolyfillSupport`…:
 *   for browsers without native shadow DOM, which cannot run this ES2022 bundle anyway), SSR hydration
 *   (`litElementHydrateSupport`: the element is never server-rendered) and the version lists
 *   (`litHtmlVersions`…: read only by Lit's development build, to warn about several copies). -146 B gzip.
 * - The long texts of two errors that only a programming mistake in our own css`` literals can raise
 *   get short ones (the checks stay). -125 B gzip.
 * - Lit's test for constructable stylesheets is `true`, so Terser drops the fallback that copies every
 *   stylesheet into a <style> element (and re-reads CSSStyleSheets as text). The bundle is ES2022 with
 *   class static blocks (Chrome 94, Safari 16.4, Firefox 93); all of these adopt stylesheets but
 *   Firefox 93–100 (2021–22, long out of support), which now shows the element unstyled. Under the
 *   strict CSP we support (no 'unsafe-inline' styles) the fallback's <style> elements are blocked anyway.
 *   -168 B gzip.
 * - Decorator support: the `Symbol.metadata` polyfill and the property options that `@property()`
 *   records there, and the initializers decorators add (`addInitializer`). src/ has no decorators (Lit's
 *   static `properties`); another script's Lit elements use their own copy of Lit. -126 B gzip.
 * - Property → attribute reflection (`reflect: true`, with the converters' `toAttribute`): none of the
 *   element's properties reflects (CONTRACT 2: attributes set properties, not the other way round).
 *   -152 B gzip. With the decorator cut: a subclass of the CDN bundle's class gets neither; the npm
 *   package's class (plain Lit) has both.
 * - Directives and what only they use: src/ uses none (nor can the on-demand modules: their `lit` is
 *   scripts/lib/lit-templates.mjs, templates and styles only), so resolveDirective is the identity and
 *   the parts lose the connection state async directives read (`_$AU`, `setConnected`, `_$AN`), the
 *   getters directive helpers read (`parentNode`, `startNode`, `tagName`), and LitElement its part
 *   handle. Also compiled templates, MathML templates, the `creationScope` and `renderBefore` options,
 *   and listener objects (every `@event` binding is a function). Property options src/ never
 *   sets: a converter of its own, Object/Array attributes, `useDefault`, own accessors (`wrapped`).
 *   -703 B gzip. A value that is a directive now renders as text; the npm package's class is plain Lit.
 * - Raw-text elements (<script>, <style>, <textarea>, <title>): their content is not scanned for
 *   bindings. No template has one with content (acts' <textarea> is empty and takes `.value`);
 *   minifyTemplate fails the build on one that does. -130 B gzip.
 * - css``: no literal of src/ holds a value (`${…}`), so any value is the error above, and each
 *   literal's one CSSResult makes its sheet itself, without Lit's cache of sheets by literal. -77 B gzip.
 * - Property accessors are Lit's own, never wrapped around one of the class (src/ declares none, nor
 *   `noAccessor`), property names are strings (no symbols), and the default options lose what the cuts
 *   above no longer read. -78 B gzip. requestUpdate reads the new value itself (only an `accessor`
 *   decorator passes one), and Closure Compiler's renaming marker goes. -23 B gzip.
 * - `static styles` is flattened, not de-duplicated (mijn-zaken.styles.ts lists distinct sheets), and
 *   LitElement's `_$litElement$` mark (read by SSR only) goes. -53 B gzip.
 * - Without reflection no guard against an attribute-property loop (`_$Em`); parts' `_$AI` lose the
 *   directive parent; an event listener is called as the function it is. -41 B gzip. A child part
 *   looks its template up in place (`_$AC` had a second caller only for compiled templates). -14 B gzip.
 * - Element-position bindings (`<p ${…}>`, for directives) get no part (theirs did nothing after the
 *   directive cut), and the template element is made in place. -36 B gzip.
 * - What only directives, SSR and ShadyDOM read: a part's `type` and its parent (`_$AM`), an attribute
 *   part's `noCommit` argument (lit-ssr's), ShadyDOM's `wrap` (the identity here); a CSSResult's
 *   `_$cssResult$` mark and strings (read only by the css`` value check and the sheet cache, both cut);
 *   the prototype's empty `enableUpdating` (the constructor sets the instance's own). -74 B gzip.
 * - The default converter's `fromAttribute` for String, Number and Boolean as one expression (-38 B
 *   gzip); no check of getPropertyDescriptor's result (always a descriptor after the cut above) and no
 *   default for render()'s options (LitElement always passes its own) (-3 B gzip).
 */
const LIT_CUTS: ReadonlyArray<{ file: string; cuts: Array<[RegExp, string, number?]> }> = [
  {
    file: 'lit-html/lit-html.js',
    cuts: [
      [/,(\w+)=(\w+)\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\2\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/, ''],
      // Directives: resolveDirective is the identity, the connection state async directives read goes.
      [/function M\((\w+),(\w+),\w+=\1,\w+\)\{if\(\2===\w+\)return \2;let .*?\._\$litDirective\$;.*?,\2\}(?=class )/, 'function M($1,$2){return $2}'],
      [/\bM\(this,(\w+(?:\[\w+\+\w+\])?)(?:,\w+)*\)/, '$1', 5],
      [/this\._\$AN=void 0,/, '', 4],
      [/get _\$AU\(\)\{return this\._\$AM\._\$AU\}/, '', 3],
      [/get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv\}/, ''],
      [/,this\._\$Cv=\w+\?\.isConnected\?\?!0/, ''],
      [/setConnected\((\w+)\)\{void 0===this\._\$AM&&\(this\._\$Cv=\1,this\._\$AP\?\.\(\1\)\)\}/, ''],
      [/(?<=_\$AR\(\w+=this\._\$AA\.nextSibling),\w+\)\{for\(this\._\$AP\?\.\(!1,!0,\w+\);/, '){for(;'],
      [/get parentNode\(\)\{let (\w+)=this\._\$AA\.parentNode;.*?get endNode\(\)\{return this\._\$AB\}/, ''],
      [/get parentNode\(\)\{return this\._\$AM\.parentNode\}/, ''],
      [/get tagName\(\)\{return this\.element\.tagName\}/, ''],
      // Compiled templates (@lit-labs/compiler), MathML templates, the creationScope option.
      [/(?<=,\w+=)"number"==typeof (\w+)\?(this\._\$AC\(\w+\)):\(void 0===\1\.el&&.*?\),\1\)(?=;)/, '$2'],
      [/\$\((\w+)\)\{const\{values:(\w+),_\$litType\$:\w+\}=\1,(\w+)=this\._\$AC\(\1\);/, '$($1){const{values:$2}=$1,$3=C.get($1.strings)||C.set($1.strings,new S($1)).get($1.strings);'],
      [/_\$AC\((\w+)\)\{let (\w+)=C\.get\(\1\.strings\);return void 0===\2&&C\.set\(\1\.strings,\2=new S\(\1\)\),\2\}/, ''],
      [/3===(\w+)\?"<math>":""/, '""'],
      [/3===(\w+)\?"<\/math>":""/, '""'],
      [/(2===\w+)\|\|3===\w+(?=\))/, '$1'],
      [/\((\w+)\?\.creationScope\?\?(\w+)\)\.importNode/, '$2.importNode'],
      [/(\w+)\.test\((\w+)\[2\]\)&&\(\w+=RegExp\("<\/"\+\2\[2\],"g"\)\),/, ''],
      [/if\(\w+\.test\(\w+\.tagName\)\)\{const (\w+)=\w+\.textContent\.split\(\w+\),.*?\.append\(\1\[\w+\],\w+\(\)\)\}\}/, ''],
      [/(?<=const \w+=)\w+\?\.renderBefore\?\?(?!null)(\w+)(?=;)/, '$1'],
      [/(?<=const \w+=)\w+\?\.renderBefore\?\?null/, 'null'],
      [/_\$AI\((\w+),\w+=this\)/, '_$AI($1)', 2],
      // render() is LitElement's, which always passes its renderOptions.
      [/(?<=void 0,)(\w+)\?\?\{\}(?=\)\})/, '$1'],
      [/_\$AI\((\w+),(\w+)=this,/, '_$AI($1,$2,'],
      // Element-position bindings (`<p ${…}>`) are for directives: without them, no part (it did nothing).
      [/:6===(\w+)\.type&&\(\w+=new Z\(\w+,this,\w+\)\)/, ':0'],
      [/this\.el=S\.createElement\((\w+),\w+\)/, '(this.el=document.createElement("template")).innerHTML=$1'],
      [/static createElement\(\w+,\w+\)\{const (\w+)=\w+\.createElement\("template"\);return \1\.innerHTML=\w+,\1\}/, ''],
      // An event binding's listener is always a function here: no listener objects with their options.
      [/(?<==)(\w+)===(\w+)&&(\w+)!==\2\|\|\1\.capture!==\3\.capture\|\|\1\.once!==\3\.once\|\|\1\.passive!==\3\.passive/, '$1===$2&&$3!==$2'],
      [/handleEvent\((\w+)\)\{"function"==typeof this\._\$AH\?(this\._\$AH\.call\(this\.options\?\.host\?\?this\.element,\1\)):this\._\$AH\.handleEvent\(\1\)\}/, 'handleEvent($1){$2}'],
      // What only directives, SSR and ShadyDOM read: a part's `type` and parent (`_$AM`), the `noCommit`
      // argument of an attribute part (lit-ssr's), and ShadyDOM's `wrap` (the identity without it).
      [/constructor\((\w+),(\w+),(\w+),(\w+)\)\{this\.type=2,/, 'constructor($1,$2,$3,$4){'],
      [/constructor\((\w+),(\w+),(\w+),(\w+),(\w+)\)\{this\.type=1,/, 'constructor($1,$2,$3,$4,$5){'],
      [/(?<=class \w+ extends \w+\{)constructor\(\)\{super\(\.\.\.arguments\),this\.type=[34]\}/, '', 2],
      [/(?<=class \w+ extends \w+\{)constructor\((\w+),(\w+),(\w+),(\w+),(\w+)\)\{super\(\1,\2,\3,\4,\5\),this\.type=5\}/, ''],
      [/,this\._\$AM=\w+(?=[,}])/, '', 4],
      [/(\w+)&&!\w+&&this\.j\((\w+)\)/, '$1&&this.j($2)'],
      [/(?<=const \w+=globalThis),\w+=(\w+)=>\1(?=,)/, ''],
      [/\b[a-z]\((\w+)\)(?=\.nextSibling;)/, '$1'],
      [/;[a-z]\((\w+)\)\.remove\(\)/, ';$1.remove()'],
    ],
  },
  {
    file: '@lit/reactive-element/reactive-element.js',
    cuts: [
      [/(?<=,)(\w+)=\w+\.reactiveElementPolyfillSupport,/, ''],
      // The constructor sets `enableUpdating` on the instance (the resolver of the first update): the prototype's is never called.
      [/enableUpdating\(\w+\)\{\}/, ''],
      [/,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/, ''],
      [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
      [/const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\1,(\w+)\]of \2\)this\.elementProperties\.set\(\1,\3\)\}/, ''],
      [/static addInitializer\((\w+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/, ''],
      [/,void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\)(?=,)/, ''],
      [/_\$ET\((\w+),(\w+)\)\{const (\w+)=this\.constructor\.elementProperties\.get\(\1\).*?this\._\$Em=null\}\}(?=_\$AK\()/, ''],
      [/update\((\w+)\)\{this\._\$Eq&&=this\._\$Eq\.forEach\((\w+)=>this\._\$ET\(\2,this\[\2\]\)\),this\._\$EM\(\)\}/, 'update($1){this._$EM()}'],
      [/,!0===(\w+)&&this\._\$Em!==(\w+)&&\(this\._\$Eq\?\?=new Set\)\.add\(\2\)(?=\)\})/, ''],
      [/(?<=,)(\w+)=\w+\.trustedTypes,\w+=\1\?\1\.emptyScript:"",/, ''],
      [/toAttribute\((\w+),(\w+)\)\{switch\(\2\)\{case Boolean:\1=\1\?\w+:null;break;case Object:case Array:\1=null==\1\?\1:JSON\.stringify\(\1\)\}return \1\},/, ''],
      [/,this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)(?=\})/, ''],
      // Property options src/ never uses: converters of its own, Object/Array attributes, useDefault,
      // and accessors of its own (`wrapped`).
      [/case Object:case Array:try\{(\w+)=JSON\.parse\(\w+\)\}catch\(\w+\)\{\1=null\}/, ''],
      [/(?<=,\w+=)"function"==typeof (\w+)\.converter\?\{fromAttribute:\1\.converter\}:void 0!==\1\.converter\?\.fromAttribute\?\1\.converter:(\w+)(?=;)/, '$2'],
      [/this\[(\w+)\]=(\w+)\?\?this\._\$Ej\?\.get\(\1\)\?\?\2/, 'this[$1]=$2'],
      [/\|\|\w+\.useDefault&&\w+\.reflect&&\w+===this\._\$Ej\?\.get\(\w+\)&&!this\.hasAttribute\(\w+\._\$Eu\(\w+,\w+\)\)(?=\)\))/, ''],
      [/C\((\w+),(\w+),\{useDefault:(\w+),reflect:\w+,wrapped:\w+\},\w+\)\{.*?\|\|\(this\._\$AL\.has\(\1\)\|\|\(this\.hasUpdated\|\|\3\|\|\(\2=void 0\),this\._\$AL\.set\(\1,\2\)\)\)\}/, 'C($1,$2){this._$AL.has($1)||(this.hasUpdated||($2=void 0),this._$AL.set($1,$2))}'],
      [/const (\w+)=this\.constructor\.elementProperties;if\(\1\.size>0\)for\(const\[\w+,\w+\]of \1\)\{const\{wrapped:\w+\}=.*?\}(?=\}let )/, ''],
      [/this\.prototype\.hasOwnProperty\(\w+\)&&\(\(\w+=Object\.create\(\w+\)\)\.wrapped=!0\),/, ''],
      // Accessors are always Lit's own (no class in src/ declares one for a property; none is noAccessor),
      // and property names are strings, not symbols.
      [/static getPropertyDescriptor\((\w+),(\w+),(\w+)\)\{const\{get:(\w+),set:(\w+)\}=\w+\(this\.prototype,\1\)\?\?\{get\(\)\{return this\[\2\]\},set\(\w+\)\{this\[\2\]=\w+\}\};return\{get:\4,set\(\w+\)\{.*?configurable:!0,enumerable:!0\}\}/, 'static getPropertyDescriptor($1,$2,$3){return{get(){return this[$2]},set(v){const o=this[$2];this[$2]=v,this.requestUpdate($1,o,$3)},configurable:!0,enumerable:!0}}'],
      [/,!(\w+)\.noAccessor\)\{/, '){'],
      [/\[\.\.\.(\w+)\((\w+)\),\.\.\.\w+\(\2\)\]/, '$1($2)'],
      [/getOwnPropertyDescriptor:\w+,/, ''],
      [/getOwnPropertySymbols:\w+,/, ''],
      // getPropertyDescriptor (cut above) always returns a descriptor.
      [/(?<=getPropertyDescriptor\(\w+,\w+,\w+\);)void 0!==(\w+)&&(\w+\(this\.prototype,\w+,)\1\)/, '$2$1)'],
      [/(?<=\{attribute:!0,type:String,)converter:\w+,reflect:!1,useDefault:!1,(?=hasChanged:\w+\})/, ''],
      [/requestUpdate\((\w+),(\w+),(\w+),(\w+)=!1,(\w+)\)\{if\(void 0!==\1\)\{const (\w+)=this\.constructor;if\(!1===\4&&\(\5=this\[\1\]\),/, 'requestUpdate($1,$2,$3){if(void 0!==$1){const $6=this.constructor,$5=this[$1];if('],
      // Without reflection, nothing sets an attribute while a property is set: no guard against the loop.
      [/,this\._\$Em=null(?=,this\._\$Ev\(\))/, ''],
      [/&&this\._\$Em!==(\w+)\)/, ')'],
      [/this\._\$Em=(\w+);/, ''],
      [/,this\._\$Em=null\}\}(?=requestUpdate)/, '}}'],
      // Closure Compiler's property-renaming marker, an identity function here.
      [/\bd\(("\w+")\)/, '$1', 5],
      [/,d=\(t,s\)=>t(?=,)/, ''],
      // The default converter's fromAttribute for the types src/ declares (String, Number, Boolean), as one expression.
      [/(?<=,)(\w+)=\{fromAttribute\((\w+),(\w+)\)\{let (\w+)=\2;switch\(\3\)\{case Boolean:\4=null!==\2;break;case Number:\4=null===\2\?null:Number\(\2\);break;\}return \4\}\}(?=,)/, '$1={fromAttribute:($2,$3)=>$3===Boolean?null!==$2:$3===Number&&null!==$2?Number($2):$2}'],
      // `static styles` is one flat list of distinct sheets (mijn-zaken.styles.ts): nothing to flatten or de-duplicate.
      [/static finalizeStyles\((\w+)\)\{const (\w+)=\[\];if\(Array\.isArray\(\1\)\)\{.*?return \2\}/, 'static finalizeStyles($1){return[$1??[]].flat(1/0)}'],
    ],
  },
  {
    file: '@lit/reactive-element/css-tag.js',
    cuts: [
      [/"CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."/, '"CSSResult: use css``"'],
      // No css`` literal of src/ has a value in it (the acts module has its own css tag): one is an error.
      [/(?<=,\w+=)\((\w+),\.\.\.(\w+)\)=>\{const (\w+)=1===\1\.length\?\1\[0\]:\2\.reduce\(.*?"Value passed to 'css' function must be a 'css' function result: ".*?\);return new (\w+)\(\3,\1,(\w+)\)\}/, '($1,...$2)=>{if($2.length)throw Error("css``: not a css`` value: "+$2[0]);return new $4($1[0],$1,$5)}'],
      // One CSSResult per literal: its sheet needs no cache shared by literal.
      [/get styleSheet\(\)\{let (\w+)=this\.o;.*?return \1\}(?=toString)/, 'get styleSheet(){return this.o||(this.o=new CSSStyleSheet).replaceSync(this.cssText),this.o}'],
      // Only the css`` value check read the `_$cssResult$` mark, and the sheet cache the strings.
      [/this\._\$cssResult\$=!0,/, ''],
      [/this\.cssText=(\w+),this\.t=\w+/, 'this.cssText=$1'],
      [/(?<=,\w+=)\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype(?=,)/, '!0'],
    ],
  },
  {
    file: 'lit-element/lit-element.js',
    cuts: [
      [/,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\)(?=;)/, ''],
      [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
      // The connection state of async directives (cut from lit-html), and renderBefore: the shadow root
      // is the bundle's own and empty when created (no server-rendered content: hydration is cut).
      [/this\.hasUpdated\|\|\(this\.renderOptions\.isConnected=this\.isConnected\),/, ''],
      [/connectedCallback\(\)\{super\.connectedCallback\(\),this\._\$Do\?\.setConnected\(!0\)\}disconnectedCallback\(\)\{super\.disconnectedCallback\(\),this\._\$Do\?\.setConnected\(!1\)\}/, ''],
      [/createRenderRoot\(\)\{const (\w+)=super\.createRenderRoot\(\);return this\.renderOptions\.renderBefore\?\?=\1\.firstChild,\1\}/, ''],
      [/,this\._\$Do=void 0/, ''],
      [/\w+\._\$litElement\$=!0,/, ''],
      [/this\._\$Do=(?=\w+\(\w+,this\.renderRoot)/, ''],
    ],
  },
];

function leanLit(): Plugin {
  return {
    name: 'mijn-zaken:lean-lit',
    apply: (config) => Boolean(config.build?.lib),
    transform(code, id) {
      const module = LIT_CUTS.find(({ file }) => id.split('?', 1)[0]!.endsWith(`/node_modules/${file}`));
      if (!module) return null;
      let cut = code;
      for (const [pattern, replacement, times = 1] of module.cuts) {
        const matches = cut.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
        if (matches !== times) throw new Error(`${module.file}: ${pattern} matched ${matches} times, not ${times} (did Lit change?)`);
        cut = cut.replace(new RegExp(pattern.source, 'g'), replacement);
      }
      return { code: cut, map: null };
    },
  };
}

/** The element's private custom properties (tokens.styles.ts and every *.styles.ts read them). */
const PRIVATE_PROPERTY = /--_mz-[\w-]+/g;

/**
 * `--_mz-marker-not-checked-border-color` → `--_a`: the private custom properties are only
 * declared and read inside the element's shadow root, so the bundle gives them the shortest names,
 * the most used first. Public tokens (`--mijnzaken-*`, `--todo-*`, `--basis-*`, …) are untouched.
 * On the one output chunk only (lib build), so every name is renamed the same way everywhere.
 */
export function shortenPrivateProperties(code: string): string {
  const taken = code.match(/--_(?!mz-)[\w-]+/g);
  if (taken) throw new Error(`shortenPrivateProperties: ${taken[0]} would clash with the short names`);
  const counts = new Map<string, number>();
  for (const name of code.match(PRIVATE_PROPERTY) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const byUse = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const short = new Map(byUse.map(([name], index) => [name, `--_${shortName(index)}`]));
  return code.replace(PRIVATE_PROPERTY, (name) => short.get(name)!);
}

/** 0 → a, 25 → z, 26 → aa, …: CSS identifiers, lowercase letters only. */
function shortName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(97 + ((n - 1) % 26)) + name;
  return name;
}

function shortPrivateProperties(): Plugin {
  return {
    name: 'mijn-zaken:short-private-properties',
    // The CDN bundle only: Storybook drops build.lib and keeps the readable names.
    apply: (config) => Boolean(config.build?.lib),
    renderChunk(code) {
      return { code: shortenPrivateProperties(code), map: null };
    },
  };
}

/**
 * The last passes over the minified chunk (CDN bundle only). 1. Internal property names (message keys,
 * view-model and view-context fields) → short names; scripts/lib/internal-properties.mjs says which
 * names qualify and why that is safe. 2. Terser, two passes: it finds what Oxc leaves (one pass: -124 B
 * gzip when added; the second, after the Lit cuts, -69 B; three came out larger), without collapsing
 * variables into their one use (-31 B: the longer expressions repeat less). 3. Oxc's compressor once
 * more, names kept (-32 B). The banner is a legal comment and stays.
 */
function lastPasses(): Plugin {
  return {
    name: 'mijn-zaken:last-passes',
    apply: (config) => Boolean(config.build?.lib),
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code, renamed } = shortenInternalProperties(chunk.code);
        this.info(`${renamed.length} internal property names shortened`);
        const result = await terser(code, { module: true, compress: { passes: 2, collapse_vars: false }, mangle: true, format: { comments: /^!/ } });
        if (result.code === undefined) throw new Error('terser returned no code');
        const oxc = minifySync(chunk.fileName, result.code, { module: true, compress: { target: 'es2022' }, mangle: false, codegen: { legalComments: 'inline' } });
        if (oxc.errors.length > 0) throw new Error(`oxc: ${oxc.errors[0]!.message}`);
        chunk.code = oxc.code;
      }
    },
  };
}

/**
 * src/acts/load.ts → src/acts/load.cdn.ts: the npm package imports the acts module as a module a
 * bundler splits off; the CDN bundle loads dist/mijn-zaken-acts.js from its own directory instead,
 * on demand (CONTRACT 1), so none of it is inlined here (codeSplitting is off).
 */
function cdnActsLoader(): Plugin {
  return {
    name: 'mijn-zaken:cdn-acts-loader',
    enforce: 'pre',
    apply: (config) => Boolean(config.build?.lib),
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(`${root}src/`) || !/(^|\/)load\.(js|ts)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved?.id.split('?', 1)[0];
      // The same for the live module (src/live/load.ts → dist/mijn-zaken-live.js, CONTRACT 9).
      return id === `${root}src/acts/load.ts` || id === `${root}src/live/load.ts` ? id.replace(/load\.ts$/, 'load.cdn.ts') : null;
    },
  };
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; license: string };
// Short, as every byte of it is gzip that a reader pays: the name, the licence, and Lit's BSD-3-Clause notice.
const banner = `/*! ${pkg.name}@${pkg.version} ${pkg.license} | Lit: Copyright Google LLC, BSD-3-Clause */`;

export default defineConfig({
  root,
  publicDir: false, // never copy public/ files next to the bundle
  logLevel: 'info',
  plugins: [cdnActsLoader(), ourModules(), leanLit(), shortPrivateProperties(), lastPasses()],
  define: {
    // Lib mode leaves process.env alone; the bundle must not depend on a bundler-provided `process`.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false, // scripts/build.mjs cleans dist/ itself; tsc writes dist/lib/ after this
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    reportCompressedSize: false, // scripts/build.mjs reports the real gzip -9 size
    lib: {
      entry: 'src/mijn-zaken.ts',
      formats: ['es'],
      fileName: () => 'mijn-zaken.js',
    },
    rolldownOptions: {
      // Nothing is external: Lit is bundled.
      external: [],
      output: {
        codeSplitting: false, // dynamic imports are inlined: one file, no chunks
        // Lib mode keeps whitespace and /* @__PURE__ */ annotations for ES output so that a bundler
        // can tree-shake it again; this file is meant for a <script type="module"> tag, so minify fully.
        minify: true,
        // The seven identical Lit @license headers are replaced by the one banner above (BSD-3-Clause notice kept).
        comments: { annotation: false, jsdoc: false, legal: false },
        postBanner: banner, // after minification, which would drop it with the other comments
      },
    },
  },
});
