// The write path of the gateway client (issue 10, CONTRACT 5 and 8), in Chromium against a real HTTP
// endpoint on the test server (test/browser/gateway/write-endpoint.mjs): the CSRF header, the same
// origin and path rules as reads, `rejected` with its invalidParams, upload progress through
// XMLHttpRequest with abort, timeout, credentials and redirects checked, and the line of 6.
import { expect, waitUntil } from '@open-wc/testing';
import { GatewayClient, type GatewayClientOptions } from '../../../src/gateway/client.js';
import { GatewayError } from '../../../src/gateway/errors.js';
import { mapWrite, RejectedError, send, type SendOptions } from '../../../src/gateway/write.js';
import { freshPage } from '../support/gateway.js';

interface Logged {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | undefined>;
  bytes: number;
  complete: boolean;
  aborted: boolean;
}
interface Log {
  requests: Logged[];
  maxInFlight: number;
  foreign: Array<{ method: string; headers: Record<string, string | undefined>; acrh: string | null }>;
}

const UUID = '5e3c9a1b-2d4f-4e6a-8b7c-9d0e1f2a3b4c';
let counter = 0;
let foreignOrigin = '';

async function endpoint(
  options: Record<string, string | number> = {},
  client: Partial<GatewayClientOptions> & { origin?: string } = {},
): Promise<{ client: GatewayClient; session: string; gateway: string }> {
  const session = `w${Date.now().toString(36)}${(++counter).toString(36)}`;
  const parts = Object.entries({ ...options, session }).map(([key, value]) => `${key}=${value}`);
  const gateway = client.origin ? `${client.origin}/${parts.join(',')}` : `${location.origin}/_write/${parts.join(',')}`;
  return {
    client: new GatewayClient({ credentials: 'same-origin', accessToken: 'geheim-token', headers: { 'X-Portal': 'portaal-waarde' }, ...client, gateway }),
    session,
    gateway,
  };
}
const logOf = async (session: string) => (await (await fetch(`/_write/_log/${session}`)).json()) as Log;
const signal = () => new AbortController().signal;
const klantcontacten = 'https://backend.example/klantinteracties/api/v1/klantcontacten';
const bestandsdeel = `https://backend.example/documenten/api/v1/bestandsdelen/${UUID}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

/** A body of `megabytes` MB. */
const blob = (megabytes: number) => new Blob([new Uint8Array(megabytes * 1024 * 1024).fill(65)], { type: 'application/pdf' });

before(async () => {
  foreignOrigin = ((await (await fetch('/_write/_info')).json()) as { foreign: string }).foreign;
});
beforeEach(freshPage);

describe('writes: header, mapping and answers (CONTRACT 8)', () => {
  it('posts JSON with X-Mijn-Zaken: 1, the token and the portal headers, to the back-end URL mapped onto the gateway', async () => {
    const { client, session } = await endpoint();
    const answer = await send(client, 'POST', klantcontacten, { inhoud: 'Wanneer hoor ik iets?', kanaal: 'website' }, { signal: signal() });
    expect(answer?.body).to.deep.equal({ inhoud: 'Wanneer hoor ik iets?', kanaal: 'website' });
    const [request] = (await logOf(session)).requests;
    expect(request?.method).to.equal('POST');
    expect(request?.path).to.equal('/klantinteracties/api/v1/klantcontacten');
    expect(request?.headers).to.include({
      'x-mijn-zaken': '1',
      'content-type': 'application/json',
      authorization: 'Bearer geheim-token',
      'x-portal': 'portaal-waarde',
      accept: 'application/json',
    });
  });

  it('DELETE and unlock answer nothing: null; PUT and PATCH send their body', async () => {
    const { client, session } = await endpoint();
    expect(await send(client, 'DELETE', `${klantcontacten}/${UUID}`, null, { signal: signal() })).to.equal(null);
    expect(await send(client, 'POST', `https://b.example/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/unlock`, { lock: 'x' }, { signal: signal() })).to.equal(null);
    expect((await send(client, 'PATCH', `${klantcontacten}/${UUID}`, { inhoud: 'b' }, { signal: signal() }))?.method).to.equal('PATCH');
    const form = new FormData();
    form.append('inhoud', blob(0.01), 'deel.pdf');
    form.append('lock', 'abc');
    const put = await send(client, 'PUT', bestandsdeel, form, { signal: signal() });
    expect(String(put?.contentType)).to.match(/^multipart\/form-data; boundary=/);
    expect((await logOf(session)).requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      `DELETE /klantinteracties/api/v1/klantcontacten/${UUID}`,
      `POST /documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/unlock`,
      `PATCH /klantinteracties/api/v1/klantcontacten/${UUID}`,
      `PUT /documenten/api/v1/bestandsdelen/${UUID}`,
    ]);
  });

  it('maps only what the element writes, by what it names; nothing else is sent', async () => {
    const gateway = 'https://gw.example/api';
    expect(mapWrite(klantcontacten, gateway)).to.equal('https://gw.example/api/klantinteracties/api/v1/klantcontacten');
    expect(mapWrite(`https://one-host-per-api.example/api/v1/bestandsdelen/${UUID}`, gateway)).to.equal(`${gateway}/documenten/api/v1/bestandsdelen/${UUID}`);
    expect(mapWrite(`/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/lock`, gateway)).to.equal(`${gateway}/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/lock`);
    expect(mapWrite('https://x.example/any/prefix/zaakinformatieobjecten?a=1', gateway)).to.equal(`${gateway}/zaken/api/v1/zaakinformatieobjecten?a=1`);
    for (const refused of [
      `https://x.example/zaken/api/v1/zaken/${UUID}`, // a zaak is never written
      `https://x.example/zaken/api/v1/statussen`,
      `https://x.example/klantinteracties/api/v1/klantcontacten/${UUID}/lock`, // lock is for documents only
      `https://x.example/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/download`,
      `https://x.example/documenten/api/v1/enkelvoudiginformatieobjecten/not-a-uuid`,
      'https://x.example/klantinteracties/api/v1/klantcontacten%2F..%2Fzaken',
      'javascript:alert(1)//klantcontacten',
      'ftp://x.example/klantcontacten',
    ]) {
      expect(mapWrite(refused, gateway), refused).to.equal(null);
    }

    const { client, session } = await endpoint();
    const notWritable = await failure(send(client, 'PATCH', `https://x.example/zaken/api/v1/zaken/${UUID}`, { a: 1 }, { signal: signal() }));
    expect((notWritable as GatewayError).kind).to.equal('invalid-response');
    const notAMethod = await failure(send(client, 'GET' as 'POST', klantcontacten, null, { signal: signal() }));
    expect((notAMethod as GatewayError).kind).to.equal('configuration');
    const withPassword = new GatewayClient({ gateway: 'https://user:pw@gw.example/api', credentials: 'omit' });
    expect(((await failure(send(withPassword, 'POST', klantcontacten, {}, { signal: signal() }))) as GatewayError).kind).to.equal('configuration');
    expect((await logOf(session)).requests).to.deep.equal([]);
  });

  for (const progress of [false, true]) {
    const how = progress ? 'XMLHttpRequest' : 'fetch';
    it(`a 400 is 'rejected' with its well-formed invalidParams, and is not retried (${how})`, async () => {
      const { client, session } = await endpoint({ status: 400 });
      const options: SendOptions = { signal: signal(), ...(progress ? { onProgress: () => {} } : {}) };
      const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'x'.repeat(2000) }, options));
      expect(error).to.be.instanceOf(RejectedError);
      expect(error).to.be.instanceOf(GatewayError);
      const rejected = error as RejectedError;
      expect(rejected.kind).to.equal('rejected');
      expect(rejected.status).to.equal(400);
      expect(rejected.isRetryable).to.equal(false);
      expect(rejected.invalidParams).to.deep.equal([
        { name: 'inhoud', code: 'max_length', reason: 'Zorg ervoor dat dit veld niet meer dan 1000 tekens bevat.' },
        { name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige invoer.' },
      ]);
      await sleep(100);
      expect((await logOf(session)).requests).to.have.length(1);
    });
  }

  it('the endpoint validates: a klantcontact without inhoud is rejected on that field', async () => {
    const { client } = await endpoint();
    const error = (await failure(send(client, 'POST', klantcontacten, { kanaal: 'website' }, { signal: signal() }))) as RejectedError;
    expect(error.invalidParams).to.deep.equal([{ name: 'inhoud', code: 'required', reason: 'Dit veld is vereist.' }]);
  });

  for (const progress of [false, true]) {
    it(`an answer over 10 MB is invalid-response (${progress ? 'XMLHttpRequest' : 'fetch'})`, async () => {
      const { client } = await endpoint({ 'answer-mb': 11 });
      const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'a' }, { signal: signal(), ...(progress ? { onProgress: () => {} } : {}) }));
      expect((error as GatewayError).kind).to.equal('invalid-response');
    });
  }

  it('writes wait in the element’s line of 6', async () => {
    const { client, session } = await endpoint({ delay: 150 });
    await Promise.all(Array.from({ length: 9 }, (_, i) => send(client, 'POST', klantcontacten, { inhoud: `${i}` }, { signal: signal(), ...(i % 2 ? { onProgress: () => {} } : {}) })));
    const log = await logOf(session);
    expect(log.requests).to.have.length(9);
    expect(log.maxInFlight).to.equal(6);
  });
});

