#!/usr/bin/env node
// `node scripts/bench-model.mjs`: the pure model functions at hostile sizes, in Node.
// Each case is timed at a baseline size and at the hostile size in the same run; the ratio tells
// linear (ratio ≈ size ratio) from quadratic (ratio ≈ size ratio squared) whatever the machine.
// Not a test: nothing here passes or fails, it prints the figures for the issue and the README.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
  stdin: {
    contents: `export { toZaakDetailView } from './src/model/zaak-detail.ts'; export { toOverviewView, searchSummaries } from './src/model/overview.ts';`,
    resolveDir: repoRoot,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
const model = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const base = 'https://openzaak.gemeente.example';
const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const statustypen = Array.from({ length: 4 }, (_, i) => ({
  url: `${base}/catalogi/api/v1/statustypen/${uuid(i)}`,
  omschrijving: `Stap ${i + 1}`,
  volgnummer: i + 1,
}));

/** n statussen: most on one step (the hostile case: one group), newest first as Open Zaak lists them. */
function statussenOf(n) {
  return Array.from({ length: n }, (_, i) => ({
    url: `${base}/zaken/api/v1/statussen/${uuid(n - i)}`,
    statustype: statustypen[i < 3 ? 3 - i : 1].url,
    datumStatusGezet: new Date(Date.UTC(2026, 0, 1) + (n - i) * 60_000).toISOString(),
    statustoelichting: i % 3 === 0 ? `Toelichting ${i}` : null,
  }));
}

function detail(statussen) {
  return model.toZaakDetailView({
    zaak: { url: `${base}/zaken/api/v1/zaken/${uuid(1)}`, uuid: uuid(1), zaaktype: `${base}/catalogi/api/v1/zaaktypen/${uuid(9)}` },
    zaaktype: null,
    statustypen,
    statussen,
    resultaat: null,
    resultaattype: null,
    audience: 'inwoner',
    hideUninformed: false,
  });
}

/** Median of `runs` timings of `work`, in ms. */
function time(work, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const rows = [];
function compare(name, baselineSize, hostileSize, prepare, work, runs = 3) {
  const small = prepare(baselineSize);
  const large = prepare(hostileSize);
  work(small); // warm up
  const baseline = time(() => work(small), runs * 3);
  const hostile = time(() => work(large), runs);
  rows.push({
    case: name,
    baseline: `${baselineSize.toLocaleString('en')}: ${baseline.toFixed(2)} ms`,
    hostile: `${hostileSize.toLocaleString('en')}: ${hostile.toFixed(1)} ms`,
    ratio: `${(hostile / baseline).toFixed(0)}× (size ×${hostileSize / baselineSize})`,
  });
}

compare('detail view model, statussen', 1_000, 100_000, statussenOf, (statussen) => detail(statussen));

const zaakOf = (i) => ({
  url: `${base}/zaken/api/v1/zaken/${uuid(i)}`,
  uuid: uuid(i),
  identificatie: `ZAAK-2026-${String(i).padStart(7, '0')}`,
  omschrijving: `Aanvraag parkeervergunning Ærøskøbing ${i}`,
  startdatum: '2026-03-01',
});
const overviewOf = (n) =>
  model.toOverviewView({ zaken: Array.from({ length: n }, (_, i) => zaakOf(i)), zaaktypen: new Map(), statussen: new Map(), statustypen: new Map() });
// Typing "parkeer 12" one key at a time: the element searches the whole list on every keystroke.
const keystrokes = [...'parkeer 12'].map((_, i, all) => all.slice(0, i + 1).join(''));
compare('overview search, 10 keystrokes, zaken', 100, 10_000, overviewOf, (overview) => {
  for (const query of keystrokes) model.searchSummaries(overview.open, query);
});

console.table(rows);
