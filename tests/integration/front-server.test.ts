import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerWithStatus, requestClientIp } from '@/lib/http/request-context';
import { purgePageCache, registerPageCache } from '@/lib/http/page-cache-bridge';
import { createFrontHandler } from '@/server/front';
import { PageCache } from '@/server/page-cache';

// The front server over real HTTP, with a small stand-in for Next's handler that counts renders
// and echoes what it was given; Next itself is exercised by the browser tests.
let renders = 0;
let version = 1;
let dueAt: number | null = null;
let received: { body: string; ip: string } | null = null;

async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const url = new URL(req.url!, 'http://x');
  if (req.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received = { body: Buffer.concat(chunks).toString('utf8'), ip: requestClientIp() };
    if (url.pathname === '/kk/refuse') answerWithStatus(429);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<html><body>posted</body></html>');
    return;
  }
  if (url.pathname.startsWith('/uploads/') || url.pathname.startsWith('/api/')) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
    return;
  }
  if (url.pathname === '/kk/slow') await new Promise((resolve) => setTimeout(resolve, 100));
  if (url.pathname === '/kk/cookie') res.setHeader('set-cookie', 'a=1');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'private, no-cache, no-store');
  // Written in pieces with an early flush, as Next streams.
  res.writeHead(200);
  res.flushHeaders();
  res.write(`<html><head><script>self.__v=${version}</script></head><body>`);
  res.end(`${'<p>Қазақстан жаңалықтары</p>'.repeat(100)}</body></html>`);
}

let server: http.Server;
let base: string;

beforeAll(async () => {
  const handle = createFrontHandler(fakeNext, {
    dev: false,
    siteUrl: 'http://portal.test',
    trustProxyHops: 0,
    cache: new PageCache(16 * 1024 * 1024),
    searchCache: new PageCache(64 * 1024),
    policy: { sharedMaxAge: 30, staleWhileRevalidate: 60, staleIfError: 86400 },
    pageTtlSeconds: 60,
    limits: { admin: 200_000, public: 4096 },
    nextDueAt: () => dueAt,
  });
  registerPageCache({ purge: handle.purge });
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the page cache in front of Next', () => {
  it('renders a page once, then answers from memory with the same bytes, ETag and CSP', async () => {
    const before = renders;
    const first = await send('/kk/article/1-a');
    const second = await send('/kk/article/1-a?utm_source=telegram');
    expect(renders - before).toBe(1);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400');
    expect(second.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(second.headers['set-cookie']).toBeUndefined();
    const notModified = await send('/kk/article/1-a', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
  });

  it('sends brotli or gzip when the client takes it', async () => {
    const plain = await send('/kk/article/2-b');
    const br = await send('/kk/article/2-b', { headers: { 'accept-encoding': 'gzip, br' } });
    const gz = await send('/kk/article/2-b', { headers: { 'accept-encoding': 'gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
  });

  it('shows an editor’s change on the very next request after a purge', async () => {
    await send('/kk');
    version += 1;
    expect((await send('/kk')).body.toString()).toContain(`self.__v=${version - 1}`);
    expect(purgePageCache()).toBeGreaterThan(0);
    const fresh = await send('/kk');
    expect(fresh.headers['x-cache']).toBe('MISS');
    expect(fresh.body.toString()).toContain(`self.__v=${version}`);
  });

  it('drops pages when a scheduled article comes due, with no request from an editor', async () => {
    await send('/ru');
    expect((await send('/ru')).headers['x-cache']).toBe('HIT');
    dueAt = Date.now() + 50;
    purgePageCache(['page:/nothing']); // a change elsewhere makes the server learn the new due time
    await send('/ru');
    await new Promise((resolve) => setTimeout(resolve, 80));
    dueAt = null;
    expect((await send('/ru')).headers['x-cache']).toBe('MISS');
  });

  it('renders once for many readers arriving together', async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 20 }, () => send('/kk/slow')));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(renders - before).toBe(1);
  });

  it('never keeps an answer that sets a cookie, nor one for a signed-in editor', async () => {
    const before = renders;
    await send('/kk/cookie');
    await send('/kk/cookie');
    await send('/kk/article/1-a', { headers: { cookie: 'qamshy_session=abc' } });
    expect(renders - before).toBe(3);
  });
});

describe('requests refused before Next', () => {
  it('refuses a body over the public limit from its length, with a localized page', async () => {
    const before = renders;
    const answer = await send('/ru/article/1-a', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: 'x='.padEnd(10_000, 'a'),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.toString()).toContain('Слишком большой объём');
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(renders).toBe(before);
  });

  it('refuses a malformed multipart body as the client’s fault', async () => {
    const truncated = '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello';
    const answer = await send('/kk/article/1-a', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ', origin: base },
      body: truncated,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).toContain('Сұрау дұрыс емес');
  });

  it('passes a well-formed form on, with the address of the socket, not of a header', async () => {
    const form = '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nСәлем\r\n--XYZ--\r\n';
    const answer = await send('/kk/article/1-a', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ', origin: base, 'x-forwarded-for': '203.0.113.5' },
      body: form,
      localAddress: '127.0.0.42',
    });
    expect(answer.status).toBe(200);
    expect(received?.body).toBe(form);
    expect(received?.ip).toBe('127.0.0.42');
    expect(answer.headers['cache-control']).toBe('private, no-store');
  });

  it('answers with the status the app asked for (a refused comment posted without JavaScript)', async () => {
    const answer = await send('/kk/refuse', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base }, body: 'a=1' });
    expect(answer.status).toBe(429);
  });

  it('refuses a mutation from a foreign origin with 403, not 500', async () => {
    const before = renders;
    const answer = await send('/admin/articles', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: '[]' });
    expect(answer.status).toBe(403);
    expect(renders).toBe(before);
  });

  it('answers 400 for broken percent-encoding and for the image optimizer', async () => {
    expect((await send('/uploads/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd')).status).toBe(400);
    expect((await send('/_next/image?url=/uploads/../../../etc/passwd&w=64&q=75')).status).toBe(400);
  });

  it('puts the security headers on every answer, also the refusals', async () => {
    for (const answer of [await send('/kk'), await send('/_next/image?url=x')]) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-request-id']).toBeTruthy();
    }
  });
});