describe('upload progress through XMLHttpRequest (CONTRACT 8)', () => {
  it('reports progress in steps up to the whole body, and the body arrives whole', async () => {
    // Well beyond what the socket buffers on loopback take at once, so that progress comes in steps.
    const { client, session } = await endpoint({ 'slow-read': 2 });
    const body = blob(32);
    const steps: Array<[number, number]> = [];
    const answer = await send(client, 'PUT', bestandsdeel, body, { signal: signal(), contentType: 'application/octet-stream', onProgress: (sent, total) => steps.push([sent, total]) });
    expect(answer?.bytes).to.equal(body.size);
    expect(steps.length).to.be.greaterThan(2);
    expect(steps.at(-1)).to.deep.equal([body.size, body.size]);
    for (let i = 1; i < steps.length; i++) expect((steps[i] as [number, number])[0]).to.be.at.least((steps[i - 1] as [number, number])[0]);
    const [request] = (await logOf(session)).requests;
    expect(request?.headers).to.include({ 'x-mijn-zaken': '1', 'content-type': 'application/octet-stream', authorization: 'Bearer geheim-token' });
  });

  it('Cancel aborts the upload: the promise rejects with the abort, the server sees the request break off', async () => {
    const { client, session } = await endpoint({ 'slow-read': 20 });
    const controller = new AbortController();
    const reason = new DOMException('Geannuleerd', 'AbortError');
    const upload = send(client, 'PUT', bestandsdeel, blob(16), { signal: controller.signal, onProgress: (sent) => sent > 0 && controller.abort(reason) });
    expect(await failure(upload)).to.equal(reason);
    // The server, reading slowly, notices only once it has read what the socket buffers held.
    await waitUntil(async () => (await logOf(session)).requests[0]?.aborted, 'the server did not see the upload break off', { timeout: 15000 });
    const [request] = (await logOf(session)).requests;
    expect(request?.complete).to.equal(false);
    expect(request?.aborted).to.equal(true);
  });

  it('an upload that stops moving is a timeout; one that keeps moving may take longer than the timeout', async () => {
    const stalled = await endpoint({ stall: 1 }, { timeoutMs: 400 });
    const started = performance.now();
    const error = await failure(send(stalled.client, 'PUT', bestandsdeel, blob(32), { signal: signal(), onProgress: () => {} }));
    expect((error as GatewayError).kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(5000);

    // The socket buffers on loopback take several MB at once: a body well beyond them, read slowly.
    // Total time and the buffers' drain at the end both scale with the machine's speed: 64 MB against some MB.
    const moving = await endpoint({ 'slow-read': 3 }, { timeoutMs: 1200 });
    const begun = performance.now();
    const answer = await send(moving.client, 'PUT', bestandsdeel, blob(64), { signal: signal(), onProgress: () => {} });
    expect(answer?.bytes).to.equal(64 * 1024 * 1024);
    expect(performance.now() - begun, 'the upload took longer than the timeout').to.be.above(1200);
  });

  for (const progress of [false, true]) {
    it(`an answer later than the timeout after sending is a timeout (${progress ? 'XMLHttpRequest' : 'fetch'})`, async () => {
      const { client } = await endpoint({ delay: 1500 }, { timeoutMs: 300 });
      const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'a' }, { signal: signal(), ...(progress ? { onProgress: () => {} } : {}) }));
      expect((error as GatewayError).kind).to.equal('timeout');
    });
  }

  it('an abort before the request leaves the line sends nothing', async () => {
    const { client, session } = await endpoint();
    const controller = new AbortController();
    controller.abort();
    await failure(send(client, 'PUT', bestandsdeel, blob(1), { signal: controller.signal, onProgress: () => {} }));
    expect((await logOf(session)).requests).to.deep.equal([]);
  });
});

