// Vite 8 library build of an on-demand module (CONTRACT 1), one row of scripts/lib/on-demand-modules.mjs:
// src/{name}/index.ts → dist/mijn-zaken-{name}.js, beside dist/mijn-zaken.js, which imports it from its own
// directory only when it needs it. scripts/build.mjs runs one such build per row, after the main bundle.
//
// - `lit` is scripts/lib/lit-templates.mjs: the templates are rendered by the main bundle's Lit, so
//   the module carries no Lit of its own.
// - The `--_mz-*` tokens it reads are resolved on `:host` by the main bundle under short names
//   (vite.config.ts), so each of the module's stylesheets (src/{name}/*.styles.ts) gets its own `:host`
//   resolution of the tokens it uses, taken from the generated src/mijn-zaken/tokens.styles.ts
//   (one source: tokens/*.tokens.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { moduleFileName } from './scripts/lib/on-demand-modules.mjs';
import { minifyTemplate, ourSourceFile } from './vite.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** A row of scripts/lib/on-demand-modules.mjs, as far as the build reads it. */
export interface OnDemandModule {
  readonly name: string;
  readonly banner: string;
}

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
      if (value === undefined) throw new Error(`the styles of an on-demand module read ${name}, which tokens.styles.ts does not declare`);
      needed.add(name!);
      visit(value);
    }
  };
  visit(cssText);
  return `:host{${[...needed].map((name) => `${name}:${declarations.get(name)};`).join('')}}`;
}

function moduleSources({ name }: OnDemandModule): Plugin {
  const isStyles = (file: string) => file.startsWith(`${root}src/${name}/`) && file.endsWith('.styles.ts');
  return {
    name: `mijn-zaken:${name}-modules`,
    enforce: 'pre',
    async transform(code, id) {
      const file = ourSourceFile(id);
      if (file === null) return null;
      let source = code;
      if (isStyles(file)) {
        const declarations = tokenDeclarations();
        source = source.replace(/\bcss`([^`]*)`/, (_, text: string) => `css\`${hostResolution(text, declarations)}${text}\``);
      }
      const result = await minifyHTMLLiterals(source, { fileName: file, html: minifyTemplate });
      return { code: result?.code ?? source, map: null };
    },
  };
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string; license: string };

/** The Vite config of one on-demand module. */
export function onDemandConfig(module: OnDemandModule): UserConfig {
  return defineConfig({
    root,
    publicDir: false,
    logLevel: 'info',
    plugins: [moduleSources(module)],
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
      lib: { entry: `src/${module.name}/index.ts`, formats: ['es'], fileName: () => moduleFileName(module) },
      rolldownOptions: {
        external: [],
        output: {
          codeSplitting: false,
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          postBanner: `/*! <mijn-zaken> ${module.banner} ${pkg.name}@${pkg.version} | ${pkg.license} */`,
        },
      },
    },
  });
}
