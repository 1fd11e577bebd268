import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontHandler } from '@/server/front';
import { PageCache } from '@/server/page-cache';

// The front server's due time (a banner's end, a scheduled story) seen from outside: pages kept
// until then go at that moment, and a shared cache is told to keep them no longer than that.
let dueAt: number | null = null;
let version = 0;

async function fakeNext(_req: IncomingMessage, res: ServerResponse) {
  version += 1;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<html><body><p>render ${version}</p></body></html>`);
}

let server: http.Server;
let base: string;
let purge: () => number;

beforeAll(async () => {
  const handle = createFrontHandler(fakeNext, {
    dev: false,
    siteUrl: 'http://portal.test',
    trustProxyHops: 0,
    cache: new PageCache(1024 * 1024),
    searchCache: null,
    policy: { sharedMaxAge: 30, staleWhileRevalidate: 60, staleIfError: 86400 },
    pageTtlSeconds: 60,
    limits: { admin: 200_000, public: 4096 },
    nextDueAt: () => dueAt,
  });
  purge = () => handle.purge();
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { body: await res.text(), cacheControl: res.headers.get('cache-control') ?? '', xCache: res.headers.get('x-cache') };
};

describe('the next due time', () => {
  it('caps s-maxage at the time left until it and purges kept pages when it comes', async () => {
    const far = await get('/kk/far');
    expect(far.cacheControl).toContain('s-maxage=30,');

    // A banner set to end in 3 s: the purge after setting it learns the time.
    dueAt = Date.now() + 3_000;
    purge();
    const first = await get('/kk');
    expect(first.cacheControl).toMatch(/s-maxage=[1-3],/);
    expect((await get('/kk')).xCache).toBe('HIT');
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    dueAt = null; // what nextDueAt answers once the banner is gone
    const after = await get('/kk');
    expect(after.xCache).toBe('MISS');
    expect(after.body).not.toBe(first.body);
    expect(after.cacheControl).toContain('s-maxage=30,');
  });
});
