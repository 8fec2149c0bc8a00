export { buildGateway, contentDisposition, parseRoute, safeReturnTo, ZAKEN_EXPAND, type GatewayOptions } from './app.js';
export { ConfigError, loadConfig, type Config } from './config.js';
export { validBsn } from './oidc.js';
export { SessionCodec, SESSION_COOKIE, LOGIN_COOKIE, type Session } from './session.js';
export { ZgwToken } from './upstream.js';
