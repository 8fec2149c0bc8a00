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

const demoJs = fileURLToPath(new URL('./demo-events.js', import.meta.url));
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ zaken?: Array<{ uuid: string, label: string }>, nextStatus?: (zaak: string) => Promise<{ omschrijving: string } | undefined> }} [live]
 *   with nextStatus: a "caseworker" form that gives a demo zaak its next status (the stand-in then
 *   notifies through the mock Open Notificaties), and a list of the events this page receives
 */
export function addDemoPage(app, live = {}) {
  const residents = Object.entries(TEST_RESIDENTS).filter(([, r]) => r.bsn).map(([login, r]) => `<li><code>${login}</code>: ${r.name}</li>`).join('');
  const liveSection = live.nextStatus
    ? `<section aria-labelledby="live-kop">
  <h2 id="live-kop">Live bijwerken (demo)</h2>
  <p>Doe alsof u medewerker van de gemeente bent: geef een zaak de volgende status. Open Zaak meldt dat aan Open Notificaties, die het aan de gateway meldt; de gateway stuurt een bericht naar de pagina's van de inwoner van die zaak, en van niemand anders.</p>
  <form id="volgende-status">
  <label for="zaak-keuze">Zaak</label>
  <select id="zaak-keuze" name="zaak">${(live.zaken ?? []).map((z) => `<option value="${escapeHtml(z.uuid)}">${escapeHtml(z.label)}</option>`).join('')}</select>
  <button type="submit">Zet de volgende status</button>
  </form>
  <p id="volgende-status-uitslag" role="status"></p>
  <h3>Berichten die deze pagina kreeg</h3>
  <p id="berichten-stand">Nog geen verbinding.</p>
  <ul id="berichten"></ul>
  </section>
  <script type="module" src="/demo-events.js"></script>`
    : '';
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
  ${liveSection}
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
  // The on-demand modules beside it (CONTRACT 1): the bundle loads them from its own directory.
  for (const name of ['mijn-zaken-acts.js', 'mijn-zaken-live.js']) {
    const file = fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));
    app.get(`/${name}`, async (_req, reply) =>
      existsSync(file) ? reply.headers(pageHeaders).type('text/javascript; charset=utf-8').send(readFileSync(file)) : reply.code(404).send());
  }
  if (live.nextStatus) {
    const nextStatus = live.nextStatus;
    app.get('/demo-events.js', async (_req, reply) => reply.headers(pageHeaders).type('text/javascript; charset=utf-8').send(readFileSync(demoJs)));
    // Dev only: a same-origin script call (the CSRF header, as the gateway's own writes need).
    app.post('/demo/volgende-status', async (req, reply) => {
      const zaak = /** @type {{ zaak?: unknown }} */ (JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '{}')).zaak;
      if (req.headers['x-mijn-zaken'] !== '1' || typeof zaak !== 'string' || !(live.zaken ?? []).some((z) => z.uuid === zaak)) return reply.code(400).send({ fout: 'Onbekende zaak.' });
      const done = await nextStatus(zaak);
      return done ? reply.send({ omschrijving: done.omschrijving }) : reply.code(409).send({ fout: 'Deze zaak heeft al de laatste status.' });
    });
  }
  app.get('/theme.css', async (_req, reply) => reply.headers(pageHeaders).type('text/css; charset=utf-8').send(readFileSync(themeCss)));

}
