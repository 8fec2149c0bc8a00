// Vite 8 library build of the on-demand acts module (CONTRACT 1, 8): src/acts/index.ts →
// dist/mijn-zaken-acts.js, beside dist/mijn-zaken.js, which imports it from its own directory only when
// the gateway announces tasks or questions. scripts/build.mjs runs this after the main bundle.
//
// - `lit` is scripts/lib/lit-templates.mjs: the templates are rendered by the main bundle's Lit, so
//   this module carries no Lit of its own.
// - The `--_mz-*` tokens it reads are resolved on `:host` by the main bundle under short names
//   (vite.config.ts), so the acts stylesheet gets its own `:host` resolution of the tokens it uses,
//   taken from the generated src/mijn-zaken/tokens.styles.ts (one source: tokens/*.tokens.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplate } from './vite.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Each stylesheet of the acts module (acts.styles.ts, upload.styles.ts) gets the `:host` resolution of what it reads. */
const isActsStyles = (file: string) => file.startsWith(`${root}src/acts/`) && file.endsWith('.styles.ts');

/** `--_mz-x: value;` declarations of tokens.styles.ts, by name. */
function tokenDeclarations(): Map<string, string> {
  const source = readFileSync(`${root}src/mijn-zaken/tokens.styles.ts`, 'utf8');
  return new Map([...source.matchAll(/^\s*(--_mz-[a-z0-9-]+):\s*(.+);$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** The declarations the CSS needs: the tokens it reads and, transitively, the ones their chains read. */
export function hostResolution(cssText: string, declarations: Map<string, string>): string {
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/var\((--_mz-[a-z0-9-]+)/g)) {
      if (needed.has(name!)) continue;
      const value = declarations.get(name!);
      if (value === undefined) throw new Error(`acts styles read ${name}, which tokens.styles.ts does not declare`);
      needed.add(name!);
      visit(value);
    }
  };
  visit(cssText);
  return `:host{${[...needed].map((name) => `${name}:${declarations.get(name)};`).join('')}}`;
}

function actsModules(): Plugin {
  return {
    name: 'mijn-zaken:acts-modules',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?', 1)[0]!;
      if (!file.startsWith(`${root}src/`) || !file.endsWith('.ts')) return null;
      let source = code;
      if (isActsStyles(file)) {
        const declarations = tokenDeclarations();
        source = source.replace(/\bcss`([^`]*)`/, (_, text: string) => `css\`${hostResolution(text, declarations)}${text}\``);
      }
      const result = await minifyHTMLLiterals(source, { fileName: file, html: minifyTemplate });
      return { code: result?.code ?? source, map: null };
    },
  };
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; license: string };

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'info',
  plugins: [actsModules()],
  resolve: { alias: [{ find: /^lit$/, replacement: `${root}scripts/lib/lit-templates.mjs` }] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: { entry: 'src/acts/index.ts', formats: ['es'], fileName: () => 'mijn-zaken-acts.js' },
    rolldownOptions: {
      external: [],
      output: {
        codeSplitting: false,
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: false },
        postBanner: `/*! <mijn-zaken> acts (tasks, questions) ${pkg.name}@${pkg.version} | ${pkg.license} */`,
      },
    },
  },
});
