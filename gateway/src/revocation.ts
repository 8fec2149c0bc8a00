// Logout revocation. Without REDIS_URL a revoked session id is remembered by this instance only
// (the cookie is cleared in the browser; a copy of it dies at its idle timeout). With REDIS_URL every
// instance sees the revocation: `SET mz:revoked:{sid} 1 EX {ttl}` / `EXISTS`, over a minimal RESP
// client (two commands do not justify a Redis library and its dependency tree).
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Logger } from 'pino';

class Resp {
  #socket: Socket | undefined;
  #buffer = '';
  #waiting: Array<{ resolve: (v: string | number | null) => void; reject: (e: Error) => void }> = [];

  constructor(readonly url: URL) {}

  #connect(): Socket {
    if (this.#socket && !this.#socket.destroyed) return this.#socket;
    const port = Number(this.url.port || 6379);
    const host = this.url.hostname;
    const socket = this.url.protocol === 'rediss:' ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
    socket.setEncoding('utf8');
    socket.setTimeout(5000, () => socket.destroy(new Error('redis timeout')));
    socket.on('data', (chunk: string) => {
      this.#buffer += chunk;
      this.#drain();
    });
    const fail = (error: Error): void => {
      for (const w of this.#waiting.splice(0)) w.reject(error);
      this.#buffer = '';
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('redis connection closed')));
    this.#socket = socket;
    const password = decodeURIComponent(this.url.password);
    const user = decodeURIComponent(this.url.username);
    if (password) void this.command(user ? ['AUTH', user, password] : ['AUTH', password]).catch(() => undefined);
    const db = this.url.pathname.slice(1);
    if (/^\d+$/.test(db)) void this.command(['SELECT', db]).catch(() => undefined);
    return socket;
  }

  #drain(): void {
    for (;;) {
      const end = this.#buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = this.#buffer.slice(0, end);
      const kind = line[0];
      let value: string | number | null;
      let consumed = end + 2;
      if (kind === '+') value = line.slice(1);
      else if (kind === ':') value = Number(line.slice(1));
      else if (kind === '-') value = null;
      else if (kind === '$') {
        const len = Number(line.slice(1));
        if (len < 0) value = null;
        else {
          if (this.#buffer.length < consumed + len + 2) return;
          value = this.#buffer.slice(consumed, consumed + len);
          consumed += len + 2;
        }
      } else value = null;
      this.#buffer = this.#buffer.slice(consumed);
      const w = this.#waiting.shift();
      if (!w) continue;
      if (kind === '-') w.reject(new Error(`redis: ${line.slice(1, 80)}`));
      else w.resolve(value);
    }
  }

  command(args: string[]): Promise<string | number | null> {
    const socket = this.#connect();
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
    });
  }

  close(): void {
    this.#socket?.end();
  }
}

export class Revocations {
  readonly #local = new Map<string, number>();
  readonly #redis: Resp | undefined;

  constructor(redisUrl: URL | undefined, readonly logger: Logger) {
    this.#redis = redisUrl ? new Resp(redisUrl) : undefined;
  }

  async revoke(sid: string, ttlSeconds: number): Promise<void> {
    this.#local.set(sid, Date.now() + ttlSeconds * 1000);
    if (this.#local.size > 100_000) {
      const t = Date.now();
      for (const [k, until] of this.#local) if (until < t) this.#local.delete(k);
    }
    if (this.#redis) {
      try {
        await this.#redis.command(['SET', `mz:revoked:${sid}`, '1', 'EX', String(Math.ceil(ttlSeconds))]);
      } catch (error) {
        this.logger.error({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'redis: revocation not shared');
      }
    }
  }

  /** Fails closed: when Redis cannot answer, the session counts as revoked (the person logs in again). */
  async isRevoked(sid: string): Promise<boolean> {
    const until = this.#local.get(sid);
    if (until !== undefined) {
      if (until > Date.now()) return true;
      this.#local.delete(sid);
    }
    if (!this.#redis) return false;
    try {
      return (await this.#redis.command(['EXISTS', `mz:revoked:${sid}`])) === 1;
    } catch (error) {
      this.logger.error({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'redis unreachable: session refused');
      return true;
    }
  }

  async close(): Promise<void> {
    this.#redis?.close();
  }
}
