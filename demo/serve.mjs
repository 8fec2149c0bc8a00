// `npm start`: the demo. A Vite dev server with the mock ZGW gateway mounted at /api/zgw. Open the
// printed URL (…/demo/). No browser is opened automatically. Vite's root is the repository (the page
// loads /src/… and a theme from node_modules), but only what the page needs is served
// (demo/allowed-paths.mjs): no .git, package.json or other files of the repository.
//   PORT (default 5173) and HOST (default 127.0.0.1) pick the address.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { isDemoPathAllowed } from './allowed-paths.mjs';
import { createGatewayMiddleware } from './gateway/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mountPath = '/api/zgw';

/** @returns {import('vite').Plugin} */
function mockGateway() {
  return {
    name: 'mijn-zaken-mock-gateway',
    configureServer(server) {
      const gateway = createGatewayMiddleware({ mountPath });
      server.middlewares.use((req, res, next) => {
        if (!isDemoPathAllowed(req.url ?? '', mountPath)) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end('Niet gevonden.');
          return;
        }
        if (req.url === '/' || req.url === '/demo') {
          res.writeHead(302, { Location: '/demo/' });
          res.end();
          return;
        }
        gateway(req, res, next);
      });
    },
  };
}

const server = await createServer({
  configFile: false,
  root,
  clearScreen: false,
  appType: 'mpa',
  server: {
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT || 5173),
    open: false,
    // Second line of defence behind isDemoPathAllowed: Vite itself reads no file outside these.
    fs: { strict: true, allow: ['src', 'demo', 'node_modules'].map((dir) => `${root}${dir}`) },
  },
  plugins: [mockGateway()],
});
await server.listen();

const base = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0] ?? `http://127.0.0.1:${process.env.PORT || 5173}/`;
console.log(`\n  <mijn-zaken> demo:  ${new URL('demo/', base).href}`);
console.log(`  mock ZGW gateway:   ${new URL(`${mountPath.slice(1)}/zaken/api/v1/zaken`, base).href}\n`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
