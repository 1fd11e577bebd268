import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, isStorable, publicCacheControl } from '@/server/cache-policy';
import { clientAddress } from '@/server/client-address';
import { pickEncoding } from '@/server/front';
import { makeEntry, PageCache } from '@/server/page-cache';
import { baseSecurityHeaders, htmlCsp, inlineScripts } from '@/server/security-headers';

const request = (headers: Record<string, string> = {}, method = 'GET', remoteAddress = '127.0.0.1') =>
  ({ method, headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const key = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  cacheKeyOf(request(headers, method), new URL(path, 'http://x'))?.key ?? null;

describe('which requests the page cache answers', () => {
  it('keys reader pages, feeds and sitemaps, keeping only ?page', () => {
    expect(key('/kk/article/1-x?utm_source=tg')).toBe('page:/kk/article/1-x');
    expect(key('/ru/category/politics?page=2&fbclid=1')).toBe('page:/ru/category/politics?page=2');
    expect(key('/kk-latn')).toBe('page:/kk-latn');
    expect(key('/sitemap.xml')).toBe('page:/sitemap.xml');
    expect(key('/sitemaps/articles/2020-05.xml')).toBe('page:/sitemaps/articles/2020-05.xml');
    expect(key('/_next/static/chunks/a.js')).toBe('static:/_next/static/chunks/a.js');
  });
  it('passes editors, the router, actions, other methods, the admin and the API to Next', () => {
    expect(key('/kk', { cookie: 'a=1; qamshy_session=abc' })).toBeNull();
    expect(key('/kk', { rsc: '1' })).toBeNull();
    expect(key('/kk?_rsc=abc')).toBeNull();
    expect(key('/kk', { 'next-action': 'abc' })).toBeNull();
    expect(key('/kk', {}, 'POST')).toBeNull();
    expect(key('/admin/articles')).toBeNull();
    expect(key('/api/health')).toBeNull();
    expect(key('/uploads/2017/07/a.jpg')).toBeNull();
    expect(key('/')).toBeNull(); // negotiated per reader
  });
  it('keys search pages by query and page only, apart from reader pages', () => {
    expect(cacheKeyOf(request(), new URL('/kk/search?q=x&page=2&utm_source=a', 'http://x'))).toEqual({ key: 'search:/kk/search?q=x&page=2', kind: 'search' });
    expect(key('/kk/search?q=a&q=b')).toBeNull();
    expect(key(`/kk/search?q=${'a'.repeat(201)}`)).toBeNull();
  });
  it('stores only whole public answers', () => {
    expect(isStorable(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true);
    expect(isStorable(404, { 'content-type': 'text/html; charset=utf-8' })).toBe(false); // made-up URLs must not evict pages
    expect(isStorable(200, { 'content-type': 'text/html', 'set-cookie': 'a=1' })).toBe(false);
    expect(isStorable(500, { 'content-type': 'text/html' })).toBe(false);
    expect(isStorable(308, { 'content-type': 'text/html' })).toBe(false);
    expect(publicCacheControl({ sharedMaxAge: 30, staleWhileRevalidate: 60, staleIfError: 86400 })).toBe(
      'public, max-age=0, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400',
    );
  });
});

describe('the page cache', () => {
  const page = (bytes: number) => makeEntry(200, { 'content-type': 'text/html' }, Buffer.alloc(bytes, 'a'), 60_000, 0);

  it('evicts the least recently used entry when over its byte budget', async () => {
    const cache = new PageCache(100_000);
    const entry = await page(10_000); // compresses to little: ~10.5 KB with variants
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(name, entry, cache.currentGeneration());
    cache.get('a'); // a is now the most recent
    cache.set('j', entry, cache.currentGeneration());
    cache.set('k', entry, cache.currentGeneration());
    expect(cache.stats().bytes).toBeLessThanOrEqual(100_000);
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
  });

  it('refuses a render that started before a purge, and keeps static assets through purges', async () => {
    const cache = new PageCache(1_000_000);
    const entry = await page(2000);
    const started = cache.currentGeneration();
    cache.set('static:/_next/static/a.js', entry, started);
    cache.set('page:/kk', entry, started);
    cache.purge();
    expect(cache.set('page:/kk', entry, started)).toBe(false);
    expect(cache.get('page:/kk')).toBeUndefined();
    expect(cache.get('static:/_next/static/a.js')).toBeDefined();
  });

  it('purges by prefix: one article in every reading view, not its neighbours', async () => {
    const cache = new PageCache(1_000_000);
    const entry = await page(2000);
    for (const k of ['page:/kk/article/1-a', 'page:/kk-latn/article/1-a', 'page:/kk/article/10-b', 'page:/kk']) cache.set(k, entry, cache.currentGeneration());
    expect(cache.purge(['page:/kk/article/1-', 'page:/kk-latn/article/1-'])).toBe(2);
    expect(cache.get('page:/kk/article/10-b')).toBeDefined();
    expect(cache.get('page:/kk')).toBeDefined();
  });

  it('drops an entry past its lifetime', async () => {
    const cache = new PageCache(1_000_000);
    const entry = await makeEntry(200, { 'content-type': 'text/html' }, Buffer.from('x'.repeat(3000)), 1000, 0, 0);
    cache.set('k', entry, cache.currentGeneration());
    expect(cache.get('k', 500)).toBeDefined();
    expect(cache.get('k', 1000)).toBeUndefined();
  });

  it('keeps brotli and gzip variants that decode to the same bytes, and a strong ETag', async () => {
    const body = Buffer.from('<p>Қазақстан</p>'.repeat(200));
    const entry = await makeEntry(200, { 'content-type': 'text/html; charset=utf-8' }, body, 1000, 0);
    const zlib = await import('node:zlib');
    expect(zlib.brotliDecompressSync(entry.br!).equals(body)).toBe(true);
    expect(zlib.gunzipSync(entry.gzip!).equals(body)).toBe(true);
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
  });
});

describe('client address', () => {
  const req = (xff: string | undefined, peer = '::ffff:127.0.0.7') =>
    ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress: peer } }) as unknown as IncomingMessage;
  it('is the socket peer by default, whatever X-Forwarded-For says', () => {
    expect(clientAddress(req('1.2.3.4'), 0)).toBe('127.0.0.7');
  });
  it('takes the N-th hop from the right when N proxies are trusted', () => {
    expect(clientAddress(req('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(req('6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });
  it('keeps the peer when the header is short or not an address', () => {
    expect(clientAddress(req('203.0.113.9'), 2)).toBe('127.0.0.7');
    expect(clientAddress(req('<script>'), 1)).toBe('127.0.0.7');
  });
});

describe('content security policy', () => {
  it('allows each inline script of the page by its hash, and no other inline script', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async></script></head><body><script>self.__next_f.push([1,"a&amp;b"])</script><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>';
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"a&amp;b"])', '{"@type":"NewsArticle"}']);
    const csp = htmlCsp(html, { https: false, dev: false });
    const hash = crypto.createHash('sha256').update('self.__next_f.push([1,"a&amp;b"])').digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).not.toContain("unsafe-inline' 'sha"); // hashes never beside unsafe-inline in production
    expect(csp).toMatch(/script-src 'self' 'sha256-[^;]*;/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(htmlCsp(html, { https: true, dev: false })).toContain('upgrade-insecure-requests');
  });
});

describe('headers on every answer', () => {
  it('send HSTS only when the site is served over https', () => {
    expect(baseSecurityHeaders({ https: true, dev: false })['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(baseSecurityHeaders({ https: false, dev: false })['strict-transport-security']).toBeUndefined();
    expect(baseSecurityHeaders({ https: false, dev: false })).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
  });
});

describe('content negotiation', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding('*')).toBe('br');
  });
});
