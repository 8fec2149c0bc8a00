// Vite 8 library build of the CDN bundle: src/mijn-zaken.ts → dist/mijn-zaken.js.
//
// One self-contained, minified ES module with Lit and @lit/task bundled (production exports,
// so no Lit dev mode), no chunks, no assets, no imports. scripts/build.mjs runs this and then
// checks the result (size budget, imports, URLs); the npm package's dist/lib/ comes from tsc.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * TypeScript through esbuild instead of Vite 8's built-in Oxc transform: Oxc only knows legacy
 * (`experimentalDecorators`) decorators and leaves standard decorators (`@property() accessor x`)
 * untouched, which no browser runs. esbuild lowers them, as tsc does for dist/lib and as the
 * browser tests' @web/dev-server-esbuild does — so tests, npm package and bundle agree.
 */
function typescriptViaEsbuild(): Plugin {
  const { config } = ts.readConfigFile(`${root}tsconfig.json`, (path) => readFileSync(path, 'utf8'));
  const options = config?.compilerOptions ?? {};
  const tsconfigRaw = {
    compilerOptions: {
      useDefineForClassFields: options.useDefineForClassFields,
      experimentalDecorators: options.experimentalDecorators,
      verbatimModuleSyntax: options.verbatimModuleSyntax,
    },
  };
  return {
    name: 'mijn-zaken:typescript-via-esbuild',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?', 1)[0]!;
      if (!/\.(c|m)?tsx?$/.test(file) || file.includes('/node_modules/')) return null;
      const source = file.endsWith('.styles.ts') ? minifyCssLiterals(code) : collapseTemplateWhitespace(code, file);
      const result = await transform(source, {
        loader: file.endsWith('x') ? 'tsx' : 'ts',
        target: 'es2022',
        sourcefile: file,
        sourcemap: 'external',
        tsconfigRaw,
      });
      // package.json "sideEffects" lists only the published dist/ files, so without this a bare
      // `import './define.js'` in src/ would be tree-shaken away and the tag never registered.
      return { code: result.code, map: result.map, moduleSideEffects: true };
    },
  };
}

/**
 * Lit's css`` text is shipped as written; collapse it in *.styles.ts: comments go, whitespace runs
 * become one space, and spaces beside `{ } ; ,` go. Literals with `${}` interpolations are left alone.
 */
export function minifyCssLiterals(code: string): string {
  return code.replace(/\bcss`([^`]*)`/g, (literal, body: string) => {
    if (body.includes('${')) return literal;
    const minified = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // A space after a colon is never needed: in a selector (`:host`, `::before`) none follows it.
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${minified}\``;
  });
}

/**
 * Lit's html``/svg`` text keeps its source indentation. In the static parts of those templates a
 * line break with its indentation becomes one space: the same to the HTML parser (the element has
 * no <pre>), fewer bytes. Found through the TypeScript syntax tree, so `${…}` parts are untouched.
 */
export function collapseTemplateWhitespace(code: string, file: string): string {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) edits.push([literal.getStart(sourceFile), literal.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let out = code;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; license: string };
const banner =
  `/*! <mijn-zaken> ${pkg.name}@${pkg.version} | ${pkg.license}` +
  ` | bundles lit, lit-html, lit-element, @lit/reactive-element and @lit/task: Copyright Google LLC, BSD-3-Clause */`;

export default defineConfig({
  root,
  publicDir: false, // never copy public/ files next to the bundle
  logLevel: 'info',
  oxc: false, // TypeScript is handled by typescriptViaEsbuild()
  plugins: [typescriptViaEsbuild()],
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
      // Nothing is external: Lit and @lit/task are bundled.
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
