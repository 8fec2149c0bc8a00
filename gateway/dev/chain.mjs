#!/usr/bin/env node
// `npm run start:chain`: the whole chain on this machine. The OpenID Provider (oidc-provider with
// two test residents), the strict Open Zaak stand-in (the mock data), the gateway, and a demo page
// with <mijn-zaken> (dist/mijn-zaken.js from `npm run build`) on the gateway's origin, as a
// municipality's portal would put it. Log in as `jan` (BSN 999993653) or `fatima` (999990019): each
// sees only their own zaken. Loopback only.
//
// Live updates: a mock Open Notificaties (dev/notificaties-standin.mjs) with the gateway's
// abonnement (registered at start-up), and a form on the page that gives a demo zaak its next status
// in the Open Zaak stand-in, which notifies; the page lists the events it receives. With Debian's
// redis-server installed it runs on a free loopback port and the gateway uses it (REDIS_URL).
//
//   CHAIN_PORT (default 8080): the page and gateway at http://localhost:CHAIN_PORT
//   CHAIN_OP_PORT (default 8081): the OpenID Provider at http://127.0.0.1:CHAIN_OP_PORT
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { DEMO_ZAKEN } from '../../demo/gateway/fixtures.mjs';
import { buildGateway, loadConfig } from '../dist/index.js';
import { startNotificaties } from './notificaties-standin.mjs';
import { addDemoPage, elementBuilt } from './demo-page.mjs';
import { startProvider } from './oidc-provider.mjs';
import { RESIDENT_A, RESIDENT_B, startOpenZaak } from './openzaak-standin.mjs';
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

const nrc = await startNotificaties({ clients: { [ZGW_CLIENT]: ZGW_SECRET } });
const openzaak = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET }, dev: true, notify: (message) => nrc.publish(message) });
let redis;
let redisUrl;
if (spawnSync('redis-server', ['--version']).status === 0) {
  const free = createServer();
  await new Promise((resolve) => free.listen(0, '127.0.0.1', () => resolve(undefined)));
  const redisPort = /** @type {import('node:net').AddressInfo} */ (free.address()).port;
  await new Promise((resolve) => free.close(() => resolve(undefined)));
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  redisUrl = `redis://127.0.0.1:${redisPort}/0`;
  for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) await new Promise((r) => setTimeout(r, 100));
}
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
  NOTIFICATIONS_CALLBACK_AUTH: `Bearer ${randomBytes(24).toString('base64url')}`,
  NOTIFICATIES_URL: nrc.root,
  ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  ...(await actsEnv(openzaak)),
});
const app = await buildGateway(config);

const names = new Map([...RESIDENT_A.zaken.map((u) => [u, 'jan']), ...RESIDENT_B.zaken.map((u) => [u, 'fatima'])]);
addDemoPage(app, {
  zaken: DEMO_ZAKEN.filter((z) => names.has(z.uuid)).map((z) => ({ uuid: z.uuid, label: `${z.identificatie}: ${z.title} (${names.get(z.uuid)})` })),
  nextStatus: (zaak) => openzaak.nextStatus(zaak),
});

await app.listen({ host: '127.0.0.1', port });
console.log(`\nmijn-zaken chain ready:
  demo page + gateway  ${publicUrl}/   (gateway under ${publicUrl}/api/zgw)
  OpenID Provider      ${provider.issuer}
  Open Zaak stand-in   ${openzaak.origin}
  Open Notificaties    ${nrc.root} (abonnement of the gateway)
  Redis                ${redisUrl ?? 'none (redis-server not installed): one instance alone'}
log in as "jan" (BSN 999993653, 4 zaken) or "fatima" (BSN 999990019, 3 zaken); Ctrl+C stops everything.`);

const stop = async () => {
  await app.close();
  await provider.close();
  await openzaak.close();
  await nrc.close();
  redis?.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
