import { describe, expect, it } from 'vitest';
import { almatyMonthOf, almatyMonthRange } from '@/lib/seo/almaty-month';
import { articleAlternates, frontPageAlternates, hreflangAlternates, listingAlternates } from '@/lib/seo/hreflang';
import { articleSitemapUrl, listingSitemapUrl } from '@/lib/seo/sitemap-entries';
import { articleSitemaps, listingSitemaps, parseArticleSitemapName, parseListingSitemapName, SITEMAP_MAX_URLS } from '@/lib/seo/sitemap-files';
import { newsSitemapXml, sitemapIndexXml, urlSetXml } from '@/lib/seo/sitemap-xml';
import { parseXml } from '../helpers/xml';

const SITE = 'http://qamshy.test';

describe('Almaty months', () => {
  it.each([
    // 00:30 on 1 August in Almaty (+06:00 in 2017) is still July in UTC.
    ['2017-07-31T18:30:00Z', '2017-08'],
    ['2017-07-31T17:59:59.999Z', '2017-07'],
    // After March 2024 the offset is +05:00.
    ['2026-11-30T19:00:00Z', '2026-12'],
    ['2026-11-30T18:59:59.999Z', '2026-11'],
    // The switch itself: 18:00–19:00 UTC on 29 Feb 2024 is 23:00–24:00 local, still February.
    ['2024-02-29T18:30:00Z', '2024-02'],
    ['2024-02-29T19:00:00Z', '2024-03'],
  ])('%s falls in %s', (iso, month) => {
    expect(almatyMonthOf(new Date(iso))).toBe(month);
  });

  it.each(['2017-08', '2024-02', '2024-03', '2026-12', '2027-01'])('range of %s starts and ends at local midnight', (month) => {
    const range = almatyMonthRange(month)!;
    expect(almatyMonthOf(range.start)).toBe(month);
    expect(almatyMonthOf(new Date(range.start.getTime() - 1))).not.toBe(month);
    expect(almatyMonthOf(new Date(range.end.getTime() - 1))).toBe(month);
    expect(almatyMonthOf(range.end)).not.toBe(month);
  });

  it('knows the exact boundaries around the 2024 offset change', () => {
    expect(almatyMonthRange('2024-02')).toEqual({ start: new Date('2024-01-31T18:00:00Z'), end: new Date('2024-02-29T19:00:00Z') });
  });

  it('rejects malformed months', () => {
    for (const bad of ['2026-13', '2026-00', '26-11', '2026-1', '2026-11-01', '']) expect(almatyMonthRange(bad)).toBeNull();
  });
});

describe('child sitemap names', () => {
  const when = new Date('2026-11-25T00:00:00Z');

  it('gives a month one file per 50,000 articles', () => {
    expect(articleSitemaps([{ month: '2026-11', count: 3, lastModified: when }])).toEqual([{ path: '/sitemaps/articles/2026-11.xml', lastModified: when }]);
    expect(articleSitemaps([{ month: '2026-11', count: SITEMAP_MAX_URLS * 2 + 1, lastModified: when }]).map((c) => c.path)).toEqual([
      '/sitemaps/articles/2026-11.xml',
      '/sitemaps/articles/2026-11-2.xml',
      '/sitemaps/articles/2026-11-3.xml',
    ]);
    expect(listingSitemaps('tags', { count: SITEMAP_MAX_URLS + 1, lastModified: when }).map((c) => c.path)).toEqual([
      '/sitemaps/tags.xml',
      '/sitemaps/tags-2.xml',
    ]);
    expect(listingSitemaps('authors', { count: 0, lastModified: null })).toEqual([]);
  });

  it('parses names back to a page window, each page under one name only', () => {
    expect(parseArticleSitemapName('2026-11.xml')).toEqual({ month: '2026-11', offset: 0, limit: SITEMAP_MAX_URLS });
    expect(parseArticleSitemapName('2026-11-3.xml')).toEqual({ month: '2026-11', offset: 2 * SITEMAP_MAX_URLS, limit: SITEMAP_MAX_URLS });
    expect(parseListingSitemapName('categories.xml')).toEqual({ kind: 'categories', offset: 0, limit: SITEMAP_MAX_URLS });
    expect(parseListingSitemapName('tags-2.xml')).toMatchObject({ kind: 'tags', offset: SITEMAP_MAX_URLS });
    for (const bad of ['2026-11-1.xml', '2026-11-0.xml', '2026-11-02.xml', '2026-13.xml', '2026-11', '2026-11.xml.gz', '../2026-11.xml'])
      expect(parseArticleSitemapName(bad), bad).toBeNull();
    for (const bad of ['tags-1.xml', 'users.xml', 'pages.XML', 'categories']) expect(parseListingSitemapName(bad), bad).toBeNull();
  });
});

