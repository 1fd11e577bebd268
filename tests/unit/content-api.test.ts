import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, parseArticleId, parseListQuery } from '@/lib/content-api/params';
import { cacheKeyOf } from '@/server/cache-policy';

const query = (search: string) => parseListQuery(new URLSearchParams(search));
const failure = (search: string) => {
  const parsed = query(search);
  return parsed.ok ? null : parsed.error;
};

describe('content API parameters', () => {
  it('defaults to the Kazakh edition, page 1, and ignores parameters it does not read', () => {
    expect(query('')).toEqual({ ok: true, query: { locale: 'kk', page: 1 } });
    expect(query('locale=ru&category=sport&page=3&utm_source=tg')).toEqual({ ok: true, query: { locale: 'ru', category: 'sport', page: 3 } });
  });

  it.each([
    ['locale=en', 'locale'],
    ['locale=kk-latn', 'locale'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['page=1234567', 'page'],
    ['page=1&page=2', 'page'],
    ['category=Not%20a%20slug', 'category'],
    ['tag=', 'tag'],
  ])('?%s is invalid_parameter naming %s', (search, param) => {
    expect(failure(search)).toEqual({ status: 400, code: 'invalid_parameter', param });
  });

  it('refuses a category and a tag together with its own code', () => {
    expect(failure('category=sport&tag=partiia')).toEqual({ status: 400, code: 'conflicting_filters' });
  });

  it('takes an id as the reader URLs write it', () => {
    expect(parseArticleId('42')).toEqual({ ok: true, id: 42 });
    for (const bad of ['0', '01', 'abc', '-1', '1e3', '12345678901234567']) expect(parseArticleId(bad).ok, bad).toBe(false);
  });
});

describe('the OpenAPI file', () => {
  const spec = JSON.parse(fs.readFileSync('public/openapi.json', 'utf8')) as {
    openapi: string;
    paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } };
  };

  it('is OpenAPI 3.1 and names both endpoints with their answers', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(spec.paths).sort()).toEqual(['/api/v1/articles', '/api/v1/articles/{id}']);
    for (const path of Object.values(spec.paths)) expect(Object.keys(path.get!.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '404']));
  });

  it('lists exactly the error codes the API answers', () => {
    expect(spec.components.schemas.Error.properties.error.properties.code.enum.sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it('has every $ref resolvable', () => {
    const text = JSON.stringify(spec);
    for (const [, pointer] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const target = pointer.split('/').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], spec);
      expect(target, pointer).toBeDefined();
    }
  });
});

describe('the content API in the front server page cache', () => {
  const request = (headers: Record<string, string> = {}) => ({ method: 'GET', headers, socket: { remoteAddress: '127.0.0.1' } }) as unknown as IncomingMessage;
  const key = (path: string, headers: Record<string, string> = {}) => cacheKeyOf(request(headers), new URL(path, 'http://x'));

  it('keys the list and an article as pages (purged with them), keeping only the parameters the API reads', () => {
    expect(key('/api/v1/articles?page=2&utm_source=tg&locale=ru&category=sport')).toEqual({
      key: 'page:/api/v1/articles?locale=ru&category=sport&page=2',
      kind: 'page',
    });
    expect(key('/api/v1/articles/42?fbclid=x')).toEqual({ key: 'page:/api/v1/articles/42', kind: 'page' });
    // Repeated values stay in the key: that request is a 400, never the answer to ?page=1.
    expect(key('/api/v1/articles?page=1&page=2')?.key).toBe('page:/api/v1/articles?page=1&page=2');
  });

  it('leaves the other API routes and deeper paths to Next', () => {
    expect(key('/api/health')).toBeNull();
    expect(key('/api/views/42')).toBeNull();
    expect(key('/api/v1/articles/42/comments')).toBeNull();
    expect(key('/api/v1/articles', { cookie: 'qamshy_session=abc' })).toBeNull();
  });
});
