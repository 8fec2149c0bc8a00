// @ts-check
// Request bodies: JSON read with a size limit, and multipart/form-data parsed as a stream, so a
// large bestandsdeel is counted and hashed chunk by chunk instead of being held whole.

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('./types.mjs').Json} Json */

/** A JSON body larger than this is a 413 (20 MiB in base64, plus the other fields). */
export const JSON_LIMIT = 32 * 1024 * 1024;

export class BodyError extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * @param {Req} req @param {number} [limit]
 * @returns {Promise<{ json: Json, bytes: number } | { json?: undefined, bytes: number }>} no `json` for an empty body
 */
export async function readJson(req, limit = JSON_LIMIT) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, 'too_large', `De inhoud is groter dan ${limit} bytes.`);
    chunks.push(chunk);
  }
  if (size === 0) return { bytes: 0 };
  try {
    return { json: JSON.parse(Buffer.concat(chunks).toString('utf8')), bytes: size };
  } catch (error) {
    throw new BodyError(400, 'parse_error', `JSON parse error - ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * Streams a multipart/form-data body: `onField(name, text)` for small text fields (at most
 * 64 KiB), `onFile(name, chunk)` for each piece of a file field (a field with a filename, or
 * `fileField`). Only one network chunk plus one delimiter length is ever held.
 * @param {Req} req @param {string} contentType
 * @param {{ fileFields: string[], onField: (name: string, value: string) => void, onFile: (name: string, chunk: Buffer) => void }} handlers
 */
export async function readMultipart(req, contentType, { fileFields, onField, onFile }) {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new BodyError(400, 'parse_error', 'Multipart form parse error - Invalid boundary in multipart: None');
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter has no CRLF before it: start as if one came.
  let buffer = Buffer.from('\r\n');
  /** @type {'preamble' | 'headers' | 'body' | 'done'} */
  let state = 'preamble';
  /** @type {{ name: string, file: boolean, text: Buffer[], size: number } | undefined} */
  let part;

  /** @param {Buffer} bytes */
  const emit = (bytes) => {
    if (!part || bytes.length === 0) return;
    if (part.file) onFile(part.name, bytes);
    else {
      part.size += bytes.length;
      if (part.size > 65536) throw new BodyError(400, 'parse_error', `Multipart form parse error - field ${part.name} too long`);
      part.text.push(bytes);
    }
  };
  const finishPart = () => {
    if (part && !part.file) onField(part.name, Buffer.concat(part.text).toString('utf8'));
    part = undefined;
  };

  const advance = () => {
    for (;;) {
      if (state === 'preamble' || state === 'body') {
        const at = buffer.indexOf(delimiter);
        if (at < 0) {
          // Keep a tail that may hold the start of a delimiter.
          const keep = Math.min(buffer.length, delimiter.length + 1);
          if (state === 'body') emit(buffer.subarray(0, buffer.length - keep));
          buffer = buffer.subarray(buffer.length - keep);
          return;
        }
        if (state === 'body') emit(buffer.subarray(0, at));
        finishPart();
        const after = buffer.subarray(at + delimiter.length);
        if (after.length < 2) {
          buffer = buffer.subarray(at);
          return;
        }
        if (after[0] === 0x2d && after[1] === 0x2d) {
          state = 'done';
          buffer = Buffer.alloc(0);
          return;
        }
        buffer = after.subarray(after[0] === 0x0d && after[1] === 0x0a ? 2 : 0);
        state = 'headers';
      } else if (state === 'headers') {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) {
          if (buffer.length > 16384) throw new BodyError(400, 'parse_error', 'Multipart form parse error - headers too long');
          return;
        }
        const headers = buffer.subarray(0, end).toString('utf8');
        buffer = buffer.subarray(end + 4);
        const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
        const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
        const file = /\bfilename="/i.test(disposition) || fileFields.includes(name);
        part = { name, file, text: [], size: 0 };
        state = 'body';
      } else {
        buffer = Buffer.alloc(0);
        return;
      }
    }
  };

  for await (const chunk of req) {
    if (/** @type {string} */ (state) === 'done') continue; // the epilogue is ignored
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    advance();
  }
  if (/** @type {string} */ (state) !== 'done') throw new BodyError(400, 'parse_error', 'Multipart form parse error - the body ended before its last boundary');
}
