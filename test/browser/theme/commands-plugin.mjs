// web-test-runner server commands for the theme and mode tests (Chromium through puppeteer):
//   mz-media       { forcedColors?, reducedMotion?, colorScheme? }  CSS media features over CDP
//                  (@web/test-runner-commands' emulateMedia has no forced-colors for puppeteer)
//   mz-screenshot  { name, clip: { x, y, width, height } }          PNG into screenshots/ (git-ignored)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const screenshots = fileURLToPath(new URL('../../../screenshots/', import.meta.url));

export function themeCommandsPlugin() {
  const cdp = new Map();
  return {
    name: 'mijn-zaken-theme-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mz-media' && command !== 'mz-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer`);
      const page = session.browser.getPage(session.id);
      if (command === 'mz-media') {
        if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
        const features = [
          ['forced-colors', payload?.forcedColors],
          ['prefers-reduced-motion', payload?.reducedMotion],
          ['prefers-color-scheme', payload?.colorScheme],
        ].map(([name, value]) => ({ name, value: value ?? '' }));
        await cdp.get(page).send('Emulation.setEmulatedMedia', { media: '', features });
        return true;
      }
      const name = String(payload?.name ?? '');
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad screenshot name ${name}`);
      mkdirSync(screenshots, { recursive: true });
      const { x, y, width, height } = payload.clip;
      const path = `${screenshots}${name}.png`;
      await page.screenshot({ path, clip: { x, y, width: Math.ceil(width), height: Math.ceil(height) }, captureBeyondViewport: true });
      return path;
    },
  };
}
