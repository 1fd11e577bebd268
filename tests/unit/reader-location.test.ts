import { describe, expect, it } from 'vitest';
import { readerLocation } from '@/lib/http/reader-path';

// The language switch links the same page in the other scripts; a search or a listing's page N
// must stay what it is (issue 12: "the switch ... link all three scripts both ways").
const at = (url: string) => {
  const parsed = new URL(url, 'http://qamshy.test');
  return readerLocation(parsed.pathname, parsed.searchParams);
};

describe('readerLocation', () => {
  it('keeps a search query and its page', () => {
    expect(at('/kk-arab/search?q=партия')).toBe(`/kk-arab/search?q=${encodeURIComponent('партия')}`);
    expect(at('/kk/search?q=Nur+Otan&page=2')).toBe('/kk/search?q=Nur+Otan&page=2');
    expect(at('/kk-latn/search/?page=3&q=a%2Fb')).toBe('/kk-latn/search/?q=a%2Fb&page=3');
  });

  it('keeps the page of a listing or of an article’s comments, nothing else', () => {
    expect(at('/kk-latn/category/sayasat?page=2&utm_source=x')).toBe('/kk-latn/category/sayasat?page=2');
    expect(at('/kk/article/1-nur-otan?page=3')).toBe('/kk/article/1-nur-otan?page=3');
    // q means nothing outside search: the page is cached without it, so the switch must not carry it.
    expect(at('/kk/tag/partiia?q=x')).toBe('/kk/tag/partiia');
  });

  it('is the bare path without the kept parameters', () => {
    expect(at('/kk')).toBe('/kk');
    expect(at('/kk-arab/author/a?fbclid=1')).toBe('/kk-arab/author/a');
    expect(at('/kk/search')).toBe('/kk/search');
    expect(at('/kk/search?q=')).toBe('/kk/search');
    // Page 1 is the listing itself; what no link produces (and the page answers 404 to) is dropped.
    expect(at('/kk-latn/category/sayasat?page=1')).toBe('/kk-latn/category/sayasat');
    expect(at('/kk/category/sayasat?page=x')).toBe('/kk/category/sayasat');
    expect(at('/kk/category/sayasat?page=2&page=3')).toBe('/kk/category/sayasat');
  });
});
