// Scale-out (CONTRACT 10): instances share nothing but configuration, so a session from one works on
// another; with REDIS_URL a logout on one instance revokes the session on all of them. Uses a real
// redis-server on a loopback port (skipped when none is installed).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../dist/index.js';
import { RESIDENT_A, hasRedis, loggedIn, startChain, startRedis } from './support.mjs';

describe('two instances, one configuration', () => {
  it('a session from instance 1 works on instance 2 (no shared state); without Redis a logout is local', async () => {
    const one = await startChain();
    const two = await startChain({ openzaak: one.openzaak, provider: one.provider });
    try {
      const b = await loggedIn(one, RESIDENT_A);
      const cookie = `${SESSION_COOKIE}=${b.cookie(one.base, SESSION_COOKIE)}`;
      assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200);
      await b.fetch(`${one.base}/logout`, { method: 'POST' });
      assert.equal((await fetch(`${one.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 401);
      // Documented limit without REDIS_URL: another instance accepts a copy until its idle timeout.
      assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200);
    } finally {
      await two.close();
      await one.close();
    }
  });

  describe('with REDIS_URL', { skip: hasRedis ? false : 'no redis-server installed' }, () => {
    let redis;
    before(async () => {
      redis = await startRedis();
    });
    after(async () => redis?.stop());

    it('a logout on instance 1 revokes the session on instance 2; Redis down means no session (fail closed)', async () => {
      const one = await startChain({ env: { REDIS_URL: redis.url } });
      const two = await startChain({ env: { REDIS_URL: redis.url }, openzaak: one.openzaak, provider: one.provider });
      try {
        const b = await loggedIn(one, RESIDENT_A);
        const cookie = `${SESSION_COOKIE}=${b.cookie(one.base, SESSION_COOKIE)}`;
        assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 200);
        await b.fetch(`${one.base}/logout`, { method: 'POST' });
        assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie } })).status, 401, 'revoked everywhere');

        const c = await loggedIn(one, RESIDENT_A);
        const other = `${SESSION_COOKIE}=${c.cookie(one.base, SESSION_COOKIE)}`;
        assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie: other } })).status, 200);
        await redis.stop();
        assert.equal((await fetch(`${two.base}/zaken/api/v1/zaken`, { headers: { cookie: other } })).status, 401, 'fail closed');
        assert.ok(two.logLines.some((l) => /redis unreachable/.test(l)));
        redis = undefined;
      } finally {
        await two.close();
        await one.close();
      }
    });
  });
});
