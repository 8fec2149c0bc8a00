// In the CDN build the write path (write.ts) sits in dist/mijn-zaken-acts.js and the client in
// dist/mijn-zaken.js: the client's errors are the other copy's GatewayError class. A `400` from
// there must still become a RejectedError with its invalidParams (CONTRACT 8), and other kinds pass on.
import { expect } from '@open-wc/testing';
import { GatewayClient } from '../../../src/gateway/client.js';
import { GatewayError } from '../../../src/gateway/errors.js';
import { RejectedError, send } from '../../../src/gateway/write.js';

/** What the main bundle's GatewayError looks like from the acts module: same shape, another class. */
class OtherCopyGatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(
    readonly kind: string,
    readonly status: number,
    override readonly cause?: unknown,
  ) {
    super(kind);
  }
}

class OtherCopyClient extends GatewayClient {
  constructor(private readonly thrown: unknown) {
    super({ gateway: `${location.origin}/api/zgw`, credentials: 'same-origin' });
  }
  override fetchBody<T>(): Promise<T> {
    return Promise.reject(this.thrown);
  }
}

const problem = () =>
  new Response(JSON.stringify({ status: 400, invalidParams: [{ name: 'formaat', code: 'invalid-type', reason: 'Niet toegestaan.' }] }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('write.ts with errors of the other bundle', () => {
  it('8.4 a 400 of the other copy becomes a RejectedError with the invalidParams', async () => {
    const foreign = new OtherCopyGatewayError('invalid-response', 400, problem());
    expect(foreign instanceof GatewayError).to.equal(false);
    const error = await send(new OtherCopyClient(foreign), 'POST', `${location.origin}/api/zgw/documenten/api/v1/enkelvoudiginformatieobjecten`, { titel: 'x' }, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error instanceof RejectedError, 'a RejectedError').to.equal(true);
    expect((error as RejectedError).kind).to.equal('rejected');
    expect((error as RejectedError).invalidParams).to.deep.equal([{ name: 'formaat', code: 'invalid-type', reason: 'Niet toegestaan.' }]);
  });

  it('8.4 other kinds of the other copy pass on as they are; a plain error too', async () => {
    const unavailable = new OtherCopyGatewayError('unavailable', 503);
    const url = `${location.origin}/api/zgw/zaken/api/v1/zaakinformatieobjecten`;
    expect(await send(new OtherCopyClient(unavailable), 'POST', url, {}, { signal: new AbortController().signal }).catch((e: unknown) => e)).to.equal(unavailable);
    const plain = new TypeError('boom');
    expect(await send(new OtherCopyClient(plain), 'POST', url, {}, { signal: new AbortController().signal }).catch((e: unknown) => e)).to.equal(plain);
  });
});
