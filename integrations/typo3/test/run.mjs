#!/usr/bin/env node
// `npm run test:typo3`: the TYPO3 extension tested on its own and in a real TYPO3 13.
//
//   1. PHP lint of every PHP file of the extension
//   2. PHPUnit: the extension's own classes (Tests/Unit) and its Fluid templates rendered with the
//      standalone typo3fluid/fluid (Tests/Fluid; skipped when Fluid cannot be installed)
//   3. TYPO3 13 installed with Composer into a cache directory outside the work tree (reused when
//      present), set up with `typo3 setup` (SQLite), the extension as a path repository, the site set
//      "Mijn zaken" and TYPO3's frontend Content-Security-Policy switched on
//   4. the backend in Chromium, as an editor: log in, page module, "Create new content", pick
//      "Mijn zaken" in the wizard, fill in the form, save (twice: all zaken, and one zaak)
//   5. the public page through a small Node proxy (the mock gateway at /api/zgw, everything else to
//      `php -S`): overview, a zaak's detail, the one-zaak element, one module script with the CSP nonce,
//      no CSP violation (browser listener and TYPO3's own report table), axe WCAG 2.2 AA clean
//
// Environment:
//   MIJN_ZAKEN_TYPO3_CACHE   cache directory (default ~/.cache/mijn-zaken-typo3)
//   TYPO3_PACKAGE_SOURCES    optional directory of package sources (one subdirectory per package, each with
//                            its composer.json and a VERSION file), added as Composer path repositories for
//                            packages the Packagist copy lacks
//   SCREENSHOTS=1            also write the README's screenshots (Documentation/Images/*.png)
// The last line is `N passed, N failed[, N skipped]`; the exit code is 1 when anything failed.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(extension, '..', '..');
const cacheRoot = process.env.MIJN_ZAKEN_TYPO3_CACHE || join(homedir(), '.cache', 'mijn-zaken-typo3');
const packageSources = process.env.TYPO3_PACKAGE_SOURCES || '';
const takeScreenshots = process.env.SCREENSHOTS === '1';
const env = { ...process.env, TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8', COMPOSER_NO_INTERACTION: '1' };
const ADMIN = { username: 'admin', password: `Redacteur-${createHash('sha256').update(String(Date.now())).digest('hex').slice(0, 12)}!` };

const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function record(status, name, detail = '') {
  totals[status] += 1;
  const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[status];
  console.log(`${mark} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** A check that cannot run here (a package the registry does not have): counted as skipped, with why. */
class Unavailable extends Error {}

/** Runs one named check; an exception fails it with its message. Returns the check's value or undefined. */
async function check(name, fn) {
  try {
    const value = await fn();
    record('passed', name);
    return value ?? true;
  } catch (error) {
    if (error instanceof Unavailable) {
      record('skipped', name, error.message);
      return undefined;
    }
    record('failed', name, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    execFile(command, args, { env, maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      resolvePromise({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function filesUnder(directory, test, skip = /^(\.|node_modules$|vendor$)/) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (skip.test(entry.name)) return [];
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path, test, skip) : test(entry.name) ? [path] : [];
  });
}

/** Composer path repositories for the packages in TYPO3_PACKAGE_SOURCES (none when unset). */
function sourceRepositories() {
  if (!packageSources) return [];
  return readdirSync(packageSources, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packageSources, entry.name, 'composer.json')))
    .map((entry) => {
      const directory = join(packageSources, entry.name);
      const name = JSON.parse(readFileSync(join(directory, 'composer.json'), 'utf8')).name;
      const version = readFileSync(join(directory, 'VERSION'), 'utf8').trim();
      return { type: 'path', url: directory, options: { symlink: false, versions: { [name]: version } } };
    });
}

/** Writes composer.json only when it changed, so that a warm cache skips `composer update`. */
function writeComposerJson(directory, content) {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, 'composer.json');
  const text = `${JSON.stringify(content, null, 2)}\n`;
  const changed = !existsSync(file) || readFileSync(file, 'utf8') !== text;
  if (changed) writeFileSync(file, text);
  return changed || !existsSync(join(directory, 'vendor', 'autoload.php'));
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// 1. PHP lint
const phpFiles = filesUnder(extension, (name) => name.endsWith('.php'));
for (const file of phpFiles) {
  const result = await run('php', ['-l', file]);
  record(result.code === 0 ? 'passed' : 'failed', `php -l ${relative(extension, file)}`, result.code === 0 ? '' : result.stdout + result.stderr);
}

// The module script: copied from dist/ into the extension (built first when dist/ has none).
await check('mijn-zaken.js copied into Resources/Public/JavaScript (npm run build:typo3)', async () => {
  if (!existsSync(join(root, 'dist', 'mijn-zaken.js'))) {
    const build = await run('npm', ['run', '--silent', 'build'], { cwd: root });
    assert(build.code === 0, `npm run build failed: ${build.stderr.slice(-400)}`);
  }
  const copy = await run('node', [join(extension, 'Build', 'copy-script.mjs')]);
  assert(copy.code === 0, copy.stderr);
  assert(existsSync(join(extension, 'Resources', 'Public', 'JavaScript', 'mijn-zaken.js')), 'no copy');
});

// ---------------------------------------------------------------------------------------------------
// 2. PHPUnit (tools installed beside the TYPO3 site, never into the extension)
const tools = join(cacheRoot, 'tools');
const toolsComposer = (withFluid) => ({
  name: 'mijn-zaken/typo3-test-tools',
  description: 'Generated by integrations/typo3/test/run.mjs',
  require: { 'phpunit/phpunit': '11.5.*', ...(withFluid ? { 'typo3fluid/fluid': '^4.6' } : {}) },
  autoload: { 'psr-4': { 'MijnZaken\\Typo3\\': join(extension, 'Classes') + '/', 'MijnZaken\\Typo3\\Tests\\': join(extension, 'Tests') + '/' } },
  repositories: sourceRepositories(),
  'minimum-stability': 'dev',
  'prefer-stable': true,
  config: { lock: false, 'allow-plugins': false },
});
let fluidMissing = '';
if (writeComposerJson(tools, toolsComposer(true))) {
  let install = await run('composer', ['update', '--no-progress'], { cwd: tools });
  if (install.code !== 0) {
    const output = install.stdout + install.stderr;
    fluidMissing = /requires typo3fluid\/fluid[^\n]*could not be found/.test(output)
      ? 'typo3fluid/fluid ^4.6: no version on the Packagist copy'
      : output.trim().split('\n').slice(-3).join(' ');
    writeComposerJson(tools, toolsComposer(false));
    install = await run('composer', ['update', '--no-progress', '--quiet'], { cwd: tools });
  }
  if (install.code !== 0) record('failed', 'PHPUnit installed with Composer', install.stderr.slice(-600));
}
if (existsSync(join(tools, 'vendor', 'bin', 'phpunit'))) {
  if (fluidMissing) console.log(`note: typo3fluid/fluid not installable (${fluidMissing}); the template tests skip`);
  const junit = join(tools, 'junit.xml');
  const renderDirectory = mkdtempSync(join(tmpdir(), 'mijn-zaken-typo3-render-'));
  rmSync(junit, { force: true });
  const phpunit = await run(join(tools, 'vendor', 'bin', 'phpunit'), [
    '--bootstrap', join(tools, 'vendor', 'autoload.php'), '--log-junit', junit, '--do-not-cache-result', '--display-skipped',
    join(extension, 'Tests'),
  ], { env: { ...env, MIJN_ZAKEN_RENDER_DIR: renderDirectory } });
  if (!existsSync(junit)) {
    record('failed', 'PHPUnit ran', phpunit.stdout.slice(-1200) + phpunit.stderr.slice(-600));
  } else {
    const xml = readFileSync(junit, 'utf8');
    for (const match of xml.matchAll(/<testcase name="([^"]+)" (?:[^>]*?)class="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const [, rawName, className, , body = ''] = match;
      const name = rawName.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const label = `PHPUnit ${className.split('\\').pop()}::${name}`;
      if (/<(failure|error)/.test(body)) record('failed', label, body.replace(/<[^>]+>/g, '').trim().slice(0, 600));
      else if (/<skipped/.test(body)) record('skipped', label, fluidMissing ? 'typo3fluid/fluid not installed' : '');
      else record('passed', label);
    }
  }
  rmSync(renderDirectory, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// 3. A real TYPO3 13
const site = join(cacheRoot, 'site-13');
const TYPO3_PACKAGES = ['core', 'backend', 'frontend', 'fluid', 'extbase', 'install', 'fluid-styled-content'];
const siteComposer = {
  name: 'mijn-zaken/typo3-test-site',
  description: 'Generated by integrations/typo3/test/run.mjs',
  require: {
    ...Object.fromEntries(TYPO3_PACKAGES.map((name) => [`typo3/cms-${name}`, '^13.4'])),
    // TYPO3 13.4.0–13.4.14 break on doctrine/dbal 4.3+ (SQLite platform); later 13.4 releases pin it themselves.
    'doctrine/dbal': '^4.2.1',
    'mijn-zaken/typo3-mijn-zaken': '@dev',
  },
  repositories: [...sourceRepositories(), { type: 'path', url: extension, options: { symlink: true } }],
  'minimum-stability': 'dev',
  'prefer-stable': true,
  config: { lock: false, 'allow-plugins': { 'typo3/class-alias-loader': true, 'typo3/cms-composer-installers': true } },
  extra: { 'typo3/cms': { 'web-dir': 'public' } },
};
let typo3Ready = await check('TYPO3 13 installed with Composer (extension as path repository)', async () => {
  if (writeComposerJson(site, siteComposer)) {
    const install = await run('composer', ['update', '--no-progress'], { cwd: site });
    if (install.code !== 0) {
      const output = install.stdout + install.stderr;
      const missing = [...new Set([...output.matchAll(/Root composer\.json requires ([\w./-]+)[^,\n]*, it could not be found/g)].map((m) => m[1]))]
        .map((name) => `${name} ${siteComposer.require[name] ?? ''} (no version at all)`.replace('  ', ' '));
      // Packages the registry does not have make the CMS checks impossible here, not failed.
      if (missing.length) throw new Unavailable(`not on the Packagist copy: ${missing.join('; ')}`);
      throw new Error(output.trim().slice(-1500));
    }
  }
  // A TYPO3 13.4 older than .15 accepts dbal 4.3+ in its constraints but fails on it: pin what works.
  const installed = JSON.parse(readFileSync(join(site, 'vendor', 'composer', 'installed.json'), 'utf8'));
  const versionOf = (name) => (installed.packages ?? installed).find((p) => p.name === name)?.version_normalized ?? '';
  const core = versionOf('typo3/cms-core');
  if (/^13\.4\.([0-9]|1[0-4])\./.test(core) && !versionOf('doctrine/dbal').startsWith('4.2.')) {
    siteComposer.require['doctrine/dbal'] = '4.2.*';
    writeComposerJson(site, siteComposer);
    const pin = await run('composer', ['update', '--no-progress'], { cwd: site });
    assert(pin.code === 0, pin.stderr.slice(-800));
  }
  console.log(`     typo3/cms-core ${core}`);
});
if (!typo3Ready) {
  record('skipped', 'TYPO3 backend and frontend checks (typo3 setup, wizard, form, page, CSP, axe)', 'TYPO3 could not be installed');
} else {
  typo3Ready = await check('typo3 setup (SQLite, admin, site) and extension:setup', async () => {
    rmSync(join(site, 'var'), { recursive: true, force: true });
    rmSync(join(site, 'config'), { recursive: true, force: true });
    const typo3 = join(site, 'vendor', 'bin', 'typo3');
    const setup = await run(typo3, ['setup', '--no-interaction', '--force', '--driver=sqlite', '--dbname=typo3', `--admin-username=${ADMIN.username}`,
      '--admin-email=redactie@gemeente.example', '--project-name=Gemeente Voorbeeld', '--create-site=http://127.0.0.1/', '--server-type=other'],
    { cwd: site, env: { ...env, TYPO3_SETUP_ADMIN_PASSWORD: ADMIN.password } });
    assert(setup.code === 0 && /Setup is done/.test(setup.stdout), setup.stdout.slice(-800) + setup.stderr.slice(-800));
    // What an integrator writes once: the site in Dutch, with the site set and the gateway setting.
    writeFileSync(join(site, 'config', 'sites', 'main', 'config.yaml'), [
      'base: /', 'rootPageId: 1', 'dependencies:', '  - typo3/fluid-styled-content', '  - mijn-zaken/mijn-zaken',
      'languages:', '  - title: Nederlands', '    enabled: true', '    languageId: 0', '    base: /', '    locale: nl_NL.UTF-8',
      '    navigationTitle: Nederlands', '    flag: nl', '',
    ].join('\n'));
    writeFileSync(join(site, 'config', 'sites', 'main', 'settings.yaml'), 'mijnZaken:\n  gateway: /api/zgw\n');
    writeFileSync(join(site, 'config', 'system', 'additional.php'), [
      '<?php',
      "$GLOBALS['TYPO3_CONF_VARS']['SYS']['features']['security.frontend.enforceContentSecurityPolicy'] = true;",
      // The proxy's ephemeral port differs per run.
      "$GLOBALS['TYPO3_CONF_VARS']['SYS']['trustedHostsPattern'] = '127\\.0\\.0\\.1:[0-9]+';",
      '',
    ].join('\n'));
    const extensionSetup = await run(typo3, ['extension:setup'], { cwd: site });
    assert(extensionSetup.code === 0, extensionSetup.stderr.slice(-800));
    writeFileSync(join(site, 'public', 'router.php'), readFileSync(join(extension, 'test', 'site', 'router.php')));
  });
}

// ---------------------------------------------------------------------------------------------------
// 4.–5. Backend and frontend in Chromium
if (typo3Ready) {
  await browserChecks();
}

async function dataHandler(dataMap) {
  const result = await run('php', [join(extension, 'test', 'site', 'datahandler.php'), site, JSON.stringify(dataMap)]);
  assert(result.code === 0, `DataHandler: ${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout);
}

async function query(sql) {
  const result = await run('php', ['-r', `
    $pdo = new PDO('sqlite:' . $argv[1]);
    echo json_encode($pdo->query($argv[2])->fetchAll(PDO::FETCH_ASSOC));`, join(site, 'var', 'sqlite', readdirSync(join(site, 'var', 'sqlite')).find((name) => name.endsWith('.sqlite'))), sql]);
  assert(result.code === 0, result.stderr);
  return JSON.parse(result.stdout);
}

async function browserChecks() {
  const { createGatewayMiddleware } = await import(join(root, 'demo', 'gateway', 'index.mjs'));
  const puppeteer = (await import('puppeteer-core')).default;
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  // The page tree through TYPO3's DataHandler (an editor would click it together; nothing here depends on how).
  const pages = await check('page "Mijn zaken" and the site TypoScript written with TYPO3\'s DataHandler', async () => {
    const ids = await dataHandler({ pages: { NEW1: { pid: 1, title: 'Mijn zaken', slug: '/mijn-zaken', hidden: 0 } } });
    const [template] = await query('SELECT uid FROM sys_template WHERE pid = 1');
    await dataHandler({ sys_template: { [template.uid]: {
      // clear = 0: the site sets' TypoScript (fluid-styled-content, mijn-zaken) comes before this record.
      config: 'page = PAGE\npage.meta.viewport = width=device-width, initial-scale=1\npage.10 = CONTENT\npage.10 {\n  table = tt_content\n  select.orderBy = sorting\n  select.where = {#colPos}=0\n  wrap = <main>|</main>\n}\n',
      constants: '', clear: 0,
    } } });
    return { page: ids['pages:NEW1'] };
  });
  if (!pages) return;

  const phpPort = await freePort();
  const php = spawn('php', ['-S', `127.0.0.1:${phpPort}`, '-t', join(site, 'public'), join(site, 'public', 'router.php')], {
    // Its own process group: with PHP_CLI_SERVER_WORKERS the server forks workers that outlive a killed parent.
    cwd: site, env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true,
  });
  let phpLog = '';
  php.stderr.on('data', (chunk) => { phpLog = (phpLog + chunk).slice(-4000); });
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const proxy = http.createServer((req, res) => {
    gateway(req, res, () => {
      const upstream = http.request({ host: '127.0.0.1', port: phpPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
      req.pipe(upstream);
    });
  });
  await new Promise((resolvePromise) => proxy.listen(0, '127.0.0.1', resolvePromise));
  const base = `http://127.0.0.1:${proxy.address().port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const ok = await fetch(`${base}/typo3/`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=nl-NL'],
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    await backendChecks(browser, base, pages.page);
    await frontendChecks(browser, base, axeSource);
    await crossOriginChecks(base);
  } finally {
    await browser.close();
    proxy.close();
    try {
      process.kill(-php.pid, 'SIGTERM'); // the whole group: server and workers
    } catch {
      php.kill('SIGTERM');
    }
    if (totals.failed > 0 && phpLog) console.log(`php -S (last lines):\n${phpLog.split('\n').slice(-15).join('\n')}`);
  }
}

/** A gateway and a script on other origins: the CSP listener adds exactly those origins, nothing else. */
async function crossOriginChecks(base) {
  await check('gateway and script on other origins: connect-src and script-src get exactly those origins', async () => {
    writeFileSync(join(site, 'config', 'sites', 'main', 'settings.yaml'), [
      'mijnZaken:', '  gateway: https://mijn.gemeente.example/api/zgw', '  scriptUrl: https://cdn.gemeente.example/mijn-zaken/0.1.0/mijn-zaken.js', '',
    ].join('\n'));
    const flush = await run(join(site, 'vendor', 'bin', 'typo3'), ['cache:flush'], { cwd: site });
    assert(flush.code === 0, flush.stderr);
    const response = await fetch(`${base}/mijn-zaken`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = (csp.match(/'nonce-([^']+)'/) ?? [])[1];
    assert(/(^|; )connect-src 'self' https:\/\/mijn\.gemeente\.example(;|$)/.test(csp), `connect-src: ${csp}`);
    assert(/(^|; )script-src 'self' 'nonce-[^']+' [^;]*https:\/\/cdn\.gemeente\.example(;| )/.test(csp), `script-src: ${csp}`);
    const script = (html.match(/<script\b[^>]*mijn-zaken\.js[^>]*>/g) ?? []);
    assert(script.length === 1 && script[0].includes('src="https://cdn.gemeente.example/mijn-zaken/0.1.0/mijn-zaken.js"')
      && script[0].includes(`nonce="${nonce}"`) && script[0].includes('type="module"'), script.join(' ') || '(no script)');
    assert(html.includes('<mijn-zaken gateway="https://mijn.gemeente.example/api/zgw" lang="nl" heading-level="2"></mijn-zaken>'), 'gateway attribute');
  });
}

function shot(page, name, options = {}) {
  return takeScreenshots
    ? page.screenshot({ path: join(extension, 'Documentation', 'Images', `${name}.png`), ...options })
    : Promise.resolve();
}

async function backendChecks(browser, base, pageId) {
  const page = await browser.newPage();
  // Headless Chromium may never end the modals' fade-out transitions; without motion they close at once.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await check('backend login', async () => {
    await page.goto(`${base}/typo3/`, { waitUntil: 'networkidle0' });
    await page.type('#t3-username', ADMIN.username);
    await page.type('#t3-password', ADMIN.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#t3-login-submit')]);
    await page.waitForSelector('.scaffold-modulemenu, typo3-backend-module-router', { timeout: 20000 });
  });

  /** Page module → "Create new content" → "Mijn zaken" in the wizard → the form; returns the form's frame. */
  async function openNewMijnZaken(wizardShot) {
    await page.goto(`${base}/typo3/module/web/layout?id=${pageId}`, { waitUntil: 'networkidle0' });
    const layout = await page.waitForFrame((f) => f.name() === 'list_frame' && f.url().includes('/module/web/layout'));
    await (await layout.waitForSelector('typo3-backend-new-content-element-wizard-button')).click();
    // The wizard renders its items with Lit and may render them again: look the item up each time.
    const findItem = () => page.waitForFunction(() => {
      const wizard = document.querySelector('typo3-backend-new-record-wizard');
      return [...(wizard?.shadowRoot?.querySelectorAll('button.item') ?? [])]
        .find((button) => button.textContent.includes('Mijn zaken') && button.offsetParent !== null);
    }, { timeout: 20000 });
    const description = await (await findItem()).evaluate((button) => button.textContent.replace(/\s+/g, ' ').trim());
    assert(/Shows residents where their applications/.test(description), `wizard item reads "${description}"`);
    if (wizardShot) {
      await new Promise((r) => setTimeout(r, 500));
      await (await findItem()).hover();
      await new Promise((r) => setTimeout(r, 300));
      await shot(page, 'backend-wizard');
    }
    await (await findItem()).evaluate((button) => button.click());
    const form = await page.waitForFrame((f) => f.name() === 'list_frame' && f.url().includes('/record/edit'));
    await form.waitForSelector('form[name="editform"] select[name$="[tx_mijnzaken_view]"]', { timeout: 20000 });
    await closeModals();
    return form;
  }

  /** The wizard's modal closes itself after its fade-out, which headless Chromium may never finish. */
  async function closeModals() {
    const gone = await page.waitForFunction(() => !document.querySelector('typo3-backend-modal'), { timeout: 3000 }).catch(() => null);
    if (!gone) {
      await page.evaluate(() => document.querySelectorAll('typo3-backend-modal .t3js-modal-close').forEach((button) => button.click()));
      await page.waitForFunction(() => !document.querySelector('typo3-backend-modal'), { timeout: 5000 }).catch(() => null);
    }
  }

  async function fillAndSave(form, options) {
    try {
      await fillAndSaveOnce(form, options);
    } catch (error) {
      await page.screenshot({ path: join(cacheRoot, 'failure-backend.png') });
      throw new Error(`${error.message} (screenshot: ${join(cacheRoot, 'failure-backend.png')})`);
    }
  }

  async function fillAndSaveOnce(form, { name, view, zaak, headingLevel, formShot }) {
    await form.waitForFunction(() => document.readyState === 'complete');
    await typeInto(form, 'input[data-formengine-input-name$="[header]"]', name);
    if (view === 'zaak') {
      await form.select('select[name$="[tx_mijnzaken_view]"]', 'zaak');
      // onChange: reload — FormEngine may ask before it reloads the form.
      const confirm = await page.waitForSelector('typo3-backend-modal button[name="ok"]', { visible: true, timeout: 3000 }).catch(() => null);
      if (confirm) {
        await confirm.click(); // "Refresh required": OK saves the record and reloads the form
        await page.waitForFunction(() => !document.querySelector('typo3-backend-modal'), { timeout: 10000 });
      }
      await form.waitForSelector('input[data-formengine-input-name$="[tx_mijnzaken_zaak]"]', { visible: true, timeout: 20000 });
      await form.waitForFunction(() => document.readyState === 'complete');
      await typeInto(form, 'input[data-formengine-input-name$="[tx_mijnzaken_zaak]"]', zaak);
    }
    await form.select('select[name$="[tx_mijnzaken_heading_level]"]', String(headingLevel));
    if (formShot) {
      await form.$eval('input[data-formengine-input-name$="[header]"]', (node) => node.scrollIntoView({ block: 'start' }));
      await new Promise((r) => setTimeout(r, 300));
      await shot(page, 'backend-form');
    }
    await form.click('button[name="_savedok"]');
    // Saved when TYPO3 has written all of it (the onChange reload already saved a first version).
    const sql = (text) => `'${String(text).replace(/'/g, "''")}'`;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const rows = await query(`SELECT uid FROM tt_content WHERE pid = ${pageId} AND header = ${sql(name)} AND tx_mijnzaken_view = ${sql(view)}
        AND tx_mijnzaken_zaak = ${sql(zaak ?? '')} AND tx_mijnzaken_heading_level = ${Number(headingLevel)}`);
      if (rows.length === 1) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`"${name}" was not saved`);
  }

  /** Types like an editor, then checks FormEngine kept it (typing before its scripts ran would be lost). */
  async function typeInto(form, selector, text) {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await form.$eval(selector, (input) => { input.value = ''; });
      await form.type(selector, text);
      await page.keyboard.press('Tab'); // leaving the field is what makes FormEngine take the value
      await new Promise((r) => setTimeout(r, 200));
      if ((await form.$eval(selector, (input) => input.value)) === text) return;
    }
    throw new Error(`${selector} did not keep "${text}"`);
  }

  await check('new-content wizard lists "Mijn zaken"; the form asks what to show; One zaak adds the zaaknummer field (saved)', async () => {
    const form = await openNewMijnZaken(true);
    const options = await form.$$eval('select[name$="[tx_mijnzaken_view]"] option', (nodes) => nodes.map((o) => `${o.value}=${o.textContent.trim()}`));
    assert(options.join('|') === 'overview=All my zaken (overview)|zaak=One zaak', `view options: ${options.join('|')}`);
    assert(!(await form.$('input[data-formengine-input-name$="[tx_mijnzaken_zaak]"]')), 'the zaaknummer field is only there for one zaak');
    await fillAndSave(form, { name: 'Mijn zaken – één zaak', view: 'zaak', zaak: 'ZAAK-2026-0000123', headingLevel: 3, formShot: true });
  });
  await check('a second "Mijn zaken" above it: all zaken of the resident (saved)', async () => {
    const form = await openNewMijnZaken(false);
    await fillAndSave(form, { name: 'Mijn zaken – overzicht', view: 'overview', headingLevel: 2 });
  });
  await check('both content elements stored as the editor filled them in', async () => {
    const rows = await query(`SELECT header, CType, colPos, tx_mijnzaken_view, tx_mijnzaken_zaak, tx_mijnzaken_heading_level FROM tt_content WHERE pid = ${pageId} AND deleted = 0 ORDER BY sorting`);
    const seen = rows.map((r) => `${r.CType}:${r.tx_mijnzaken_view}:${r.tx_mijnzaken_zaak}:${r.tx_mijnzaken_heading_level}`).sort();
    assert(seen.join(' ') === 'mijnzaken_mijnzaken:overview::2 mijnzaken_mijnzaken:zaak:ZAAK-2026-0000123:3', `stored: ${JSON.stringify(rows)}`);
  });
  await check('page module preview says what each element shows', async () => {
    await page.goto(`${base}/typo3/module/web/layout?id=${pageId}`, { waitUntil: 'networkidle0' });
    const layout = await page.waitForFrame((f) => f.name() === 'list_frame' && f.url().includes('/module/web/layout'));
    await layout.waitForSelector('.t3-page-ce');
    const text = await layout.$eval('body', (body) => body.innerText);
    assert(text.includes('Shows all zaken of the logged-in resident.') && text.includes('Shows zaak ZAAK-2026-0000123.'), 'previews missing');
  });
  await page.close();
}

async function frontendChecks(browser, base, axeSource) {
  const response = await fetch(`${base}/mijn-zaken`);
  const html = await response.text();
  const csp = response.headers.get('content-security-policy') ?? '';
  const nonce = (csp.match(/'nonce-([^']+)'/) ?? [])[1];

  await check('TYPO3 sends its Content-Security-Policy with a script nonce', () => {
    assert(response.status === 200, `status ${response.status}`);
    assert(/script-src 'self' 'nonce-/.test(csp) && /default-src 'self'/.test(csp), `CSP: ${csp || '(none)'}`);
  });
  await check('exactly the contract elements, attributes in order, no inline script or style in them', () => {
    // Sorted: "Create new content" at the top of the column puts the newer element first.
    const elements = (html.match(/<mijn-zaken\b[^>]*>[^<]*<\/mijn-zaken>/g) ?? []).sort();
    assert(elements.join('\n') === [
      '<mijn-zaken gateway="/api/zgw" lang="nl" heading-level="2"></mijn-zaken>',
      '<mijn-zaken gateway="/api/zgw" zaak="ZAAK-2026-0000123" lang="nl" heading-level="3"></mijn-zaken>',
    ].join('\n'), `found: ${elements.join(' | ') || '(none)'}`);
  });
  await check('one module script for two elements, type="module" with the CSP nonce, from the extension', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    const ours = scripts.filter((tag) => tag.includes('mijn-zaken.js'));
    assert(ours.length === 1, `mijn-zaken.js tags: ${ours.length}`);
    assert(/type="module"/.test(ours[0]) && ours[0].includes(`nonce="${nonce}"`), ours[0]);
    assert(/src="\/_assets\/[0-9a-f]+\/JavaScript\/mijn-zaken\.js/.test(ours[0]), ours[0]);
    assert(!/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html), 'an inline script is on the page');
  });

  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__loads = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
    document.addEventListener('mijn-zaken-load', (event) => window.__loads.push(event.detail));
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}/mijn-zaken`, { waitUntil: 'networkidle0' });

  await check('the resident sees the overview of their zaken', async () => {
    await page.waitForFunction(() => window.__loads.some((d) => d.view === 'overview'), { timeout: 20000 });
    const count = await page.$eval('mijn-zaken:not([zaak])', (el) => el.shadowRoot.querySelectorAll('[part~="zaak"]').length);
    const { count: announced } = await page.evaluate(() => window.__loads.find((d) => d.view === 'overview'));
    assert(count > 0 && count === announced, `zaken shown ${count}, announced ${announced}`);
    const heading = await page.$eval('mijn-zaken:not([zaak])', (el) => el.shadowRoot.querySelector('h2')?.textContent.trim());
    assert(heading, 'no h2 in the overview (heading-level 2)');
  });
  await check('the one-zaak element shows ZAAK-2026-0000123 with its timeline', async () => {
    await page.waitForFunction(() => window.__loads.some((d) => d.view === 'detail'), { timeout: 20000 });
    const text = await page.$eval('mijn-zaken[zaak]', (el) => el.shadowRoot.querySelector('[part~="detail"]')?.textContent ?? '');
    assert(text.includes('ZAAK-2026-0000123') && text.includes('Zaaknummer'), 'detail without its zaaknummer');
    assert(await page.$eval('mijn-zaken[zaak]', (el) => !!el.shadowRoot.querySelector('[part~="timeline"] [part~="step-current"]')), 'no current step');
    assert(await page.$eval('mijn-zaken[zaak]', (el) => el.shadowRoot.querySelector('h3') !== null), 'no h3 (heading-level 3)');
  });
  if (takeScreenshots) {
    await page.setViewport({ width: 800, height: 1000 });
    await new Promise((r) => setTimeout(r, 300));
    await shot(page, 'frontend-result');
  }
  await check('selecting a zaak in the overview shows its detail, in place, with a way back', async () => {
    const before = await page.evaluate(() => window.__loads.length);
    const overview = await page.$('mijn-zaken:not([zaak])');
    const link = await overview.evaluateHandle((el) => el.shadowRoot.querySelector('[part~="zaak"] .zaak-link'));
    const title = await link.evaluate((node) => node.textContent.trim());
    await link.click();
    await page.waitForFunction((n) => window.__loads.length > n && window.__loads.at(-1).view === 'detail', { timeout: 20000 }, before);
    const detail = await overview.evaluate((el) => el.shadowRoot.querySelector('[part~="detail"]')?.textContent ?? '');
    assert(detail.includes(title), `detail does not show "${title}"`);
    assert(/#zaak=/.test(page.url()), `URL ${page.url()}`);
  });
  await check('no CSP violation in the browser, no script error', async () => {
    const violations = await page.evaluate(() => window.__violations);
    assert(violations.length === 0 && pageErrors.length === 0, [...violations, ...pageErrors].join('; '));
  });
  await check('no CSP violation reported to TYPO3 (sys_http_report)', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const reports = await query("SELECT details FROM sys_http_report WHERE type = 'csp-report'");
    assert(reports.length === 0, reports.map((r) => r.details).join('; ').slice(0, 600));
  });
  await check('axe-core WCAG 2.2 AA: no violations on the page (overview and detail)', async () => {
    await page.evaluate(axeSource); // through DevTools, so the page's CSP is untouched
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert(violations.length === 0, violations.join('; '));
  });
  await page.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`typo3 tests took ${seconds}s (cache: ${cacheRoot})`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
