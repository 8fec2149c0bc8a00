// The longest main-thread task while the detail of a zaak with 500 statussen and 200 documents comes
// in (the mock gateway's `history` and `scale-documents`, 100 ms per response), at 1× and 4× CPU
// slowdown, against the floor (a Lit list of the resident's zaken) in the same run. Tasks are read
// from a Chromium trace (every task, not only those over 50 ms); the longest one is split into script,
// style, layout and paint, so a regression says where it is. Tasks are timed by the main thread's CPU
// time (the trace's thread time): on a shared machine, wall time also counts other processes' turns
// (the wall time is in the note).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundlePath, repoRoot } from './lib/bundle-checks.mjs';
import { PHONE, esbuildBundle, launchChromium, median, send, startServer } from './lib/bench-browser.mjs';
import { createGatewayMiddleware } from '../demo/gateway/index.mjs';

// BENCH_RUNS=3 for a quick look; BENCH_OURS=path/to/other-build.js to measure another build of the element.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GELUID = '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47'; // 6 statussen of its own
const LONG = 'delay=100,history=494,scale-documents=200';

const page = (script, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title><script type="module" src="${script}"></script></head>
<body style="margin:0;padding:16px;font:16px/1.5 sans-serif"><h1>Mijn zaken</h1>${body}</body></html>`;

// What a task's time went on, by the trace events inside it (outermost of each kind only).
const KINDS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.callFunction', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  parse: ['ParseHTML'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/**
 * The renderer's main-thread tasks in a trace after the page at `path` was committed (the navigation's
 * own tasks, unloading the blank page and creating the new one, are the browser's), each with its time by kind.
 */
function mainThreadTasks(trace, path) {
  const events = JSON.parse(trace).traceEvents;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url?.endsWith(path));
  if (!commit) throw new Error(`no CommitLoad of ${path} in the trace`);
  const runTasks = onMain.filter((e) => e.name === 'RunTask');
  const committing = runTasks.find((task) => task.ts <= commit.ts && commit.ts < task.ts + task.dur);
  const after = committing ? committing.ts + committing.dur : commit.ts;
  const tasks = runTasks.filter((task) => task.ts >= after);
  const inner = onMain.filter((e) => KIND_OF.has(e.name)).sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    const split = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, 0]));
    let coveredUntil = -Infinity;
    for (const event of inner) {
      if (event.tid !== task.tid || event.pid !== task.pid || event.ts < task.ts || event.ts >= task.ts + task.dur) continue;
      if (event.ts < coveredUntil) continue; // inside one already counted
      split[KIND_OF.get(event.name)] += (event.tdur ?? event.dur ?? 0) / 1000;
      coveredUntil = event.ts + (event.dur ?? 0);
    }
    return { ms: (task.tdur ?? task.dur) / 1000, wallMs: task.dur / 1000, split, startUp: onMain.some((e) => e.name === 'v8.evaluateModule' && e.ts >= task.ts && e.ts < task.ts + task.dur) };
  });
}

/** The longest task from navigation until `ready` holds and 500 ms have passed (idle work counts too). */
async function longestTask(browser, server, html, ready, throttle) {
  const path = `/long-${Math.random().toString(36).slice(2)}.html`;
  server.pages.set(path, html);
  const tab = await browser.newPage();
  await tab.setViewport(PHONE);
  if (throttle !== 1) await tab.emulateCPUThrottling(throttle);
  await tab.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel', 'v8.execute'] });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(ready, { timeout: 60_000, polling: 100 });
  await new Promise((resolve) => setTimeout(resolve, 500 * throttle));
  const trace = Buffer.from(await tab.tracing.stop()).toString('utf8');
  await tab.close();
  const tasks = mainThreadTasks(trace, path);
  const longest = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, wallMs: 0, split: {} });
  return { ...longest, over50: tasks.filter((t) => t.ms > 50).length, longestWallMs: Math.max(0, ...tasks.map((t) => t.wallMs)) };
}

const shows = (selector, count) =>
  new Function(`const root = document.querySelector('body > :not(h1)')?.shadowRoot; return !!root && root.querySelectorAll(${JSON.stringify(selector)}).length >= ${count};`);

export async function longTasks() {
  const floor = (await esbuildBundle(join(repoRoot, 'scripts/bench/floor.js'))).code;
  const gateway = createGatewayMiddleware({ mountPath: '/api/zgw' });
  const pages = new Map();
  const server = await startServer((req, res, url) => {
    if (url.pathname === '/ours.js') return send(res, 'text/javascript', readFileSync(process.env.BENCH_OURS ?? bundlePath));
    if (url.pathname === '/floor.js') return send(res, 'text/javascript', floor);
    if (pages.has(url.pathname)) return send(res, 'text/html', pages.get(url.pathname));
    gateway(req, res, () => send(res, 'text/plain', 'not found', { status: 404 }));
  });
  server.pages = pages;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const throttle of [1, 4]) {
      const results = { ours: [], floor: [] };
      for (let run = 0; run < RUNS; run++) {
        const session = `long${throttle}x${run}${Date.now().toString(36)}`;
        results.ours.push(await longestTask(browser, server,
          page('/ours.js', `<mijn-zaken gateway="/api/zgw/${LONG},session=${session}" zaak="${GELUID}" navigation="none"></mijn-zaken>`),
          shows('[part="documents"] > li', 200), throttle));
        results.floor.push(await longestTask(browser, server,
          page('/floor.js', `<bench-floor gateway="/api/zgw/delay=100,session=${session}f"></bench-floor>`),
          shows('[part="overview"] > li', 1), throttle));
      }
      const floorMs = median(results.floor.map((r) => r.ms));
      const ours = results.ours.map((r) => r.ms);
      const typical = results.ours.find((r) => r.ms === median(ours));
      const what = typical.startUp ? 'start-up (module, first render)' : 'later';
      const split = Object.entries(typical.split).filter(([, ms]) => ms >= 0.5).map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`).join(', ');
      rows.push(
        {
          metric: `<mijn-zaken> detail, 500 statussen + 200 documents, ${throttle}× CPU: longest task (CPU time)`,
          value: `${median(ours).toFixed(1)} ms`,
          note: `${(median(ours) / floorMs).toFixed(2)}× the floor; range ${Math.min(...ours).toFixed(0)}–${Math.max(...ours).toFixed(0)} ms; tasks over 50 ms ${median(results.ours.map((r) => r.over50))}; median run's: ${what}, ${split} ms; wall ${median(results.ours.map((r) => r.longestWallMs)).toFixed(0)} ms`,
        },
        { metric: `floor (Lit list of the zaken), ${throttle}× CPU: longest task`, value: `${floorMs.toFixed(1)} ms`, note: `medians of ${RUNS}, CPU time; wall ${median(results.floor.map((r) => r.longestWallMs)).toFixed(0)} ms` },
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await longTasks()) console.log(`${row.metric}  ${row.value}  ${row.note ?? ''}`);
}
