import { describe, expect, it } from 'vitest';
import { pageCount, pageExists } from '@/lib/pagination';
import { parseContentRoute, splitEditionPath } from '@/lib/reader-routes';
import { articlePath, authorPath, categoryPath, tagPath, withPage } from '@/lib/urls';

function parse(path: string) {
  const url = new URL(path, 'http://qamshy.test');
  const edition = splitEditionPath(url.pathname);
  return edition && parseContentRoute(edition.prefix, edition.rest, url.searchParams);
}

describe('one route table for links, the proxy and the language switch', () => {
  it('parses back every content link the site builds', () => {
    expect(parse(articlePath('kk-latn', 42, 'bir-eki'))).toMatchObject({ prefix: 'kk-latn', kind: 'article', id: 42, slug: 'bir-eki' });
    expect(parse(withPage(categoryPath('kk', 'саясат'), 3))).toEqual({ prefix: 'kk', kind: 'category', slug: 'саясат', page: 3 });
    expect(parse(tagPath('ru', 'nalogi'))).toEqual({ prefix: 'ru', kind: 'tag', slug: 'nalogi', page: 1 });
    expect(parse(authorPath('ru', 'aigerim'))).toEqual({ prefix: 'ru', kind: 'author', slug: 'aigerim', page: 1 });
  });

  it('leaves other paths to routing and marks what no link produces', () => {
    expect(parse('/kk')).toBeNull();
    expect(parse('/kk/search?q=x')).toBeNull();
    expect(parse('/admin/articles')).toBeNull();
    expect(parse('/en/article/1-x')).toBeNull();
    expect(parse('/kk/article/abc')).toEqual({ prefix: 'kk', kind: 'malformed' });
    expect(parse('/kk/category/x?page=0')).toEqual({ prefix: 'kk', kind: 'malformed' });
    expect(parse('/kk/category/x?page=2&page=3')).toEqual({ prefix: 'kk', kind: 'malformed' });
    expect(parse('/kk/category/%E0%A4%A')).toEqual({ prefix: 'kk', kind: 'malformed' });
  });
});

describe('page bounds', () => {
  it('a page the proxy lets through is exactly a page the listing page renders', () => {
    for (let total = 0; total <= 45; total++) {
      for (let page = 1; page <= 5; page++) {
        expect(
          pageExists(page, 20, (offset) => offset < total),
          `total ${total}, page ${page}`,
        ).toBe(page <= pageCount(total, 20));
      }
    }
  });
});