// Raw bytes, so the request target is exactly what is written (a URL client would normalize it).
function rawStatusLine(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(base).port), '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(data.split('\r\n')[0]));
    socket.on('error', reject);
  });
}

describe('what Next must never see', () => {
  it('refuses request targets that are not a path, and methods the portal does not answer', async () => {
    for (const target of ['*', 'http://evil.example/kk', '//evil.example/kk']) {
      const statusLine = await rawStatusLine(`GET ${target} HTTP/1.1\r\nHost: portal.test\r\nConnection: close\r\n\r\n`);
      expect(statusLine, target).toBe('HTTP/1.1 400 Bad Request');
    }
    const trace = await send('/kk', { method: 'TRACE' });
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(trace.body.toString()).toContain('Бұл әдіс қолданылмайды');
  });

  it('treats an opaque origin ("null") as foreign', async () => {
    const before = renders;
    const answer = await send('/admin/articles', { method: 'POST', headers: { origin: 'null', 'content-type': 'text/plain' }, body: '[]' });
    expect(answer.status).toBe(403);
    expect(renders).toBe(before);
  });

  it('turns a plain-text refusal into the localized page, except for the API', async () => {
    const upload = await send('/uploads/a%5cb.jpg');
    expect(upload.status).toBe(400);
    expect(upload.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(upload.body.toString()).toContain('Сұрау дұрыс емес');
    const api = await send('/api/views/x');
    expect(api.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('lets a client still sending a refused body read the 413 instead of a reset', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${base}/kk/article/1-a`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base }, agent: false },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      // Chunked, no length: the limit is met while the body is still arriving.
      const chunk = Buffer.alloc(16 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 40) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(answer).toBe(413);
  });
});

describe('search pages', () => {
  it('are kept apart, so a flood of made-up queries cannot push reader pages out', async () => {
    await send('/kk/article/9-kept');
    for (let i = 0; i < 40; i += 1) await send(`/kk/search?q=junk${i}`); // far more than the 64 KB search budget
    expect((await send('/kk/article/9-kept')).headers['x-cache']).toBe('HIT');
    const before = renders;
    await send('/kk/search?q=%D0%BF%D0%B0%D1%80%D1%82%D0%B8%D1%8F&utm_source=x');
    const again = await send('/kk/search?q=%D0%BF%D0%B0%D1%80%D1%82%D0%B8%D1%8F');
    expect(renders - before).toBe(1);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.headers['cache-control']).toContain('s-maxage=30');
  });
});
