import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Lets the front server see an answer from Next before it leaves: headers are decided when Next
 * first writes, and an answer chosen for buffering (an HTML page needs its own CSP; a cacheable
 * one is stored) is collected whole and handed to `complete`, which sends it. Anything else
 * streams through untouched after `passing` has added its headers.
 */
export type Captured = { status: number; headers: Record<string, string>; body: Buffer };

type Hooks = {
  wantsBuffer(status: number, headers: Record<string, string>): boolean;
  passing(): void;
  complete(captured: Captured): void;
};

function plainHeaders(headers: OutgoingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(name.toLowerCase() === 'set-cookie' ? '\n' : ', ') : String(value);
  }
  return out;
}

function applyHeaderArgument(res: ServerResponse, headers: unknown): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    // Either [[name, value], …] or the flat raw form [name, value, name, value].
    if (Array.isArray(headers[0])) for (const [name, value] of headers as [string, string][]) res.setHeader(name, value);
    else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), String(headers[i + 1]));
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
}

const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk as Uint8Array);

export function captureResponse(res: ServerResponse, hooks: Hooks): void {
  const patched = res as unknown as Record<string, unknown>;
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  let mode: 'undecided' | 'pass' | 'buffer' = 'undecided';
  const chunks: Buffer[] = [];
  const restore = () => {
    for (const name of ['write', 'end', 'writeHead', 'flushHeaders']) delete patched[name];
  };
  const decide = () => {
    if (mode !== 'undecided') return;
    if (hooks.wantsBuffer(res.statusCode, plainHeaders(res.getHeaders()))) {
      mode = 'buffer';
      return;
    }
    mode = 'pass';
    restore();
    hooks.passing();
  };

  patched.writeHead = function writeHead(status: number, reason?: unknown, headers?: unknown) {
    if (typeof reason !== 'string') headers = reason;
    else res.statusMessage = reason;
    res.statusCode = status;
    applyHeaderArgument(res, headers);
    decide();
    return mode === 'pass' ? original.writeHead.call(res, res.statusCode) : res;
  };
  patched.flushHeaders = function flushHeaders() {
    decide();
    if (mode === 'pass') original.flushHeaders.call(res);
  };
  patched.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (mode === 'pass') return (original.write as (...args: unknown[]) => boolean).call(res, chunk, encoding, callback);
    chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  };
  patched.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (mode === 'pass') return (original.end as (...args: unknown[]) => ServerResponse).call(res, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(toBuffer(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    restore();
    hooks.complete({ status: res.statusCode, headers: plainHeaders(res.getHeaders()), body: Buffer.concat(chunks) });
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function');
    if (done) res.once('finish', done as () => void);
    return res;
  };
}