describe('hreflang alternates', () => {
  const kkUrl = `${SITE}/kk/article/1-a`;
  const latinUrl = `${SITE}/kk-latn/article/1-a`;
  const arabUrl = `${SITE}/kk-arab/article/1-a`;
  const ruUrl = `${SITE}/ru/article/2-b`;

  it('pairs the two editions and the Latin view, with x-default on the Kazakh page, from any side', () => {
    const expected = { kk: kkUrl, 'kk-Latn': latinUrl, 'kk-Arab': arabUrl, ru: ruUrl, 'x-default': kkUrl };
    expect(articleAlternates('kk', { id: 1, slug: 'a' }, { locale: 'ru', id: 2, slug: 'b' })).toEqual(expected);
    expect(articleAlternates('ru', { id: 2, slug: 'b' }, { locale: 'kk', id: 1, slug: 'a' })).toEqual(expected);
  });

  it('gives a lone Kazakh page its Latin view, and a lone Russian page nothing', () => {
    expect(articleAlternates('kk', { id: 1, slug: 'a' }, null)).toEqual({ kk: kkUrl, 'kk-Latn': latinUrl, 'kk-Arab': arabUrl, 'x-default': kkUrl });
    expect(articleAlternates('ru', { id: 2, slug: 'b' }, null)).toBeNull();
    expect(articleAlternates('ru', { id: 2, slug: 'b' }, { locale: 'ru', id: 3, slug: 'c' })).toBeNull();
    expect(hreflangAlternates([])).toBeNull();
  });

  it('names every front page and the Kazakh listings in all three scripts', () => {
    expect(frontPageAlternates()).toEqual({
      kk: `${SITE}/kk`,
      'kk-Latn': `${SITE}/kk-latn`,
      'kk-Arab': `${SITE}/kk-arab`,
      ru: `${SITE}/ru`,
      'x-default': `${SITE}/kk`,
    });
    expect(listingAlternates('kk', (prefix) => `/${prefix}/tag/partiia`)).toEqual({
      kk: `${SITE}/kk/tag/partiia`,
      'kk-Latn': `${SITE}/kk-latn/tag/partiia`,
      'kk-Arab': `${SITE}/kk-arab/tag/partiia`,
      'x-default': `${SITE}/kk/tag/partiia`,
    });
    expect(listingAlternates('ru', (prefix) => `/${prefix}/tag/pogoda`)).toBeNull();
  });
});

