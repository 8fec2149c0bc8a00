// The demo page of the chain: <mijn-zaken> on the gateway's own origin (as a portal would host it),
// with the element bundle (dist/mijn-zaken.js) and the Voorbeeld theme. Used by `npm run start:chain`
// and by the browser test of the chain.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TEST_RESIDENTS } from './oidc-provider.mjs';

const elementJs = fileURLToPath(new URL('../../dist/mijn-zaken.js', import.meta.url));
const require = createRequire(import.meta.url);
const themeCss = require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');

export const elementBuilt = () => existsSync(elementJs);

/** @param {import('fastify').FastifyInstance} app */
export function addDemoPage(app) {
  const residents = Object.entries(TEST_RESIDENTS).filter(([, r]) => r.bsn).map(([login, r]) => `<li><code>${login}</code>: ${r.name}</li>`).join('');
  const page = `<!doctype html>
  <html lang="nl">
  <head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mijn zaken: demo van de hele keten</title>
  <link rel="stylesheet" href="/theme.css">
  <script type="module" src="/mijn-zaken.js"></script>
  </head>
  <body class="voorbeeld-theme">
  <main>
  <h1>Mijn zaken</h1>
  <p>Demo van de hele keten: inloggen bij een echte OpenID Provider (oidc-provider), de gateway, en een strenge nabootsing van Open Zaak met verzonnen gegevens.</p>
  <p>Log in met een van deze testinwoners (elk wachtwoord is goed):</p>
  <ul>${residents}</ul>
  <p><a href="/api/zgw/login?returnTo=%2F">Inloggen</a> · <a href="/api/zgw/logout">Uitloggen</a></p>
  <mijn-zaken gateway="/api/zgw">
  <p slot="login"><a href="/api/zgw/login?returnTo=%2F">Log in om uw zaken te zien</a></p>
  </mijn-zaken>
  </main>
  </body>
  </html>
  `;
  const pageHeaders = {
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; require-trusted-types-for 'script'",
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  app.get('/', async (_req, reply) => reply.headers(pageHeaders).type('text/html; charset=utf-8').send(page));
  app.get('/mijn-zaken.js', async (_req, reply) => reply.headers(pageHeaders).type('text/javascript; charset=utf-8').send(readFileSync(elementJs)));
  app.get('/theme.css', async (_req, reply) => reply.headers(pageHeaders).type('text/css; charset=utf-8').send(readFileSync(themeCss)));

}
