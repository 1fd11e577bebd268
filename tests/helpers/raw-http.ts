import net from 'node:net';

/**
 * HTTP/1.1 over a raw socket, for the security tests: the request line goes out byte for byte
 * (no URL normalization, no header validation), from a chosen loopback address (the server sees
 * each 127.0.0.N as a different client), bounded in time. One request per connection.
 */
export type RawResponse = {
  status: number;
  headers: Record<string, string>;
  /** Every Set-Cookie line (the other headers keep their last value). */
  setCookies: string[];
  body: Buffer;
  text: string;
  /** Body bytes written before the answer's head arrived (for "refused without reading it all"). */
  bytesSentBeforeAnswer: number;
  ms: number;
  /**
   * Streaming only: the connection was reset while the body was still going out and no answer had
   * been read (a server that stops reading and closes early; its answer may be lost to the reset).
   */
  reset?: boolean;
};

export type RawRequest = {
  method?: string;
  /** Sent as is in the request line. */
  path: string;
  headers?: Record<string, string | number>;
  /** Extra header lines, sent verbatim (junk headers). */
  rawHeaderLines?: string[];
  body?: Buffer | string;
  /** Stream a body of this many bytes (prefix + filler) instead of `body`, 64 KB at a time, until the answer comes. */
  streamBytes?: number;
  /** With streamBytes: a prefix sent first (e.g. the start of a multipart body). */
  streamPrefix?: Buffer | string;
  /** With streamBytes: frame the stream as Transfer-Encoding: chunked (no declared length). */
  chunked?: boolean;
  /**
   * With streamBytes: wait this long after the head for an early answer (a server that refuses by
   * Content-Length alone) before sending the body, as a client sending `Expect: 100-continue` would.
   */
  waitBeforeBodyMs?: number;
  localAddress?: string;
  timeoutMs?: number;
};

export const PORT = () => Number(process.env.E2E_PORT);
export const ORIGIN = () => `http://127.0.0.1:${PORT()}`;

/** 127.0.0.N for a test's own clients; 127.0.0.1 is left to the other specs. */
export const loopback = (n: number) => {
  if (n < 2 || n > 254) throw new Error(`loopback host ${n} out of range`);
  return `127.0.0.${n}`;
};

export function rawRequest(request: RawRequest): Promise<RawResponse> {
  const started = Date.now();
  const timeoutMs = request.timeoutMs ?? 30_000;
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  const headers: Record<string, string | number> = { host: `127.0.0.1:${PORT()}`, connection: 'close', ...request.headers };
  if (body && headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) headers['content-length'] = body.length;
  const head =
    `${request.method ?? 'GET'} ${request.path} HTTP/1.1\r\n` +
    Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('') +
    (request.rawHeaderLines ?? []).map((line) => `${line}\r\n`).join('') +
    '\r\n';

  return new Promise<RawResponse>((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port: PORT(), localAddress: request.localAddress });
    const chunks: Buffer[] = [];
    let sent = 0;
    let sentAtAnswer = -1;
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`no complete answer to ${request.method ?? 'GET'} ${request.path.slice(0, 80)} within ${timeoutMs} ms`)),
      timeoutMs,
    );

    function finish(error?: Error) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const all = Buffer.concat(chunks);
      const parsed = all.length ? parseResponse(all) : null;
      // A server may close a refused upload while we still write: the answer it sent counts.
      if (parsed && (!error || parsed.complete)) {
        resolve({ ...parsed.response, bytesSentBeforeAnswer: sentAtAnswer < 0 ? sent : sentAtAnswer, ms: Date.now() - started });
      } else if (error && request.streamBytes && sent > 0) {
        resolve({
          status: 0,
          headers: {},
          setCookies: [],
          body: Buffer.alloc(0),
          text: `${error.message} after ${sent} body bytes, before any answer`,
          bytesSentBeforeAnswer: sent,
          ms: Date.now() - started,
          reset: true,
        });
      } else reject(error ?? new Error(`connection closed without an answer to ${request.path.slice(0, 80)}`));
    }

    socket.on('data', (chunk: Buffer) => {
      if (sentAtAnswer < 0) sentAtAnswer = sent;
      chunks.push(chunk);
      const parsed = parseResponse(Buffer.concat(chunks));
      if (parsed?.complete) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (error) => finish(error));

    socket.on('connect', async () => {
      socket.write(head);
      if (body) {
        socket.write(body);
        sent += body.length;
      }
      if (request.streamBytes) {
        if (request.waitBeforeBodyMs) {
          const deadline = Date.now() + request.waitBeforeBodyMs;
          while (!done && sentAtAnswer < 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        const frame = (data: Buffer) => (request.chunked ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]) : data);
        if (request.streamPrefix) {
          const prefix = Buffer.isBuffer(request.streamPrefix) ? request.streamPrefix : Buffer.from(request.streamPrefix);
          socket.write(frame(prefix));
          sent += prefix.length;
        }
        const filler = Buffer.alloc(64 * 1024, 0x61);
        while (!done && sentAtAnswer < 0 && sent < request.streamBytes && !socket.destroyed) {
          const piece = filler.subarray(0, Math.min(filler.length, request.streamBytes - sent));
          const flushed = socket.write(frame(piece));
          sent += piece.length;
          // Let the event loop read between writes: a server that answers early and closes must
          // have its answer read before a further write meets the reset (EPIPE) and drops it.
          await new Promise((resolve) => setImmediate(resolve));
          if (!flushed)
            await new Promise<void>((ok) => {
              const go = () => {
                for (const event of ['drain', 'close', 'data']) socket.off(event, go);
                ok();
              };
              for (const event of ['drain', 'close', 'data']) socket.on(event, go);
            });
        }
        if (request.chunked && !done && sentAtAnswer < 0 && !socket.destroyed) socket.write('0\r\n\r\n');
      }
    });
  });
}

function parseResponse(all: Buffer): { complete: boolean; response: Omit<RawResponse, 'bytesSentBeforeAnswer' | 'ms'> } | null {
  const end = all.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const lines = all.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0])?.[1] ?? 0);
  const headers: Record<string, string> = {};
  const setCookies: string[] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
    if (name === 'set-cookie') setCookies.push(value);
    headers[name] = value;
  }
  let rest = all.subarray(end + 4);
  let complete = false;
  if (headers['transfer-encoding']?.includes('chunked')) {
    const out: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', at);
      if (lineEnd < 0) break;
      const size = parseInt(rest.subarray(at, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) break;
      if (size === 0) {
        complete = true;
        break;
      }
      if (rest.length < lineEnd + 2 + size + 2) break;
      out.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    rest = Buffer.concat(out);
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    complete = rest.length >= length;
    rest = rest.subarray(0, length);
  } else if (status === 304 || status === 204 || (status >= 100 && status < 200)) complete = true;
  return { complete, response: { status, headers, setCookies, body: rest, text: rest.toString('utf8') } };
}

/** Cookie name=value pairs from Set-Cookie lines (later lines win). */
export function cookiesFrom(setCookies: string[]): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of setCookies) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

export const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
