// Storybook for <mijn-zaken>: `npm run storybook` (dev, offline) and `npm run build-storybook`.
// The mock ZGW gateway (demo/gateway) answers at /api/zgw in the dev server, so every story runs on
// the demo data without a network. The project's vite.config.ts is merged in (template and CSS literals minified).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { createGatewayMiddleware } = await import('../demo/gateway/index.mjs');
    const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
    // The library build options of vite.config.ts are for dist/mijn-zaken.js, not for Storybook.
    if (viteConfig.build) delete viteConfig.build.lib;
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'mijn-zaken:mock-gateway',
        configureServer(server) {
          server.middlewares.use(gateway);
        },
        configurePreviewServer(server) {
          server.middlewares.use(gateway);
        },
      },
    ];
    return viteConfig;
  },
};

export default config;