describe('sitemap documents', () => {
  it('writes an index of absolute child URLs with W3C lastmod', () => {
    const doc = parseXml(
      sitemapIndexXml([{ loc: `${SITE}/sitemaps/articles/2026-11.xml`, lastModified: new Date('2026-11-25T01:50:00Z') }, { loc: `${SITE}/sitemaps/tags.xml` }]),
    );
    expect(doc.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: `${SITE}/sitemaps/articles/2026-11.xml`, lastmod: '2026-11-25T06:50:00+05:00' },
      { loc: `${SITE}/sitemaps/tags.xml` },
    ]);
  });

  it('writes article URLs with hreflang links only where a translation exists', () => {
    const xml = urlSetXml([
      articleSitemapUrl({ id: 2, locale: 'ru', slug: 'b&c', lastModified: new Date('2026-11-24T03:30:00Z'), translation: { locale: 'kk', id: 1, slug: 'a' } }),
      articleSitemapUrl({ id: 3, locale: 'kk', slug: 'lone', lastModified: new Date('2026-11-24T03:30:00Z'), translation: null }),
    ]);
    const doc = parseXml(xml);
    expect(doc.urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const [paired, lone] = doc.urlset.url;
    expect(paired.loc).toBe(`${SITE}/ru/article/2-b&c`);
    expect(paired.lastmod).toBe('2026-11-24T08:30:00+05:00');
    expect(paired['xhtml:link']).toEqual([
      { '@rel': 'alternate', '@hreflang': 'ru', '@href': `${SITE}/ru/article/2-b&c` },
      { '@rel': 'alternate', '@hreflang': 'kk', '@href': `${SITE}/kk/article/1-a` },
      { '@rel': 'alternate', '@hreflang': 'kk-Latn', '@href': `${SITE}/kk-latn/article/1-a` },
      { '@rel': 'alternate', '@hreflang': 'kk-Arab', '@href': `${SITE}/kk-arab/article/1-a` },
      { '@rel': 'alternate', '@hreflang': 'x-default', '@href': `${SITE}/kk/article/1-a` },
    ]);
    // A Kazakh article without a translation is still read in Latin and töte; a Russian one has no alternate.
    expect(lone['xhtml:link']).toEqual([
      { '@rel': 'alternate', '@hreflang': 'kk', '@href': `${SITE}/kk/article/3-lone` },
      { '@rel': 'alternate', '@hreflang': 'kk-Latn', '@href': `${SITE}/kk-latn/article/3-lone` },
      { '@rel': 'alternate', '@hreflang': 'kk-Arab', '@href': `${SITE}/kk-arab/article/3-lone` },
      { '@rel': 'alternate', '@hreflang': 'x-default', '@href': `${SITE}/kk/article/3-lone` },
    ]);
    const ruLone = articleSitemapUrl({ id: 4, locale: 'ru', slug: 'odin', lastModified: new Date('2026-11-24T03:30:00Z'), translation: null });
    expect(ruLone.alternates).toBeNull();
  });

  it("writes front pages as each other's alternates, and Kazakh listings with their Latin view", () => {
    const front = listingSitemapUrl('pages', { locale: 'ru', slug: '', lastModified: null });
    expect(front).toEqual({
      loc: `${SITE}/ru`,
      lastModified: null,
      alternates: { kk: `${SITE}/kk`, 'kk-Latn': `${SITE}/kk-latn`, 'kk-Arab': `${SITE}/kk-arab`, ru: `${SITE}/ru`, 'x-default': `${SITE}/kk` },
    });
    expect(listingSitemapUrl('tags', { locale: 'kk', slug: 'partiia', lastModified: null })).toEqual({
      loc: `${SITE}/kk/tag/partiia`,
      lastModified: null,
      alternates: {
        kk: `${SITE}/kk/tag/partiia`,
        'kk-Latn': `${SITE}/kk-latn/tag/partiia`,
        'kk-Arab': `${SITE}/kk-arab/tag/partiia`,
        'x-default': `${SITE}/kk/tag/partiia`,
      },
    });
    expect(listingSitemapUrl('tags', { locale: 'ru', slug: 'pogoda', lastModified: null })).toEqual({ loc: `${SITE}/ru/tag/pogoda`, lastModified: null });
    expect(listingSitemapUrl('authors', { locale: 'ru', slug: 'dana', lastModified: null }).loc).toBe(`${SITE}/ru/author/dana`);
    expect(listingSitemapUrl('categories', { locale: 'kk', slug: 'sayasat', lastModified: null }).loc).toBe(`${SITE}/kk/category/sayasat`);
  });

  it('refuses more than 50,000 URLs in one file', () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `${SITE}/${i}` }));
    expect(() => urlSetXml(urls)).toThrow(RangeError);
  });

  it('writes a Google News sitemap with publication, language, date and an escaped title', () => {
    const title = 'Құрылыс & <жөндеу> "жұмыстары"';
    const doc = parseXml(newsSitemapXml([{ loc: `${SITE}/kk/article/5-x`, language: 'kk', title, publishedAt: new Date('2026-11-25T01:40:00Z') }], 'Qamshy'));
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url[0]).toEqual({
      loc: `${SITE}/kk/article/5-x`,
      'news:news': {
        'news:publication': { 'news:name': 'Qamshy', 'news:language': 'kk' },
        'news:publication_date': '2026-11-25T06:40:00+05:00',
        'news:title': title,
      },
    });
    for (const hostile of ['a ]]> b', '</news:title><script>x</script>', 'ctl\u0000\u0001\u001f end', 'lone \uD800', 'эмодзи 😀']) {
      const news = parseXml(
        newsSitemapXml([{ loc: `${SITE}/kk/article/5-x`, language: 'kk', title: hostile, publishedAt: new Date('2026-11-25T01:40:00Z') }], hostile),
      );
      const kept = hostile.replace(/[\u0000-\u001f]|\uD800/g, '');
      expect(news.urlset.url[0]['news:news']['news:title']).toBe(kept);
      expect(news.urlset.url[0]['news:news']['news:publication']['news:name']).toBe(kept);
    }
    expect(() =>
      newsSitemapXml(
        Array.from({ length: 1001 }, () => ({ loc: 'x', language: 'kk', title: 't', publishedAt: new Date() })),
        'Q',
      ),
    ).toThrow(RangeError);
  });
});
