// The element's browser tests a second time, through the reference gateway (issue 11):
// `npx web-test-runner --config web-test-runner.gateway.config.mjs`; `npm test` runs it after the gateway's build.
// The test server's origin is the gateway's PUBLIC_URL and `/api/zgw/…` goes to the gateway as built
// (gateway/test/element-suite.mjs: real OpenID Provider, strict Open Zaak stand-in, one gateway per mock
// scenario); the browser logs in once through the provider's pages before the first test file.
// Runs the test files that talk to the gateway, but those in gateway/test/element-suite-exclusions.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import base, { koaAdapter } from './web-test-runner.config.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startElementSuite } from './gateway/test/element-suite.mjs';
import { EXCLUDED } from './gateway/test/element-suite-exclusions.mjs';
import { freePort } from './gateway/test/support.mjs';

/** A test file talks to the gateway when it renders the element on it, picks a scenario or reads its log. */
const TALKS_TO_GATEWAY = /\bscenario\(|\bGATEWAY_MOUNT\b|\brequestLog\(|gateway: ['"`]\/api\/zgw/;
const wholeFiles = new Set(EXCLUDED.filter((e) => !e.test).map((e) => e.file));
const files = readdirSync('test/browser', { recursive: true })
  .map((f) => join('test/browser', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => TALKS_TO_GATEWAY.test(readFileSync(f, 'utf8')) && !wholeFiles.has(f))
  .sort();
// mocha's full title joins describe and it titles with a space where web-test-runner prints ` > `
const excludedTitles = EXCLUDED.filter((e) => e.test).map((e) => e.test.replaceAll(' > ', ' '));

/**
 * Runs at the end of each test module, once its tests are registered and before mocha runs: takes the
 * excluded tests out of the suite (mocha's grep would leave them in web-test-runner's results as failed).
 */
function withoutExcluded(titles) {
  const excluded = new Set(titles);
  const prune = (suite) => {
    suite.tests = suite.tests.filter((test) => !excluded.has(test.fullTitle()));
    suite.suites.forEach(prune);
  };
  prune(window.mocha.suite);
}

const port = Number(process.env.WTR_GATEWAY_PORT) || (await freePort());
const hostname = '127.0.0.1';
const suite = await startElementSuite({ publicUrl: `http://${hostname}:${port}` });
let loggedIn;
const [chrome] = base.browsers;

export default {
  ...base,
  files,
  port,
  hostname,
  middleware: [koaAdapter(suite.middleware), ...base.middleware],
  plugins: [
    ...base.plugins,
    {
      name: 'element-suite-exclusions',
      transform(context) {
        if (!files.includes(context.path.slice(1))) return undefined;
        return { body: `${context.body}\n;(${withoutExcluded})(${JSON.stringify(excludedTitles)});\n` };
      },
    },
    {
      name: 'element-suite',
      async serverStop() {
        if (process.env.SHOW_GATEWAY_LOG) for (const line of suite.logLines) console.log(line);
        const signed = suite.openzaak.state.log.filter((entry) => entry.status < 400).length;
        console.log(`element suite: ${signed} requests answered by Open Zaak (ZGW JWT checked) through ${suite.gatewaysStarted()} gateways`);
        await suite.close();
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: chrome.launchOptions,
      // One real login (provider's pages, cookie in the browser) before the first test page opens.
      createPage: async ({ context }) => {
        loggedIn ??= suite.login(context);
        await loggedIn;
        return context.newPage();
      },
    }),
  ],
};
