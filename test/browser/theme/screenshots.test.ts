// PNG screenshots of the detail view in every theme at 320 and 1280 CSS px, into screenshots/
// (git-ignored), for a person to look at: screenshots/theme-<theme>-<width>.png.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ZAKEN } from '../support/demo-zaken.js';
import { freshPage, scenario } from '../support/gateway.js';
import { renderIn } from './support.js';
import { THEMES, screenshot, themedContainer } from './themes.js';

describe('screenshots of the detail view in every theme', () => {
  beforeEach(freshPage);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    for (const theme of THEMES) {
      it(`${theme.label} at ${width} px`, async () => {
        await setViewport({ width, height: 900 });
        const container = await themedContainer(theme);
        try {
          await renderIn(container, { gateway: scenario().gateway, zaak: ZAKEN.geluid.uuid });
          await document.fonts.ready;
          await screenshot(container, `theme-${theme.id}-${width}`);
          expect(container.getBoundingClientRect().width).to.be.at.most(width);
        } finally {
          container.remove();
        }
      });
    }
  }
});
