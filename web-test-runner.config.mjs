// Browser tests: real Chromium (Debian's), real HTTP mock gateway mounted on the test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { wtrSummaryReporter } from './scripts/wtr-summary-reporter.mjs';

const chromePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

let gatewayMiddleware = [];
try {
  const { createGatewayMiddleware } = await import('./demo/gateway/index.mjs');
  gatewayMiddleware = [koaAdapter(createGatewayMiddleware({ mountPath: '/api/zgw' }))];
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}

/** Runs a Node (req, res, next) handler inside the Koa-based test server. */
function koaAdapter(handler) {
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

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // Default console output, plus the totals scripts/test.mjs reads (.wtr-summary/summary.json).
  reporters: [defaultReporter(), wtrSummaryReporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: gatewayMiddleware,
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
