// Vite 8 library build of the on-demand live module (CONTRACT 1, 9): src/live/index.ts →
// dist/mijn-zaken-live.js, beside dist/mijn-zaken.js, which imports it from its own directory only when
// `refresh` asks for it or the gateway announces events. scripts/build.mjs runs this after the acts module.
// As the acts build (vite.acts.config.ts): `lit` is scripts/lib/lit-templates.mjs (the main bundle's Lit
// renders the templates), and its stylesheet gets its own `:host` resolution of the `--_mz-*` tokens it reads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { hostResolution } from './vite.acts.config.ts';
import { minifyTemplate } from './vite.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const LIVE_STYLES = `${root}src/live/live.styles.ts`;

function liveModules(): Plugin {
  return {
    name: 'mijn-zaken:live-modules',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?', 1)[0]!;
      if (!file.startsWith(`${root}src/`) || !file.endsWith('.ts')) return null;
      let source = code;
      if (file === LIVE_STYLES) {
        const tokens = readFileSync(`${root}src/mijn-zaken/tokens.styles.ts`, 'utf8');
        const declarations = new Map([...tokens.matchAll(/^\s*(--_mz-[a-z0-9-]+):\s*(.+);$/gm)].map((m) => [m[1]!, m[2]!]));
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
  plugins: [liveModules()],
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
    lib: { entry: 'src/live/index.ts', formats: ['es'], fileName: () => 'mijn-zaken-live.js' },
    rolldownOptions: {
      external: [],
      output: {
        codeSplitting: false,
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: false },
        postBanner: `/*! <mijn-zaken> live updates ${pkg.name}@${pkg.version} | ${pkg.license} */`,
      },
    },
  },
});
