#!/usr/bin/env node
// Screenshots of every demo case at 360 and 1280 CSS px, for a person to look at:
// `npm start` in one shell, then `node scripts/screenshots.mjs [url]`; PNGs go to screenshots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/demo/';
const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  env: { ...process.env, TZ: 'Europe/Amsterdam' },
});
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const cases = await page.$$('section.demo-case');
    for (const section of cases) {
      const id = await section.evaluate((node) => node.id);
      const file = new URL(`demo-${id}-${width}.png`, out);
      await section.screenshot({ path: file.pathname });
      console.log(file.pathname);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