describe('credentials of an upload (CONTRACT 2 `credentials`, CONTRACT 8)', () => {
  before(() => {
    document.cookie = 'mz-write-test=1; path=/';
  });
  after(() => {
    document.cookie = 'mz-write-test=; path=/; max-age=0';
  });
  // The log of both servers is read on the test origin.
  const cookieOf = async (session: string) => (await logOf(session)).requests[0]?.headers.cookie ?? null;

  it('same-origin: the cookie goes along (XMLHttpRequest)', async () => {
    const { client, session } = await endpoint({}, { credentials: 'same-origin' });
    await send(client, 'PUT', bestandsdeel, blob(0.1), { signal: signal(), onProgress: () => {} });
    expect(await cookieOf(session)).to.contain('mz-write-test=1');
  });

  it('omit on the page’s own origin: no cookie (XMLHttpRequest cannot leave it out, so fetch goes, progress at the end)', async () => {
    const { client, session } = await endpoint({}, { credentials: 'omit' });
    const steps: number[] = [];
    const body = blob(0.1);
    await send(client, 'PUT', bestandsdeel, body, { signal: signal(), onProgress: (sent) => steps.push(sent) });
    expect(await cookieOf(session)).to.equal(null);
    expect(steps).to.deep.equal([body.size]);
  });

  it('a gateway on another origin: the cookie only with credentials="include"', async () => {
    for (const [credentials, cookie] of [['same-origin', false], ['include', true], ['omit', false]] as const) {
      const { client, session } = await endpoint({}, { credentials, origin: foreignOrigin });
      await send(client, 'PUT', bestandsdeel, blob(0.1), { signal: signal(), onProgress: () => {} });
      const sent = await cookieOf(session);
      expect(sent?.includes('mz-write-test=1') ?? false, credentials).to.equal(cookie);
    }
  });
});

