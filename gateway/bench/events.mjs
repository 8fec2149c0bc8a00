#!/usr/bin/env node
// `npm run bench:events --workspace gateway` (also run by `npm run bench:gateway`): live updates at
// scale. 1,000 open event streams (SSE) of one resident, spread over two gateway instances (each
// its own process, `node dist/main.js`) that share a real redis-server; notifications are posted to
// the instances' callbacks in turn, so half of all deliveries cross Redis. Each notification goes
// the whole way: the gateway reads the zaak, its rollen and the resident's scoped /zaken from the
// Open Zaak stand-in, then publishes. Baseline in the same run: one instance without Redis with the
// same 1,000 streams. Printed: the delay from posting a notification to each stream receiving it
// (p50/p99, notifications one at a time) and events delivered per second (a burst of notifications).
// The streams are read in a worker thread; everything shares this machine's cores.
import { spawn, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 30);
const BURST = Number(process.env.BENCH_BURST ?? 100);
const AUTH = 'Bearer bench-callback-token-0123456789abcdef';
const clock = () => performance.timeOrigin + performance.now();

if (!isMainThread) {
  // The stream reader: opens every stream, counts `event: zaak` frames, reports arrival times.
  const arrivals = [];
  let waiting;
  const check = () => {
    if (waiting && arrivals.length >= waiting.count) {
      parentPort.postMessage({ kind: 'arrived', times: arrivals.splice(0, waiting.count) });
      waiting = undefined;
    }
  };
  const open = ({ url, cookie }) =>
    new Promise((resolve, reject) => {
      const u = new URL(url);
      const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname, agent: false, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const t = clock();
          for (let i = chunk.indexOf('event: zaak'); i >= 0; i = chunk.indexOf('event: zaak', i + 1)) arrivals.push(t);
          check();
        });
        resolve(req);
      });
      req.on('error', reject);
      req.end();
    });
  let requests = [];
  parentPort.on('message', async (m) => {
    if (m.kind === 'open') {
      for (let i = 0; i < m.targets.length; i += 50) requests.push(...(await Promise.all(m.targets.slice(i, i + 50).map(open))));
      parentPort.postMessage({ kind: 'opened', count: requests.length });
    } else if (m.kind === 'wait') {
      waiting = { count: m.count };
      check();
    } else if (m.kind === 'close') {
      for (const r of requests) r.destroy();
      requests = [];
      parentPort.postMessage({ kind: 'closed' });
    }
  });
} else {
  await main();
}

