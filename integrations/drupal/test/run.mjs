#!/usr/bin/env node
// `npm run test:drupal`: the Drupal module tested on its own and in a real Drupal 10.
//
//   1. package     npm run build when dist/ is missing, then build.mjs copies dist/*.js into js/
//   2. PHP lint    php -l on every PHP file of the module and its test module
//   3. PHPUnit     the module's own classes and its Twig template under standalone twig/twig
//                  (tools installed with Composer into the cache directory)
//   4. Drupal      a Composer project (drupal/core, the scaffold plugin, composer/installers and
//                  this module through a path repository), `core/scripts/drupal install standard`
//                  on SQLite, served by `php -S` with core's .ht.router.php behind a small Node
//                  proxy that mounts the mock gateway same-origin at /api/zgw. In Chromium
//                  (puppeteer-core): the admin enables the module, sets the settings and places
//                  the blocks through the UI; a resident opens the public pages under a strict
//                  Content-Security-Policy and sees the overview and a zaak detail, axe clean.
//                  Cache metadata: the placed block as Drupal renders it, and the page cache.
//
// Everything Drupal lives outside the tracked tree, in MZ_DRUPAL_CACHE (default
// ~/.cache/mijn-zaken-drupal): tools/, site-10/ (the Composer project; kept, so a warm run only
// reinstalls the database). When Composer cannot install Drupal from the configured registry, step
// 4 is reported as skipped with the packages it could not get (MZ_DRUPAL_REQUIRE_CMS=1 makes that
// a failure). MZ_DRUPAL_PATH_REPOS="name@version=/dir,…" adds path repositories (package sources
// unpacked by hand) for a registry that lacks them.
//   --screenshots  writes the README's screenshots into integrations/drupal/docs/
//
// Last line: `N passed, N failed` (`, N skipped` when > 0); exit 1 when anything failed.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync, appendFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const testDir = dirname(fileURLToPath(import.meta.url));
const moduleDir = dirname(testDir);
const repoRoot = join(moduleDir, '..', '..');
const cacheRoot = process.env.MZ_DRUPAL_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mijn-zaken-drupal');
const toolsDir = join(cacheRoot, 'tools');
const siteDir = join(cacheRoot, 'site-10');
const webRoot = join(siteDir, 'web');
const takeScreenshots = process.argv.includes('--screenshots');
const screenshotDir = takeScreenshots ? join(moduleDir, 'docs') : join(cacheRoot, 'screenshots');
const DRUPAL_CORE = process.env.MZ_DRUPAL_CORE || '^10.3';
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const env = { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8', COMPOSER_NO_INTERACTION: '1' };

/** @type {{ name: string, result: 'passed' | 'failed' | 'skipped', detail?: string }[]} */
const results = [];
function record(name, result, detail) {
  results.push({ name, result, detail });
  const mark = result === 'passed' ? '✓' : result === 'failed' ? '✗' : '-';
  console.log(`${mark} ${name}${detail ? `\n    ${String(detail).split('\n').join('\n    ')}` : ''}`);
}
/** Runs one named check; an exception is its failure. */
async function check(name, fn) {
  try {
    await fn();
    record(name, 'passed');
    return true;
  } catch (error) {
    record(name, 'failed', error instanceof Error ? error.message : String(error));
    return false;
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function section(title) {
  console.log(`\n━━━ ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

/** Runs a command; resolves to { code, out } (stdout and stderr together). */
function run(command, args, { cwd = repoRoot, quiet = false, extraEnv = {} } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv } });
    let out = '';
    const collect = (chunk) => {
      out += chunk;
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolvePromise({ code: 127, out: `${out}${error.message}` }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, out }));
  });
}

function listFiles(dir, pattern, skip = /^(js|node_modules|vendor)$/) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skip.test(entry.name)) found.push(...listFiles(join(dir, entry.name), pattern, skip));
    } else if (pattern.test(entry.name)) {
      found.push(join(dir, entry.name));
    }
  }
  return found;
}

// ── 1. package ────────────────────────────────────────────────────────────────────────────
section('1. package the element into the module');
if (!existsSync(join(repoRoot, 'dist', 'mijn-zaken.js'))) {
  await run('npm', ['run', 'build', '--silent']);
}
const packaged = await run(process.execPath, [join(moduleDir, 'build.mjs')]);
await check('package: js/ holds dist/mijn-zaken.js byte for byte', () => {
  assert(packaged.code === 0, packaged.out);
  const shipped = readFileSync(join(moduleDir, 'js', 'mijn-zaken.js'));
  assert(shipped.equals(readFileSync(join(repoRoot, 'dist', 'mijn-zaken.js'))), 'js/mijn-zaken.js differs from dist/mijn-zaken.js');
});

// ── 2. PHP lint ───────────────────────────────────────────────────────────────────────────
section('2. PHP lint');
for (const file of listFiles(moduleDir, /\.(php|module|install|inc|theme)$/)) {
  const linted = await run('php', ['-l', file], { quiet: true });
  const name = `php -l ${relative(moduleDir, file)}`;
  record(name, linted.code === 0 ? 'passed' : 'failed', linted.code === 0 ? undefined : linted.out.trim());
}

// ── 3. PHPUnit (module classes, Twig template) ───────────────────────────────────────────
section('3. PHPUnit: the module\'s classes and its template (standalone twig/twig)');
mkdirSync(toolsDir, { recursive: true });
const toolsManifest = JSON.stringify({
  name: 'mijn-zaken/drupal-test-tools',
  description: 'Test tools of integrations/drupal (written by test/run.mjs)',
  require: { 'phpunit/phpunit': '9.6.38', 'twig/twig': 'v3.30.0', 'symfony/yaml': 'v6.4.50' },
  config: { 'sort-packages': true },
}, null, 2);
let toolsReady = existsSync(join(toolsDir, 'vendor', 'bin', 'phpunit')) && existsSync(join(toolsDir, 'composer.json')) && readFileSync(join(toolsDir, 'composer.json'), 'utf8') === toolsManifest;
if (!toolsReady) {
  writeFileSync(join(toolsDir, 'composer.json'), toolsManifest);
  const installed = await run('composer', ['update', '--no-progress', '--no-interaction'], { cwd: toolsDir });
  toolsReady = installed.code === 0;
  if (!toolsReady) record('composer: test tools (phpunit/phpunit 9.6.38, twig/twig v3.30.0, symfony/yaml v6.4.50)', 'failed', installed.out.split('\n').filter((l) => /Problem|requires|could not be found/.test(l)).join('\n'));
}
if (toolsReady) {
  const junit = join(toolsDir, 'junit.xml');
  rmSync(junit, { force: true });
  const unit = await run(join(toolsDir, 'vendor', 'bin', 'phpunit'), ['-c', join(testDir, 'phpunit.xml'), '--log-junit', junit], { cwd: testDir, extraEnv: { MZ_DRUPAL_TOOLS: toolsDir } });
  if (!existsSync(junit)) {
    record('phpunit (unit)', 'failed', `no JUnit report; exit ${unit.code}`);
  } else {
    // One result per test case, from PHPUnit's own report.
    const xml = readFileSync(junit, 'utf8');
    for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const name = /name="([^"]*)"/.exec(match[1])?.[1] ?? '?';
      const klass = /class="([^"]*)"/.exec(match[1])?.[1]?.split('\\').pop() ?? '';
      const body = match[3] ?? '';
      const failed = /<(failure|error)\b/.test(body);
      const skipped = /<skipped\b/.test(body);
      record(`phpunit ${klass}::${name.replace(/&quot;/g, '"').replace(/&amp;/g, '&')}`, failed ? 'failed' : skipped ? 'skipped' : 'passed', failed ? body.replace(/<[^>]+>/g, '').trim().slice(0, 600) : undefined);
    }
    if (unit.code !== 0 && !/<(failure|error)\b/.test(xml)) record('phpunit (unit) exit code', 'failed', `exit ${unit.code}`);
  }
}

// ── 4. a real Drupal ─────────────────────────────────────────────────────────────────────
section(`4. Drupal ${DRUPAL_CORE} with the module (Composer, SQLite, php -S, Chromium)`);
const cmsSkipReason = await buildSite();
if (cmsSkipReason !== null) {
  const name = 'Drupal: install, place the block, resident sees overview and detail under strict CSP, axe, cache metadata';
  record(name, process.env.MZ_DRUPAL_REQUIRE_CMS === '1' ? 'failed' : 'skipped', cmsSkipReason);
} else {
  await cmsTests();
}

// ── summary ──────────────────────────────────────────────────────────────────────────────
const count = (result) => results.filter((r) => r.result === result).length;
const failedNames = results.filter((r) => r.result === 'failed').map((r) => `  ✗ ${r.name}`);
console.log(`\n━━━ summary (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
if (failedNames.length) console.log(`failed:\n${failedNames.join('\n')}\n`);
const skipped = count('skipped');
console.log(`${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = count('failed') > 0 || count('passed') === 0 ? 1 : 0;

// ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * The Composer project of the test site; null when ready, else why Drupal cannot be tested here.
 */
async function buildSite() {
  const repositories = [
    { type: 'path', url: moduleDir, options: { symlink: true, versions: { 'mijn-zaken/mijn_zaken': '0.1.0' } } },
  ];
  for (const spec of (process.env.MZ_DRUPAL_PATH_REPOS || '').split(',').filter(Boolean)) {
    const match = /^([^@=]+)@([^=]+)=(.+)$/.exec(spec.trim());
    if (!match) return `MZ_DRUPAL_PATH_REPOS: "${spec}" is not name@version=/dir`;
    repositories.push({ type: 'path', url: match[3], options: { symlink: false, versions: { [match[1]]: match[2] } } });
  }
  const manifest = {
    name: 'mijn-zaken/drupal-test-site',
    description: 'Drupal test site of integrations/drupal (written by test/run.mjs)',
    type: 'project',
    'minimum-stability': 'stable',
    'prefer-stable': true,
    repositories,
    require: {
      'composer/installers': '^2.0',
      'drupal/core-composer-scaffold': DRUPAL_CORE,
      'drupal/core': DRUPAL_CORE,
      'mijn-zaken/mijn_zaken': '*',
      // What drupal/core-recommended would pin (it is not on the registry copy): Drupal 10.6.9 with
      // twig/twig v3.30.0 answers every page with a TypeError in EscaperRuntime::escape().
      'twig/twig': process.env.MZ_DRUPAL_TWIG || 'v3.28.0',
    },
    config: { 'allow-plugins': { 'composer/installers': true, 'drupal/core-composer-scaffold': true }, 'sort-packages': true },
    extra: {
      'drupal-scaffold': { locations: { 'web-root': 'web/' } },
      'installer-paths': { 'web/core': ['type:drupal-core'], 'web/modules/custom/{$name}': ['type:drupal-module'] },
    },
  };
  mkdirSync(siteDir, { recursive: true });
  const text = JSON.stringify(manifest, null, 2);
  const current = existsSync(join(siteDir, 'composer.json')) ? readFileSync(join(siteDir, 'composer.json'), 'utf8') : '';
  if (current === text && existsSync(join(webRoot, 'core', 'lib', 'Drupal.php')) && existsSync(join(webRoot, 'modules', 'custom', 'mijn_zaken'))) {
    console.log(`reusing ${siteDir}`);
  } else {
    writeFileSync(join(siteDir, 'composer.json'), text);
    const installed = await run('composer', ['update', '--no-progress', '--no-interaction'], { cwd: siteDir });
    if (installed.code !== 0) {
      const problems = installed.out.split('\n').filter((line) => /requires|could not be found|Could not find|does not match/.test(line)).map((line) => line.trim());
      return `Composer could not install Drupal ${DRUPAL_CORE} from the configured registry:\n${[...new Set(problems)].join('\n') || installed.out.slice(-1500)}`;
    }
  }
  const version = /const VERSION = '([^']+)'/.exec(readFileSync(join(webRoot, 'core', 'lib', 'Drupal.php'), 'utf8'))?.[1];
  console.log(`Drupal ${version} in ${webRoot}`);
  return null;
}

/** A fresh database on every run (5 s); the Composer project is what is reused. */
async function installSite() {
  const siteFiles = join(webRoot, 'sites', 'default');
  if (existsSync(siteFiles)) chmodSync(siteFiles, 0o755);
  for (const file of ['settings.php', 'services.yml']) {
    const path = join(siteFiles, file);
    if (existsSync(path)) {
      chmodSync(path, 0o644);
      rmSync(path);
    }
  }
  rmSync(join(siteFiles, 'files'), { recursive: true, force: true });
  const installed = await run('php', ['core/scripts/drupal', 'install', 'standard', '--site-name', 'Gemeente Voorbeeld', '--no-interaction'], { cwd: webRoot, quiet: true });
  const password = /Password: (\S+)/.exec(installed.out)?.[1];
  assert(installed.code === 0 && password, `core/scripts/drupal install failed:\n${installed.out.slice(-2000)}`);
  chmodSync(siteFiles, 0o755);
  chmodSync(join(siteFiles, 'settings.php'), 0o644);
  // The test module lives in the module's tests/ directory, which Drupal only scans when asked.
  appendFileSync(join(siteFiles, 'settings.php'), "\n$settings['extension_discovery_scan_tests'] = TRUE;\n");
  // X-Drupal-Cache-Tags/-Contexts headers, so the page-level cache metadata can be read.
  writeFileSync(join(siteFiles, 'services.yml'), 'parameters:\n  http.response.debug_cacheability_headers: true\n');
  return password;
}

function drupalHelper(...args) {
  return run('php', [join(testDir, 'drupal.php'), webRoot, ...args], { cwd: webRoot, quiet: true }).then(({ code, out }) => {
    assert(code === 0, `drupal.php ${args.join(' ')}: ${out.slice(-1500)}`);
    return JSON.parse(out.trim().split('\n').pop());
  });
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePromise(port));
    });
    server.on('error', reject);
  });
}

/**
 * php -S on a loopback port, and in front of it a Node proxy on another: /api/zgw is the mock
 * gateway (same origin, as a municipality mounts its gateway), /cdn/mijn-zaken/ serves dist/ as a
 * stand-in CDN for the script-URL setting, everything else goes to Drupal. The resident is chosen
 * by a cookie, as a real gateway knows its resident from its session cookie.
 */
async function startServers() {
  const { createGatewayMiddleware } = await import(new URL('../../../demo/gateway/index.mjs', import.meta.url).href);
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const phpPort = await freePort();
  const php = spawn('php', ['-S', `127.0.0.1:${phpPort}`, '-t', webRoot, join(webRoot, '.ht.router.php')], {
    cwd: webRoot,
    env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: the workers outlive a signal to the parent alone.
    detached: true,
  });
  const stopPhp = () => {
    try {
      process.kill(-(/** @type {number} */ (php.pid)), 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stopPhp);
  let phpLog = '';
  php.stderr.on('data', (chunk) => {
    phpLog = (phpLog + chunk).slice(-20000);
  });
  const proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    if (url.pathname.startsWith('/api/zgw/')) {
      const resident = /(?:^|;\s*)mz_resident=([a-z]+)/.exec(req.headers.cookie ?? '')?.[1];
      if (resident && resident !== 'default') req.url = req.url.replace(/^\/api\/zgw\//, `/api/zgw/resident=${resident}/`);
      gateway(req, res, () => {
        res.writeHead(404).end();
      });
      return;
    }
    if (url.pathname.startsWith('/cdn/mijn-zaken/')) {
      const file = join(repoRoot, 'dist', url.pathname.slice('/cdn/mijn-zaken/'.length));
      if (!/^[a-z0-9._-]+\.js$/i.test(url.pathname.split('/').pop() ?? '') || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Length': statSync(file).size });
      createReadStream(file).pipe(res);
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: phpPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolvePromise) => proxy.listen(0, '127.0.0.1', resolvePromise));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (proxy.address()).port}`;
  // Wait for php -S to answer.
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`${origin}/user/login`, { redirect: 'manual' }).then((r) => r.status < 500, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    phpLog: () => phpLog,
    stop: async () => {
      stopPhp();
      proxy.closeAllConnections();
      await new Promise((resolvePromise) => proxy.close(resolvePromise));
    },
  };
}

async function cmsTests() {
  let password;
  const installedOk = await check('Drupal: core/scripts/drupal install standard (SQLite), Dutch default language, English under /en', async () => {
    password = await installSite();
    await drupalHelper('dutch-site');
    await drupalHelper('enable', 'mijn_zaken_test_csp');
  });
  if (!installedOk) return;
  const servers = await startServers();
  const { origin } = servers;
  console.log(`Drupal at ${origin} (php -S behind the gateway proxy)`);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=nl-NL'],
    env: { ...env },
  });
  const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  mkdirSync(screenshotDir, { recursive: true });
  try {
    const admin = await browser.newPage();
    await admin.setViewport({ width: 1100, height: 900 });
    admin.setDefaultTimeout(30000);

    const submit = async (page, selector = '#edit-submit') => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
    };
    const messages = (page) => page.$$eval('[data-drupal-messages] , .messages', (nodes) => nodes.map((n) => n.textContent.replace(/\s+/g, ' ').trim()).join(' | '));
    const fill = async (page, selector, value) => {
      await page.$eval(selector, (el) => {
        el.value = '';
      });
      await page.type(selector, value);
    };

    const adminOk = await check('admin: logs in, enables "Mijn zaken" on the Extend page (UI)', async () => {
      await admin.goto(`${origin}/user/login`);
      await fill(admin, '#edit-name', 'admin');
      await fill(admin, '#edit-pass', password);
      await submit(admin);
      await admin.goto(`${origin}/admin/modules`);
      const checkbox = await admin.$('#edit-modules-mijn-zaken-enable');
      assert(checkbox, 'no "Mijn zaken" checkbox on /admin/modules');
      await admin.$eval('#edit-modules-mijn-zaken-enable', (el) => el.scrollIntoView());
      await checkbox.click();
      await submit(admin);
      const text = await messages(admin);
      assert(/Mijn zaken/.test(text) && /installed|geïnstalleerd/i.test(text), `no confirmation: ${text}`);
    });
    if (!adminOk) return;

    await check('settings form: refuses javascript: as gateway, keeps /api/zgw (UI)', async () => {
      await admin.goto(`${origin}/admin/config/services/mijn-zaken`);
      assert((await admin.$eval('#edit-gateway', (el) => el.value)) === '/api/zgw', 'default gateway is not /api/zgw');
      await fill(admin, '#edit-gateway', 'javascript:alert(1)');
      await submit(admin);
      const refused = await messages(admin);
      assert(/Enter a path on this site/.test(refused), `no validation error: ${refused}`);
      await fill(admin, '#edit-gateway', '/api/zgw');
      await submit(admin);
      const saved = await messages(admin);
      assert(/saved/i.test(saved), `not saved: ${saved}`);
      if (takeScreenshots) await screenshot(admin, 'settings-form.png', 'main');
    });

    const nodes = {};
    await check('admin: creates two basic pages (UI)', async () => {
      for (const title of ['Mijn zaken', 'Uw aanvraag']) {
        await admin.goto(`${origin}/node/add/page`);
        await fill(admin, '#edit-title-0-value', title);
        await submit(admin, '#edit-submit');
        const path = new URL(admin.url()).pathname;
        assert(/^\/node\/\d+$/.test(path), `not on a node page: ${path}`);
        nodes[title] = path;
      }
    });

    /** Places the block through Block layout's "Place block" form, as an editor does. */
    const placeBlock = async ({ label, showLabel, show, zaak, headingLevel, lang, pages, shot }) => {
      await admin.goto(`${origin}/admin/structure/block/add/mijn_zaken_block/olivero?region=content`);
      await fill(admin, '#edit-settings-label', label);
      const labelShown = await admin.$eval('#edit-settings-label-display', (el) => el.checked);
      if (labelShown !== showLabel) await admin.click('#edit-settings-label-display');
      await admin.click(`input[name="settings[show]"][value="${show}"]`);
      if (zaak) {
        await admin.waitForSelector('#edit-settings-zaak', { visible: true });
        await fill(admin, '#edit-settings-zaak', zaak);
      }
      await admin.select('#edit-settings-heading-level', String(headingLevel));
      await admin.select('#edit-settings-lang', lang);
      if (shot) await screenshot(admin, shot, '.block-form, form#block-form, main');
      // Visibility → Pages (a vertical tab).
      await admin.$$eval('.vertical-tabs__menu-link, .vertical-tabs__menu-item a', (links) => {
        links.find((a) => /Pages|Pagina/.test(a.textContent ?? ''))?.click();
      });
      await admin.waitForSelector('#edit-visibility-request-path-pages', { visible: true });
      await fill(admin, '#edit-visibility-request-path-pages', pages);
      await admin.waitForFunction(() => document.querySelector('#edit-id')?.value);
      const id = await admin.$eval('#edit-id', (el) => el.value);
      await submit(admin, '#edit-actions-submit');
      const text = await messages(admin);
      assert(/saved|configured|opgeslagen/i.test(text), `block not saved: ${text}`);
      return id;
    };

    const blocks = {};
    await check('admin: places "Mijn zaken" (all zaken, heading 3, language follows the page) on the first page (Block layout UI)', async () => {
      blocks.overview = await placeBlock({ label: 'Mijn zaken', showLabel: true, show: 'overview', headingLevel: 3, lang: '', pages: nodes['Mijn zaken'] });
    });
    await check('admin: places "Mijn zaken" (one zaak ZAAK-2026-0000123, heading 2, title hidden) on the second page (Block layout UI)', async () => {
      blocks.zaak = await placeBlock({ label: 'Uw aanvraag', showLabel: false, show: 'zaak', zaak: 'ZAAK-2026-0000123', headingLevel: 2, lang: '', pages: nodes['Uw aanvraag'], shot: 'block-form.png' });
    });
    await check('block form: refuses an empty zaaknummer for "One zaak" (UI)', async () => {
      await admin.goto(`${origin}/admin/structure/block/add/mijn_zaken_block/olivero?region=content`);
      await admin.click('input[name="settings[show]"][value="zaak"]');
      await admin.waitForSelector('#edit-settings-zaak', { visible: true });
      await admin.waitForFunction(() => document.querySelector('#edit-id')?.value);
      // #states marks the field required in the browser; the server-side check is what is tested.
      await admin.$eval('#edit-settings-zaak', (el) => el.removeAttribute('required'));
      await submit(admin, '#edit-actions-submit');
      const text = await messages(admin);
      assert(/Fill in the zaaknummer/.test(text), `no error for an empty zaaknummer: ${text}`);
    });

    await check('cache metadata of the placed blocks (rendered by Drupal): no user/session/cookie context, permanent, settings tag, the library', async () => {
      for (const [kind, id] of Object.entries(blocks)) {
        const meta = await drupalHelper('block-cache', id);
        const perVisitor = meta.contexts.filter((c) => /^(user|session|cookies)(\.|:|$)/.test(c) && c !== 'user.permissions');
        assert(perVisitor.length === 0, `${kind}: per-visitor cache contexts ${perVisitor.join(', ')}`);
        assert(meta.maxAge === -1, `${kind}: max-age ${meta.maxAge}, expected permanent (-1)`);
        assert(meta.tags.includes('config:mijn_zaken.settings'), `${kind}: no config:mijn_zaken.settings tag (${meta.tags.join(', ')})`);
        assert(meta.tags.includes(`config:block.block.${id}`), `${kind}: no block config tag`);
        assert(meta.libraries.includes('mijn_zaken/element'), `${kind}: library not attached`);
        const expected = kind === 'overview'
          ? '<mijn-zaken gateway="/api/zgw" heading-level="3"></mijn-zaken>'
          : '<mijn-zaken gateway="/api/zgw" zaak="ZAAK-2026-0000123" heading-level="2"></mijn-zaken>';
        assert(meta.html.includes(expected), `${kind}: rendered ${meta.html}`);
        assert(!/<script|<style|\sstyle=/.test(meta.html), `${kind}: inline script or style in ${meta.html}`);
      }
    });

    await check('config schema: mijn_zaken.settings and both placed blocks match their schema', async () => {
      const names = ['mijn_zaken.settings', ...Object.values(blocks).map((id) => `block.block.${id}`)];
      const checked = await drupalHelper('schema-check', ...names);
      for (const name of names) assert(checked[name] === true, `${name}: ${JSON.stringify(checked[name])}`);
    });

    const { DEMO_ZAKEN } = await import(new URL('../../../demo/gateway/fixtures.mjs', import.meta.url).href);
    const overviewPath = nodes['Mijn zaken'];
    await check('page cache: one cached page for every resident, without any zaak data (MISS, then HIT for another resident)', async () => {
      const get = (resident) => fetch(`${origin}${overviewPath}`, { headers: { Cookie: `mz_resident=${resident}` } });
      const first = await get('default');
      const firstBody = await first.text();
      const second = await get('many');
      const secondBody = await second.text();
      assert(first.status === 200 && second.status === 200, `status ${first.status}/${second.status}`);
      assert(first.headers.get('x-drupal-cache') === 'MISS', `first X-Drupal-Cache ${first.headers.get('x-drupal-cache')}`);
      assert(second.headers.get('x-drupal-cache') === 'HIT', `second X-Drupal-Cache ${second.headers.get('x-drupal-cache')}: the block made the page uncacheable`);
      assert(firstBody === secondBody, 'two residents got different HTML');
      const leaked = DEMO_ZAKEN.filter((z) => firstBody.includes(z.identificatie) || firstBody.includes(z.uuid));
      assert(leaked.length === 0, `zaak data in the cached HTML: ${leaked.map((z) => z.identificatie).join(', ')}`);
      const contexts = (first.headers.get('x-drupal-cache-contexts') ?? '').split(' ');
      // Core's own page-level contexts tell anonymous from logged in (session.exists) and BigPipe's
      // no-JS fallback; none of them tells one resident from another.
      const perVisitor = contexts.filter((c) => /^(user|session|cookies)(\.|:|$)/.test(c) && !/^(user\.(permissions|roles)(:.*)?|session\.exists|cookies:big_pipe_nojs)$/.test(c));
      assert(perVisitor.length === 0, `page varies per visitor: ${perVisitor.join(' ')}`);
      assert((first.headers.get('x-drupal-cache-tags') ?? '').includes('config:mijn_zaken.settings'), 'page lacks the settings cache tag');
      assert((first.headers.get('content-security-policy') ?? '').includes("script-src 'self'"), 'no strict CSP header on the page');
      assert((firstBody.match(/<mijn-zaken\b/g) ?? []).length === 1, 'not exactly one <mijn-zaken>');
    });
    await check('dynamic page cache (logged in): the page with the block is cached too (second request HIT)', async () => {
      const cookies = (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await fetch(`${origin}${overviewPath}`, { headers: { Cookie: cookies } }).then((r) => r.text());
      const again = await fetch(`${origin}${overviewPath}`, { headers: { Cookie: cookies } });
      await again.text();
      assert(again.headers.get('x-drupal-dynamic-cache') === 'HIT', `X-Drupal-Dynamic-Cache ${again.headers.get('x-drupal-dynamic-cache')}`);
    });

    /** A resident's own browser: no Drupal session, a gateway session cookie, CSP violations recorded. */
    const residentPage = async (resident) => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      page.setDefaultTimeout(20000);
      await page.setCookie({ name: 'mz_resident', value: resident, url: origin });
      const violations = [];
      const consoleErrors = [];
      await page.exposeFunction('__mzViolation', (v) => violations.push(v));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          // @ts-ignore
          window.__mzViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      return { page, context, violations, consoleErrors };
    };
    const inElement = (page, fn, ...args) => page.evaluate(fn, ...args);
    const axe = async (page) => {
      await page.evaluate(axeSource);
      return page.evaluate(async () => {
        // @ts-ignore
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' | ')}`);
      });
    };
    const pageScripts = (page) => page.$$eval('script', (scripts) => scripts.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), inline: !s.src && (s.textContent ?? '').trim().length > 0 })));

    await check('resident: sees the overview of their 7 zaken on the public page, strict CSP, no violation, axe WCAG 2.2 AA clean', async () => {
      const { page, context, violations, consoleErrors } = await residentPage('default');
      try {
        const response = await page.goto(`${origin}${overviewPath}`, { waitUntil: 'load' });
        assert(response && (response.headers()['content-security-policy'] ?? '').includes("script-src 'self'"), 'no CSP header');
        assert((await page.$eval('html', (el) => el.lang)) === 'nl', 'page is not Dutch');
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        const overview = await inElement(page, () => {
          const root = document.querySelector('mijn-zaken').shadowRoot;
          return {
            count: root.querySelectorAll('[part~="zaak"]').length,
            text: root.textContent.replace(/\s+/g, ' '),
            h3: root.querySelector('h3')?.textContent.trim(),
          };
        });
        assert(overview.count === DEMO_ZAKEN.length, `${overview.count} zaken shown, expected ${DEMO_ZAKEN.length}`);
        for (const zaak of DEMO_ZAKEN) assert(overview.text.includes(zaak.identificatie), `${zaak.identificatie} not shown`);
        assert(overview.text.includes('Zaaknummer'), 'no "Zaaknummer" label');
        assert(!overview.text.includes('Case number'), 'element not in the page\'s Dutch');
        assert(overview.h3 === 'Mijn zaken', `top heading of the element is not an h3 "Mijn zaken" (${overview.h3})`);
        const scripts = await pageScripts(page);
        const moduleScripts = scripts.filter((s) => s.src?.includes('/modules/custom/mijn_zaken/js/mijn-zaken.js'));
        assert(moduleScripts.length === 1 && moduleScripts[0].type === 'module', `module script: ${JSON.stringify(moduleScripts)}`);
        const inline = scripts.filter((s) => s.inline && s.type !== 'application/json');
        assert(inline.length === 0, `inline scripts: ${JSON.stringify(inline)}`);
        const element = await page.$eval('mijn-zaken', (el) => ({ style: el.getAttribute('style'), attrs: el.getAttributeNames() }));
        assert(element.style === null, 'style attribute on the element');
        const found = await axe(page);
        assert(found.length === 0, `axe: ${found.join('\n')}`);
        if (takeScreenshots) await screenshot(page, 'result-overview.png', 'main');
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
        assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('\n')}`);
      } finally {
        await context.close();
      }
    });

    await check('resident: opens a zaak from the overview and sees its detail (status first, zaaknummer), Back returns to the list; no violation, axe clean', async () => {
      const { page, context, violations, consoleErrors } = await residentPage('default');
      try {
        await page.goto(`${origin}${overviewPath}`, { waitUntil: 'load' });
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        const target = DEMO_ZAKEN.find((z) => z.identificatie === 'ZAAK-2026-0000123') ?? DEMO_ZAKEN[0];
        await inElement(page, (uuid) => {
          document.querySelector('mijn-zaken').shadowRoot.querySelector(`[part~="zaak"][data-uuid="${uuid}"] .zaak-link`).click();
        }, target.uuid);
        await page.waitForFunction(() => document.querySelector('mijn-zaken')?.shadowRoot?.querySelector('[part~="timeline"] [part~="step"]'));
        const detail = await inElement(page, () => {
          const root = document.querySelector('mijn-zaken').shadowRoot;
          return {
            text: root.querySelector('[part~="detail"]')?.textContent.replace(/\s+/g, ' ') ?? '',
            steps: root.querySelectorAll('[part~="step"]').length,
            current: root.querySelectorAll('[aria-current="step"]').length,
          };
        });
        assert(detail.text.includes(target.identificatie) && detail.text.includes('Zaaknummer'), `detail lacks the labelled zaaknummer: ${detail.text.slice(0, 300)}`);
        assert(detail.steps > 0, 'no timeline steps');
        assert(new URL(page.url()).hash === `#zaak=${target.uuid}`, `hash ${new URL(page.url()).hash}`);
        const found = await axe(page);
        assert(found.length === 0, `axe: ${found.join('\n')}`);
        if (takeScreenshots) await screenshot(page, 'result-detail.png', 'main');
        await page.goBack();
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
        assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('\n')}`);
      } finally {
        await context.close();
      }
    });

    await check('another resident on the same cached page sees only their own zaken (27, paged)', async () => {
      const { page, context, violations } = await residentPage('many');
      try {
        const response = await page.goto(`${origin}${overviewPath}`, { waitUntil: 'load' });
        assert(response?.headers()['x-drupal-cache'] === 'HIT', `X-Drupal-Cache ${response?.headers()['x-drupal-cache']}`);
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        const text = await inElement(page, () => document.querySelector('mijn-zaken').shadowRoot.textContent);
        const count = await inElement(page, () => document.querySelector('mijn-zaken').shadowRoot.querySelectorAll('[part~="zaak"]').length);
        // 27 zaken, ten to a page: their own generated zaken, none of the first resident's.
        assert(count > 0 && /ZAAK-2026-000200\d/.test(text), `${count} zaken shown, not the second resident's`);
        const others = DEMO_ZAKEN.filter((z) => text.includes(z.identificatie));
        assert(others.length === 0, `sees the first resident's zaken: ${others.map((z) => z.identificatie).join(', ')}`);
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
      } finally {
        await context.close();
      }
    });

    await check('resident: the "one zaak" block shows ZAAK-2026-0000123 directly; no violation, axe clean', async () => {
      const { page, context, violations, consoleErrors } = await residentPage('default');
      try {
        await page.goto(`${origin}${nodes['Uw aanvraag']}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('mijn-zaken')?.shadowRoot?.querySelector('[part~="timeline"] [part~="step"]'));
        const detail = await inElement(page, () => {
          const root = document.querySelector('mijn-zaken').shadowRoot;
          return { text: root.textContent.replace(/\s+/g, ' '), h2: root.querySelector('h2')?.textContent.trim() ?? '', overview: root.querySelector('[part~="overview"]') !== null };
        });
        assert(detail.text.includes('ZAAK-2026-0000123'), 'zaaknummer not shown');
        assert(!detail.overview, 'shows an overview instead of the zaak');
        assert(detail.h2.length > 0, 'no h2 title (heading level 2)');
        const found = await axe(page);
        assert(found.length === 0, `axe: ${found.join('\n')}`);
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
        assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('\n')}`);
      } finally {
        await context.close();
      }
    });

    await check('language follows the page: the same block under /en speaks English', async () => {
      const { page, context, violations } = await residentPage('default');
      try {
        await page.goto(`${origin}/en${overviewPath}`, { waitUntil: 'load' });
        assert((await page.$eval('html', (el) => el.lang)) === 'en', 'page is not English');
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        const text = await inElement(page, () => document.querySelector('mijn-zaken').shadowRoot.textContent);
        assert(text.includes('Case number') && !text.includes('Zaaknummer'), 'element not in English');
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
      } finally {
        await context.close();
      }
    });

    await check('script URL setting (a CDN): saving it swaps the script on the cached page, which still works under CSP', async () => {
      const cdn = `${origin}/cdn/mijn-zaken/mijn-zaken.js`;
      await admin.goto(`${origin}/admin/config/services/mijn-zaken`);
      await fill(admin, '#edit-script-url', cdn);
      await submit(admin);
      assert(/saved/i.test(await messages(admin)), 'settings not saved');
      const { page, context, violations } = await residentPage('default');
      try {
        const response = await page.goto(`${origin}${overviewPath}`, { waitUntil: 'load' });
        assert(response?.headers()['x-drupal-cache'] === 'MISS', `page cache not invalidated (X-Drupal-Cache ${response?.headers()['x-drupal-cache']})`);
        const scripts = (await pageScripts(page)).filter((s) => s.src?.includes('mijn-zaken.js'));
        assert(scripts.length === 1 && scripts[0].src === cdn && scripts[0].type === 'module', `scripts: ${JSON.stringify(scripts)}`);
        await page.waitForFunction(() => (document.querySelector('mijn-zaken')?.shadowRoot?.querySelectorAll('[part~="zaak"]').length ?? 0) > 0);
        assert(violations.length === 0, `CSP violations: ${violations.join('\n')}`);
      } finally {
        await context.close();
        await admin.goto(`${origin}/admin/config/services/mijn-zaken`);
        await fill(admin, '#edit-script-url', ' ');
        await submit(admin);
      }
    });
  } finally {
    await browser.close();
    const log = servers.phpLog();
    const fatal = log.split('\n').filter((line) => /PHP (Fatal|Warning|Deprecated)/.test(line));
    if (fatal.length) console.log(`php -S reported:\n${fatal.slice(0, 20).join('\n')}`);
    await servers.stop();
  }
}

/** A PNG of one part of the page (small: the form or the main content only). */
async function screenshot(page, file, selector) {
  const handle = (await Promise.all(selector.split(',').map((s) => page.$(s.trim())))).find(Boolean);
  const path = join(screenshotDir, file);
  if (handle) await handle.screenshot({ path });
  else await page.screenshot({ path });
  console.log(`    screenshot ${relative(repoRoot, path)}`);
}
