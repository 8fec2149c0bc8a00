#!/usr/bin/env node
// `npm run start:chain`: the whole chain on this machine. The OpenID Provider (oidc-provider with
// two test residents), the strict Open Zaak stand-in (the mock data), the gateway, and a demo page
// with <mijn-zaken> (dist/mijn-zaken.js from `npm run build`) on the gateway's origin, as a
// municipality's portal would put it. Log in as `jan` (BSN 999993653) or `fatima` (999990019): each
// sees only their own zaken. Loopback only.
//
//   CHAIN_PORT (default 8080): the page and gateway at http://localhost:CHAIN_PORT
//   CHAIN_OP_PORT (default 8081): the OpenID Provider at http://127.0.0.1:CHAIN_OP_PORT
import { buildGateway, loadConfig } from '../dist/index.js';
import { addDemoPage, elementBuilt } from './demo-page.mjs';
import { startProvider } from './oidc-provider.mjs';
import { startOpenZaak } from './openzaak-standin.mjs';
import { actsEnv } from './chain-acts.mjs';

const port = Number(process.env.CHAIN_PORT ?? 8080);
const opPort = Number(process.env.CHAIN_OP_PORT ?? 8081);
const publicUrl = `http://localhost:${port}`;
const ZGW_CLIENT = 'mijn-zaken-gateway';
const ZGW_SECRET = 'demo-chain-zgw-secret-0123456789';

if (!elementBuilt()) {
  console.error('dist/mijn-zaken.js is missing: run `npm run build` in the repository root first.');
  process.exit(1);
}

const openzaak = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET } });
const provider = await startProvider({
  port: opPort,
  clients: [{ client_id: 'mijn-zaken-demo', client_secret: 'demo-chain-oidc-secret', redirect_uris: [`${publicUrl}/api/zgw/callback`], post_logout_redirect_uris: [`${publicUrl}/`] }],
});
const config = loadConfig({
  HOST: '127.0.0.1',
  PORT: String(port),
  PUBLIC_URL: publicUrl,
  SESSION_SECRET: 'demo-chain-session-secret-0123456789abcdef',
  OIDC_ISSUER: provider.issuer,
  OIDC_CLIENT_ID: 'mijn-zaken-demo',
  OIDC_CLIENT_SECRET: 'demo-chain-oidc-secret',
  ZGW_ZAKEN_URL: openzaak.roots.zaken,
  ZGW_CATALOGI_URL: openzaak.roots.catalogi,
  ZGW_DOCUMENTEN_URL: openzaak.roots.documenten,
  ZGW_CLIENT_ID: ZGW_CLIENT,
  ZGW_SECRET,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  ...(await actsEnv(openzaak)),
});
const app = await buildGateway(config);

addDemoPage(app);

await app.listen({ host: '127.0.0.1', port });
console.log(`\nmijn-zaken chain ready:
  demo page + gateway  ${publicUrl}/   (gateway under ${publicUrl}/api/zgw)
  OpenID Provider      ${provider.issuer}
  Open Zaak stand-in   ${openzaak.origin}
log in as "jan" (BSN 999993653, 4 zaken) or "fatima" (BSN 999990019, 3 zaken); Ctrl+C stops everything.`);

const stop = async () => {
  await app.close();
  await provider.close();
  await openzaak.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
