// The mock gateway's hook point for scenario modules (demo/gateway/modules.mjs): a module that joins
// SCENARIO_MODULES gets its scenario options parsed, answers requests in `handle`, changes what the
// fixture reads see (`world`) and their answers (`answer`), and every other request is as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ZAKEN, SCENARIO_MODULES } from '../../demo/gateway/index.mjs';
import { useGatewayServer } from './support/gateway-server.mjs';

const gateway = useGatewayServer();
const [first] = DEMO_ZAKEN;

/** @type {import('../../demo/gateway/modules.mjs').ScenarioModule} */
const probe = {
  name: 'probe',
  options: {
    probe: (v) => {
      if (v !== 'on' && v !== 'hide-first') throw new Error('expected on or hide-first');
      return v;
    },
  },
  handle: ({ req, res, segments, scenario }) => {
    if (segments[0] !== '_probe' || !scenario.modules.probe) return false;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ method: req.method, ...scenario.modules.probe }));
    return true;
  },
  world: (world, scenario) => {
    if (scenario.modules.probe?.probe !== 'hide-first') return world;
    const zaken = new Map(world.zaken);
    zaken.delete(first.uuid);
    return { ...world, zaken };
  },
  answer: (result, { scenario }) => (scenario.modules.probe ? { ...result, headers: { ...result.headers, 'X-Probe': String(result.status) } } : result),
};

describe('scenario modules (modules.mjs)', () => {
  before(() => SCENARIO_MODULES.push(probe));
  after(() => SCENARIO_MODULES.splice(SCENARIO_MODULES.indexOf(probe), 1));

  it('parses a module\'s options into scenario.modules and refuses bad values like the gateway\'s own', async () => {
    const ok = await fetch(gateway.url('probe=on,page-size=2', '/_probe'));
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { method: 'GET', probe: 'on' });
    // A module takes writes the table does not (no 405, no X-Mijn-Zaken rule of the table's writes).
    const posted = await fetch(gateway.url('probe=on', '/_probe'), { method: 'POST' });
    assert.deepEqual(await posted.json(), { method: 'POST', probe: 'on' });
    const bad = await fetch(gateway.url('probe=off', '/zaken/api/v1/zaken'));
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).detail, /probe=off: expected on or hide-first/);
  });

  it('hooks into fixture reads: the world they see and the answer they give', async () => {
    const hidden = await fetch(gateway.url('probe=hide-first', `/zaken/api/v1/zaken/${first.uuid}`));
    assert.equal(hidden.status, 404);
    assert.equal(hidden.headers.get('x-probe'), '404');
    const list = await (await fetch(gateway.url('probe=hide-first', '/zaken/api/v1/zaken'))).json();
    assert.equal(list.count, DEMO_ZAKEN.length - 1);
    const shown = await fetch(gateway.url('probe=on', `/zaken/api/v1/zaken/${first.uuid}`));
    assert.equal(shown.status, 200);
    assert.equal(shown.headers.get('x-probe'), '200');
    assert.match(shown.headers.get('etag') ?? '', /^"[0-9a-f]{40}"$/);
  });

  it('leaves requests without its options as they were', async () => {
    const plain = await fetch(gateway.url('', `/zaken/api/v1/zaken/${first.uuid}`));
    assert.equal(plain.status, 200);
    assert.equal(plain.headers.get('x-probe'), null);
    assert.equal((await fetch(gateway.url('', '/_probe'))).status, 404);
    assert.equal((await fetch(gateway.url('', '/_probe'), { method: 'POST' })).status, 405);
  });
});
