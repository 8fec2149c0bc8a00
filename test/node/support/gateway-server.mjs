// The mock gateway on an ephemeral loopback port, for node tests that talk to it over real HTTP.
import { after, before } from 'node:test';
import http from 'node:http';
import { createGatewayMiddleware } from '../../../demo/gateway/index.mjs';

/**
 * Starts the gateway before the file's tests and stops it after them. `passOn` answers what the
 * gateway passes to `next()`. The returned object's `origin` is set once the server listens.
 */
export function useGatewayServer({ mountPath = '/api/zgw', passOn = (res) => res.writeHead(404).end(), logLimits = undefined } = {}) {
  const served = {
    origin: '',
    /** `{origin}{mount}[/{scenario}]{path}` */
    url: (scenario, path) => `${served.origin}${mountPath}${scenario ? `/${scenario}` : ''}${path}`,
  };
  let server;
  before(async () => {
    const middleware = createGatewayMiddleware({ mountPath, logLimits });
    server = http.createServer((req, res) => middleware(req, res, () => passOn(res)));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    served.origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return served;
}
