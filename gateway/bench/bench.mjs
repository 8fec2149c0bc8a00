#!/usr/bin/env node
// `npm run bench:gateway`: what the gateway adds. One run, same machine, same moment: the strict
// Open Zaak stand-in (mock data) asked directly with a ZGW JWT, and the same resources through the
// gateway with a session cookie (login at the real OpenID Provider first). autocannon, loopback.
// The load generator runs in a worker thread (autocannon `workers`), so it does not share the
// servers' event loop. Reported as p50/p99 latency and requests per second, and as ratios gateway/direct.
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { SESSION_COOKIE } from '../dist/index.js';
import { Browser, RESIDENT_A, ZGW_CLIENT, ZGW_SECRET, startChain } from '../test/support.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const chain = await startChain({ env: { LOG_LEVEL: 'warn', RATE_LIMIT_PER_SESSION: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000' } });
try {
  const b = new Browser();
  await b.login(chain.base, RESIDENT_A.login);
  const cookie = `${SESSION_COOKIE}=${b.cookie(chain.base, SESSION_COOKIE)}`;
  const t = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({ client_id: ZGW_CLIENT }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ZGW_CLIENT).setIssuedAt(t).setExpirationTime(t + 300).sign(new TextEncoder().encode(ZGW_SECRET));
  const oz = chain.openzaak.roots;
  const zaak = RESIDENT_A.zaken[0];
  const zaakUrl = `${oz.zaken}/zaken/${zaak}`;
  const cases = [
    ['zaak detail', `${oz.zaken}/zaken/${zaak}`, `${chain.base}/zaken/api/v1/zaken/${zaak}`],
    ['zaken list (scoped)', `${oz.zaken}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${RESIDENT_A.bsn}&rol__omschrijvingGeneriek=initiator`, `${chain.base}/zaken/api/v1/zaken`],
    ['statussen of a zaak', `${oz.zaken}/statussen?zaak=${encodeURIComponent(zaakUrl)}`, `${chain.base}/zaken/api/v1/statussen?zaak=${encodeURIComponent(zaakUrl)}`],
  ];
  const run = (url, headers) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, workers: 1 });
  const rows = [];
  for (const [name, direct, through] of cases) {
    // Warm both paths (connection pools, the gateway's per-person index).
    await run(direct, { authorization: `Bearer ${jwt}`, 'accept-crs': 'EPSG:4326' }).catch(() => undefined);
    const d = await run(direct, { authorization: `Bearer ${jwt}`, 'accept-crs': 'EPSG:4326' });
    const g = await run(through, { cookie });
    if (d.non2xx || g.non2xx || d.errors || g.errors) throw new Error(`${name}: non-2xx or errors (direct ${d.non2xx}/${d.errors}, gateway ${g.non2xx}/${g.errors})`);
    rows.push({ name, d, g });
  }
  const f = (n) => n.toFixed(1);
  console.log(`\ngateway bench: ${CONNECTIONS} connections, ${DURATION} s per case, loopback, Node ${process.version}`);
  console.log('case                  | direct p50/p99 ms  req/s | gateway p50/p99 ms  req/s | added p50/p99 ms | latency ratio p50/p99 | throughput ratio');
  for (const { name, d, g } of rows) {
    console.log(
      `${name.padEnd(21)} | ${f(d.latency.p50).padStart(6)}/${f(d.latency.p99).padEnd(6)} ${f(d.requests.average).padStart(7)} | ${f(g.latency.p50).padStart(7)}/${f(g.latency.p99).padEnd(7)} ${f(g.requests.average).padStart(7)} | ${f(g.latency.p50 - d.latency.p50).padStart(7)}/${f(g.latency.p99 - d.latency.p99).padEnd(7)} | ${(g.latency.p50 / Math.max(d.latency.p50, 0.001)).toFixed(2).padStart(10)}/${(g.latency.p99 / Math.max(d.latency.p99, 0.001)).toFixed(2).padEnd(10)} | ${(g.requests.average / d.requests.average).toFixed(2)}`,
    );
  }
} finally {
  await chain.close();
}
