// Browser tests: real Chromium (Debian's), real HTTP mock gateway mounted on the test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { wtrSummaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { themeCommandsPlugin } from './test/browser/theme/commands-plugin.mjs';
import { axTreePlugin } from './test/browser/a11y/ax-plugin.mjs';
import { createWriteEndpoint } from './test/browser/gateway/write-endpoint.mjs';

const chromePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

let gatewayMiddleware = [];
try {
  const { createGatewayMiddleware } = await import('./demo/gateway/index.mjs');
  gatewayMiddleware = [koaAdapter(createGatewayMiddleware({ mountPath: '/api/zgw' }))];
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}

/**
 * React ships CommonJS only. For the React wrapper's test, serve `react`, `react-dom` and
 * `react-dom/client` as ES modules over one esbuild bundle (one React instance), with the named
 * exports Node sees.
 */
function reactAsEsm() {
  const modules = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
  // Their export names, read in a separate Node process (React logs on load; the runner's console is buffered).
  const exportNames = JSON.parse(
    execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(modules))}.map((id) => [id, Object.keys(require(id))]))))`], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'development' },
    }).toString(),
  );
  let vendor;
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      if (Object.hasOwn(modules, source)) return `/__react/${source.replace('/', '-')}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react/')) return;
      if (context.path === '/__react/vendor.js') {
        vendor ??= build({
          stdin: {
            contents: Object.entries(modules).map(([id, name]) => `export * as ${name} from '${id}';`).join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          write: false,
          format: 'esm',
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        return { body: await vendor, type: 'js' };
      }
      const [id, name] = Object.entries(modules).find(([id]) => context.path === `/__react/${id.replace('/', '-')}.js`) ?? [];
      if (!id) return;
      const names = exportNames[id].filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return {
        body: `import { ${name} as m } from '/__react/vendor.js';\nconst d = m.default ?? m;\nexport default d;\nexport const { ${names.join(', ')} } = d;\n`,
        type: 'js',
      };
    },
  };
}

/** Runs a Node (req, res, next) handler inside the Koa-based test server. */
export function koaAdapter(handler) {
  return async (ctx, next) => {
    let passed = false;
    await new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      handler(ctx.req, ctx.res, () => {
        passed = true;
        resolve();
      });
    });
    if (passed) return next();
    ctx.respond = false;
  };
}

/** The strict policy of issue 5: what a DigiD portal may send. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves the strict host pages of test/browser/robust/strict/ under that policy. */
async function strictCspHeader(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/browser/robust/strict/') && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // Default console output, plus the totals scripts/test.mjs reads (.wtr-summary/summary.json).
  reporters: [defaultReporter(), wtrSummaryReporter()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    reactAsEsm(),
    themeCommandsPlugin(), // forced-colors emulation and screenshots for test/browser/theme/
    axTreePlugin(), // Chromium's accessibility tree for test/browser/a11y/
  ],
  // The write path's own test endpoint (test/browser/gateway/write-endpoint.mjs) until the mock gateway writes.
  middleware: [...gatewayMiddleware, koaAdapter(createWriteEndpoint({ mountPath: '/_write' })), strictCspHeader],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=nl-NL',
        ],
        env: { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' },
      },
    }),
  ],
};