describe('a write is never redirected (CONTRACT 5 and 8)', () => {
  for (const progress of [false, true]) {
    const how = progress ? 'XMLHttpRequest' : 'fetch';
    for (const status of [302, 303, 307, 308]) {
      for (const to of ['login', 'gateway'] as const) {
        it(`a ${status} to ${to === 'login' ? 'the login page' : 'a JSON answer on the gateway'} is refused as "log in" (${how})`, async () => {
          const { client } = await endpoint({ redirect: status, to });
          const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'a' }, { signal: signal(), ...(progress ? { onProgress: () => {} } : {}) }));
          expect(error).to.be.instanceOf(GatewayError);
          expect((error as GatewayError).kind).to.equal('unauthorized');
        });
      }
    }
  }

  it('fetch: a redirect to another origin is not followed at all', async () => {
    const { client, session } = await endpoint({ redirect: 307, to: 'foreign', 'foreign-cors': 1 });
    const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'a' }, { signal: signal() }));
    expect((error as GatewayError).kind).to.equal('unauthorized');
    await sleep(100);
    expect((await logOf(session)).foreign).to.deep.equal([]);
  });

  // XMLHttpRequest follows a redirect before any event: what reaches the other origin is the browser's
  // doing. The write is still refused, and what arrives there is pinned here (README "Writes").
  for (const cors of [false, true]) {
    it(`XMLHttpRequest: a 307 to another origin ${cors ? 'that approves CORS' : 'without CORS'} is refused; no token and no cookie reach it${cors ? '' : ', only a preflight'}`, async () => {
      const { client, session } = await endpoint({ redirect: 307, to: 'foreign', ...(cors ? { 'foreign-cors': 1 } : {}) });
      const error = await failure(send(client, 'POST', klantcontacten, { inhoud: 'geheim' }, { signal: signal(), onProgress: () => {} }));
      expect(error).to.be.instanceOf(GatewayError);
      // Without CORS there the browser reports a failure like a lost connection; one bare GET, not followed, tells it was a redirect.
      expect((error as GatewayError).kind).to.equal('unauthorized');
      const { foreign } = await logOf(session);
      expect(foreign.length).to.be.greaterThan(0);
      for (const hit of foreign) {
        expect(hit.headers.authorization, 'Authorization on another origin').to.equal(undefined);
        expect(hit.headers.cookie, 'a cookie on another origin').to.equal(undefined);
      }
      // The known limit: an origin that approves the preflight gets the followed POST, with its body and
      // the portal's `headers` (not the token). Pinned, so a browser change shows here.
      expect(foreign.map((hit) => hit.method)).to.deep.equal(cors ? ['OPTIONS', 'POST'] : ['OPTIONS']);
    });
  }

  it('XMLHttpRequest: a connection that breaks off is `network`, not "log in"', async () => {
    const { client } = await endpoint({ drop: 1 });
    const error = await failure(send(client, 'PUT', bestandsdeel, blob(0.1), { signal: signal(), onProgress: () => {} }));
    expect((error as GatewayError).kind).to.equal('network');
  });
});
