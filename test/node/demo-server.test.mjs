// `npm start` serves the demo page and nothing else of the repository: real HTTP requests against
// the started demo server (demo/serve.mjs, Vite, on an ephemeral loopback port), paths sent as
// written (no client-side normalisation of `..`), and the demo page loaded in Chromium to show the
// allowlist still gives the page everything it needs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
let server;
let origin;

/** GET with the path exactly as given (fetch and new URL would resolve `..` before sending). */
function rawGet(path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers: { Accept: '*/*' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  server = spawn(process.execPath, ['demo/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server did not start:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /demo:\s+(http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => reject(new Error(`demo server exited (${code}):\n${output}`)));
  });
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('demo server (npm start)', () => {
  it('serves the demo page, the element source and the mock gateway', async () => {
    const page = await rawGet('/demo/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<mijn-zaken /);
    assert.equal((await rawGet('/src/define.ts')).status, 200);
    assert.equal((await rawGet('/demo/demo.css')).status, 200);
    const zaken = await rawGet('/api/zgw/zaken/api/v1/zaken');
    assert.equal(zaken.status, 200);
    assert.ok(JSON.parse(zaken.body).count > 0);
  });

  const packageJson = readFileSync(`${root}package.json`, 'utf8');
  const forbidden = [
    '/.git/config',
    '/.git/HEAD',
    '/.gitignore',
    '/.npmrc',
    '/package.json',
    '/package-lock.json',
    '/README.md',
    '/vite.config.ts',
    '/web-test-runner.config.mjs',
    '/scripts/build.mjs',
    '/test/node/gateway.test.mjs',
    '/spec/zgw-openapi/SOURCES.md',
    '/demo/../package.json',
    '/demo/%2e%2e/package.json',
    '/demo/%2E%2E/package.json',
    '/demo/%252e%252e/package.json',
    '/demo/..%2fpackage.json',
    '/src/..%5cpackage.json',
    '/src/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e/package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/src//etc/passwd',
    '/demo/.%2e/.git/config',
    '/@fs/etc/passwd',
    `/@fs${root}package.json`,
    `/@fs${root}.git/config`,
    '/@id/lit',
    '/node_modules/lit/package.json',
    '/node_modules/.package-lock.json',
    '/node_modules/.vite/deps/../../../package.json',
    '/node_modules/vite/package.json',
    '/package.json?raw',
    '/src/define.ts/../../package.json',
  ];
  for (const path of forbidden) {
    it(`does not serve ${path}`, async () => {
      const answer = await rawGet(path);
      assert.equal(answer.status, 404, `${path} answered ${answer.status}`);
      assert.ok(!answer.body.includes('"devDependencies"') && !answer.body.includes('[core]') && !answer.body.includes('root:x:0'));
      assert.ok(!answer.body.includes(packageJson.slice(0, 200)));
    });
  }

  it('the demo page still loads everything it needs in Chromium and every element renders', { skip: !existsSync(chromium) && `no Chromium at ${chromium}` }, async () => {
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      const failed = [];
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && !response.url().includes('/api/zgw/')) {
          failed.push(`${response.status()} ${response.url()}`);
        }
      });
      await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0', timeout: 60_000 });
      await page.waitForFunction(
        () => [...document.querySelectorAll('mijn-zaken')].every((element) => element.shadowRoot?.querySelector('h1, h2, h3, h4, [part="error"], slot[name="login"], slot[name="empty"]')),
        { timeout: 30_000 },
      );
      const count = await page.evaluate(() => document.querySelectorAll('mijn-zaken').length);
      assert.ok(count >= 10, `${count} elements on the demo page`);
      assert.deepEqual(failed, []);
    } finally {
      await browser.close();
    }
  });
});