async function main() {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('events bench: no redis-server installed (apt-get install redis-server); skipped');
    return;
  }
  const { RESIDENT_A, SESSION_SECRET, ZGW_CLIENT, ZGW_SECRET, Browser, freePort } = await import('../test/support.mjs');
  const { startProvider } = await import('../dev/oidc-provider.mjs');
  const { startOpenZaak } = await import('../dev/openzaak-standin.mjs');
  const { SESSION_COOKIE } = await import('../dist/index.js');

  const redisPort = await freePort();
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const children = [redis];
  const openzaak = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET } });
  const ports = [await freePort(), await freePort(), await freePort()];
  const provider = await startProvider({
    clients: [{ client_id: 'bench', client_secret: 'bench-oidc-secret', redirect_uris: ports.map((p) => `http://127.0.0.1:${p}/api/zgw/callback`) }],
  });
  const worker = new Worker(fileURLToPath(import.meta.url));
  const ask = (message, kind) =>
    new Promise((resolve) => {
      const on = (m) => {
        if (m.kind !== kind) return;
        worker.off('message', on);
        resolve(m);
      };
      worker.on('message', on);
      worker.postMessage(message);
    });

  const startGateway = async (port, redisUrl) => {
    const env = {
      ...process.env,
      HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, SESSION_SECRET,
      OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'bench', OIDC_CLIENT_SECRET: 'bench-oidc-secret',
      ZGW_ZAKEN_URL: openzaak.roots.zaken, ZGW_CATALOGI_URL: openzaak.roots.catalogi, ZGW_DOCUMENTEN_URL: openzaak.roots.documenten,
      ZGW_CLIENT_ID: ZGW_CLIENT, ZGW_SECRET, NOTIFICATIONS_CALLBACK_AUTH: AUTH,
      EVENTS_PER_SESSION: '1000', EVENTS_MAX_CONNECTIONS: '100000',
      RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PER_SESSION: '1000000', LOG_LEVEL: 'warn',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    };
    const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`http://127.0.0.1:${port}/api/zgw/health`).catch(() => undefined))?.ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { base: `http://127.0.0.1:${port}/api/zgw`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
  };

  const note = (zaak) =>
    JSON.stringify({
      kanaal: 'zaken', hoofdObject: `${openzaak.roots.zaken}/zaken/${zaak}`, resource: 'status',
      resourceUrl: `${openzaak.roots.zaken}/statussen/${crypto.randomUUID()}`, actie: 'create', aanmaakdatum: new Date().toISOString(), kenmerken: {},
    });
  const post = async (base, zaak) => {
    const res = await fetch(`${base}/notificaties/callback`, { method: 'POST', headers: { authorization: AUTH, 'content-type': 'application/json' }, body: note(zaak) });
    if (res.status !== 204) throw new Error(`callback ${res.status}`);
  };
  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

  /** One configuration: streams on the given instances (in turn), notifications to them in turn. */
  const run = async (name, gateways) => {
    const cookies = [];
    for (let i = 0; i < 10; i++) {
      const b = new Browser();
      await b.login(gateways[0].base, RESIDENT_A.login);
      cookies.push(`${SESSION_COOKIE}=${b.cookie(gateways[0].base, SESSION_COOKIE)}`);
    }
    const targets = Array.from({ length: STREAMS }, (_, i) => ({ url: `${gateways[i % gateways.length].base}/mijn-zaken/v1/events`, cookie: cookies[i % cookies.length] }));
    await ask({ kind: 'open', targets }, 'opened');
    const zaak = (i) => RESIDENT_A.zaken[i % RESIDENT_A.zaken.length];
    // Warm up (connection pools, JIT).
    for (let i = 0; i < 3; i++) {
      const arrived = ask({ kind: 'wait', count: STREAMS }, 'arrived');
      await post(gateways[i % gateways.length].base, zaak(i));
      await arrived;
    }
    // Latency: one notification at a time; every delivery's delay from the POST.
    const delays = [];
    const complete = [];
    for (let i = 0; i < SEQUENTIAL; i++) {
      const arrived = ask({ kind: 'wait', count: STREAMS }, 'arrived');
      const sent = clock();
      await post(gateways[(i + 1) % gateways.length].base, zaak(i));
      const { times } = await arrived;
      for (const t of times) delays.push(t - sent);
      complete.push(Math.max(...times) - sent);
    }
    delays.sort((x, y) => x - y);
    complete.sort((x, y) => x - y);
    // Throughput: a burst of notifications, 10 in flight, until every stream has every event.
    const arrived = ask({ kind: 'wait', count: STREAMS * BURST }, 'arrived');
    const t0 = clock();
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => {
      while (next < BURST) {
        const i = next++;
        await post(gateways[i % gateways.length].base, zaak(i));
      }
    }));
    const { times } = await arrived;
    const seconds = (Math.max(...times) - t0) / 1000;
    await ask({ kind: 'close' }, 'closed');
    return { name, p50: pct(delays, 50), p99: pct(delays, 99), fanout50: pct(complete, 50), fanout99: pct(complete, 99), perSecond: (STREAMS * BURST) / seconds, notesPerSecond: BURST / seconds };
  };

  const rows = [];
  try {
    const single = await startGateway(ports[2]);
    rows.push(await run('1 instance, no Redis (baseline)', [single]));
    await single.stop();
    const redisUrl = `redis://127.0.0.1:${redisPort}/0`;
    const one = await startGateway(ports[0], redisUrl);
    const two = await startGateway(ports[1], redisUrl);
    rows.push(await run('2 instances + Redis', [one, two]));
    await one.stop();
    await two.stop();
  } finally {
    await worker.terminate();
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await openzaak.close();
    await provider.close();
  }
  const f = (n) => n.toFixed(1);
  console.log(`\nevents bench: ${STREAMS} streams of one resident, ${SEQUENTIAL} notifications one at a time, then a burst of ${BURST}; loopback, Node ${process.version}`);
  console.log('case                            | delay p50/p99 ms | all streams reached p50/p99 ms | events/s delivered | notifications/s');
  for (const r of rows) {
    console.log(`${r.name.padEnd(31)} | ${f(r.p50).padStart(7)}/${f(r.p99).padEnd(8)} | ${f(r.fanout50).padStart(13)}/${f(r.fanout99).padEnd(16)} | ${f(r.perSecond).padStart(18)} | ${f(r.notesPerSecond).padStart(10)}`);
  }
  if (rows.length === 2) {
    const [base, scaled] = rows;
    console.log(`ratio 2 instances + Redis / baseline: delay p50 ${(scaled.p50 / base.p50).toFixed(2)}, p99 ${(scaled.p99 / base.p99).toFixed(2)}, events/s ${(scaled.perSecond / base.perSecond).toFixed(2)}`);
  }
}
