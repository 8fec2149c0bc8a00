// The whole chain in Chromium: the element (dist/mijn-zaken.js) on the gateway's origin, login at
// the real OpenID Provider through its own pages, and each resident sees exactly their own zaken,
// a zaak's timeline and its documents through the gateway. Skipped (with a reason) when Chromium or
// the element bundle is missing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { addDemoPage, elementBuilt } from '../dev/demo-page.mjs';
import { RESIDENT_A, RESIDENT_B, providerLogin, startChain } from './support.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(CHROME) ? `no Chromium at ${CHROME}` : !elementBuilt() ? 'dist/mijn-zaken.js missing (npm run build)' : false;

describe('the chain in a browser', { skip }, () => {
  let chain;
  let browser;
  let fixtures;
  before(async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    chain = await startChain({ beforeListen: addDemoPage });
    browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    const { DEMO_ZAKEN } = await import('../../demo/gateway/fixtures.mjs');
    fixtures = DEMO_ZAKEN;
  });
  after(async () => {
    if (process.env.SHOW_GATEWAY_LOG) for (const l of chain?.logLines ?? []) if (/"status":[45]/.test(l)) console.log(l);
    await browser?.close();
    await chain?.close();
  });

  const shadowText = (page) => page.evaluate(() => document.querySelector('mijn-zaken')?.shadowRoot?.textContent ?? '');

  async function loginAs(login) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${chain.url}/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => /Log in/.test(document.querySelector('mijn-zaken')?.shadowRoot?.textContent ?? '') || document.querySelector('mijn-zaken [slot=login]')?.checkVisibility());
    await Promise.all([page.waitForNavigation(), page.click('mijn-zaken [slot=login] a')]);
    await providerLogin(page, login);
    assert.equal(page.url(), `${chain.url}/`);
    await page.waitForFunction(() => /ZAAK-2026-\d+/.test(document.querySelector('mijn-zaken')?.shadowRoot?.textContent ?? ''), { timeout: 20000 });
    return { page, context };
  }

  const identificaties = (resident) => resident.zaken.map((u) => fixtures.find((z) => z.uuid === u).identificatie).sort();

  it('before login the element shows its login slot (the gateway answered 401)', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${chain.url}/`, { waitUntil: 'networkidle0' });
    assert.ok(await page.evaluate(() => document.querySelector('mijn-zaken [slot=login]').checkVisibility()));
    assert.doesNotMatch(await shadowText(page), /ZAAK-2026/);
    await context.close();
  });

  it('resident A logs in and sees exactly their own zaken; a zaak opens with its timeline and documents', async () => {
    const { page, context } = await loginAs(RESIDENT_A.login);
    const text = await shadowText(page);
    assert.deepEqual([...new Set([...text.matchAll(/ZAAK-2026-\d+/g)].map((m) => m[0]))].sort(), identificaties(RESIDENT_A));
    // Open the zaak with many documents through the element's own link.
    const target = fixtures.find((z) => z.identificatie === 'ZAAK-2026-0000978');
    await page.evaluate((uuid) => {
      const link = [...document.querySelector('mijn-zaken').shadowRoot.querySelectorAll('a, button')].find((el) => (el.getAttribute('href') ?? '').includes(uuid) || el.textContent.includes('ZAAK-2026-0000978'));
      link.click();
    }, target.uuid);
    await page.waitForFunction(() => document.querySelector('mijn-zaken').shadowRoot.querySelector('[part~="timeline"]') && document.querySelector('mijn-zaken').shadowRoot.querySelector('[part~="documents"]'), { timeout: 20000 });
    const docs = await page.evaluate(() => document.querySelector('mijn-zaken').shadowRoot.querySelectorAll('[part~="document"]').length);
    assert.ok(docs >= 1, 'documents listed');
    assert.equal(chain.openzaak.requestsFor(RESIDENT_B.bsn).length, 0, 'nothing asked about B');
    await context.close();
  });

  it('resident B logs in elsewhere and sees exactly theirs', async () => {
    chain.openzaak.clear();
    const { page, context } = await loginAs(RESIDENT_B.login);
    const text = await shadowText(page);
    assert.deepEqual([...new Set([...text.matchAll(/ZAAK-2026-\d+/g)].map((m) => m[0]))].sort(), identificaties(RESIDENT_B));
    assert.equal(chain.openzaak.requestsFor(RESIDENT_A.bsn).length, 0, 'nothing asked about A');
    await context.close();
  });
});
