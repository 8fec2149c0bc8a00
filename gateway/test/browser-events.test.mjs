// Live updates in Chromium: the chain's demo page (its EventSource on the gateway's origin and the
// caseworker form), two residents logged in side by side. A new status on one resident's zaak
// reaches that resident's page and not the other's. Skipped (with a reason) when Chromium or the
// element bundle is missing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { addDemoPage, elementBuilt } from '../dev/demo-page.mjs';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { RESIDENT_A, RESIDENT_B, ZGW_CLIENT, ZGW_SECRET, freePort, providerLogin, startChain } from './support.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(CHROME) ? `no Chromium at ${CHROME}` : !elementBuilt() ? 'dist/mijn-zaken.js missing (npm run build)' : false;
const AUTH = 'Bearer callback-token-for-browser-tests-0123456789';

describe('live updates in a browser', { skip }, () => {
  let chain;
  let browser;
  before(async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { DEMO_ZAKEN } = await import('../../demo/gateway/fixtures.mjs');
    const port = await freePort();
    const callback = `http://127.0.0.1:${port}/api/zgw/notificaties/callback`;
    // Open Zaak notifies the gateway directly here (the Open Notificaties hop has its own test).
    const openzaak = await startOpenZaak({
      clients: { [ZGW_CLIENT]: ZGW_SECRET },
      notify: async (message) => {
        const res = await fetch(callback, { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: JSON.stringify(message) });
        assert.equal(res.status, 204);
      },
    });
    const names = new Map([...RESIDENT_A.zaken.map((u) => [u, 'jan']), ...RESIDENT_B.zaken.map((u) => [u, 'fatima'])]);
    chain = await startChain({
      port,
      openzaak,
      env: { NOTIFICATIONS_CALLBACK_AUTH: AUTH },
      beforeListen: (app) =>
        addDemoPage(app, {
          zaken: DEMO_ZAKEN.filter((z) => names.has(z.uuid)).map((z) => ({ uuid: z.uuid, label: `${z.identificatie} (${names.get(z.uuid)})` })),
          nextStatus: (zaak) => openzaak.nextStatus(zaak),
        }),
    });
    chain.ownOpenzaak = openzaak;
    browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    await chain?.close();
    await chain?.ownOpenzaak.close();
  });

  const connected = (page) => page.waitForFunction(() => document.getElementById('berichten-stand')?.textContent.startsWith('Verbonden'), { timeout: 10000 });
  const messages = (page) => page.$$eval('#berichten li', (items) => items.map((li) => li.textContent));

  async function loginAs(login) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${chain.base}/login?returnTo=%2F`);
    await providerLogin(page, login);
    assert.equal(page.url(), `${chain.url}/`);
    await connected(page);
    return page;
  }

  /** Uses the form: the first of these zaken that still has a next status. */
  async function nextStatus(page, resident) {
    for (const zaak of resident.zaken) {
      await page.select('#zaak-keuze', zaak);
      await page.evaluate(() => (document.getElementById('volgende-status-uitslag').textContent = ''));
      await page.click('#volgende-status button');
      await page.waitForFunction(() => /nieuwe status|laatste status|lukte niet/.test(document.getElementById('volgende-status-uitslag').textContent), { timeout: 10000 });
      if (/nieuwe status/.test(await page.$eval('#volgende-status-uitslag', (e) => e.textContent))) return zaak;
    }
    throw new Error('no zaak with a next status');
  }

  it('without a session the page gets no stream (401 ends the EventSource)', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${chain.url}/`);
    await page.waitForFunction(() => document.getElementById('berichten-stand')?.textContent.startsWith('Geen verbinding'), { timeout: 10000 });
    await context.close();
  });

  it("a new status on jan's zaak reaches jan's page and not fatima's, and the other way round", async () => {
    const jan = await loginAs(RESIDENT_A.login);
    const fatima = await loginAs(RESIDENT_B.login);
    const janZaak = await nextStatus(fatima, RESIDENT_A); // the caseworker form is on every page
    await jan.waitForFunction(() => document.querySelectorAll('#berichten li').length === 1, { timeout: 10000 });
    const label = await jan.$eval(`#zaak-keuze option[value="${janZaak}"]`, (o) => o.textContent);
    assert.ok((await messages(jan))[0].includes(label));
    const fatimaZaak = await nextStatus(jan, RESIDENT_B);
    await fatima.waitForFunction(() => document.querySelectorAll('#berichten li').length === 1, { timeout: 10000 });
    const fatimaLabel = await fatima.$eval(`#zaak-keuze option[value="${fatimaZaak}"]`, (o) => o.textContent);
    assert.ok((await messages(fatima))[0].includes(fatimaLabel));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await messages(jan)).length, 1, "jan's page heard nothing of fatima's zaak");
    assert.equal((await messages(fatima)).length, 1, "fatima's page heard nothing of jan's zaak");
  });
});
