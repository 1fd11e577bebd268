import { expect, test, type APIRequestContext } from '@playwright/test';
import { seedArticle, translatedPair } from '../helpers/e2e-db';
import { articlePathOf, discovery } from '../helpers/discovery-db';
import { parseXml } from '../helpers/xml';

// Crawlers' view of the portal: sitemaps, the news sitemap, RSS, robots.txt and structured data,
// all fetched over HTTP from the built app and read with a real XML parser.

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const ALMATY_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[56]:00$/;
const RFC_822 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})$/;
const MAX_URLS = 50_000;
// Cached documents may be a few minutes old (revalidate) and the build ran before the tests.
const CACHE_SLACK_MS = 15 * 60_000;

type UrlEntry = { loc: string; lastmod?: string; 'xhtml:link'?: { '@rel': string; '@hreflang': string; '@href': string }[] };

async function getXml(request: APIRequestContext, url: string, type = 'application/xml') {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain(type);
  return parseXml(await response.text());
}

/** GETs every URL (a few at a time: the machine is small) and returns those not answering 200. */
async function failing(request: APIRequestContext, urls: string[], expectType?: string): Promise<string[]> {
  const bad: string[] = [];
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const response = await request.get(url, { maxRedirects: 0 });
        if (response.status() !== 200 || (expectType && !response.headers()['content-type']?.startsWith(expectType))) bad.push(`${response.status()} ${url}`);
      }
    }),
  );
  return bad;
}

test('the sitemap index lists child sitemaps holding every readable article and listing exactly once', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const expected = discovery();
  const index = await getXml(request, '/sitemap.xml');
  const children = index.sitemapindex.sitemap as { loc: string; lastmod?: string }[];
  expect(children.length).toBeGreaterThanOrEqual(5);
  for (const name of ['pages', 'categories', 'tags', 'authors']) expect(children.map((c) => c.loc)).toContain(`${baseURL}/sitemaps/${name}.xml`);

  const entries: UrlEntry[] = [];
  for (const child of children) {
    expect(child.loc.startsWith(`${baseURL}/`), child.loc).toBe(true);
    expect(child.lastmod, child.loc).toMatch(W3C_DATETIME);
    const doc = await getXml(request, child.loc);
    const urls = (doc.urlset.url ?? []) as UrlEntry[];
    expect(urls.length, child.loc).toBeGreaterThan(0);
    expect(urls.length, child.loc).toBeLessThanOrEqual(MAX_URLS);
    entries.push(...urls);
  }
  for (const entry of entries) {
    expect(entry.loc.startsWith(`${baseURL}/`), entry.loc).toBe(true);
    if (entry.lastmod !== undefined) expect(entry.lastmod, entry.loc).toMatch(W3C_DATETIME);
  }

  const paths = entries.map((e) => e.loc.slice(baseURL!.length));
  expect(new Set(paths).size, 'no URL is listed twice').toBe(paths.length);
  const articlePaths = paths.filter((p) => /^\/(kk|ru)\/article\//.test(p));
  const listingPaths = paths.filter((p) => !articlePaths.includes(p));

  // Every readable article of both editions, each once, under its canonical URL…
  expect(expected.required.length).toBeGreaterThan(50);
  for (const article of expected.required) expect(articlePaths, `article ${article.id}`).toContain(articlePathOf(article));
  // …and nothing that is not (drafts, scheduled, deleted, unknown).
  // Rows other specs write while the documents are fetched may be listed too: read them afterwards.
  const written = discovery();
  for (const path of articlePaths) expect(written.allowedIds.has(Number(/\/article\/(\d+)-/.exec(path)![1])), path).toBe(true);
  expect(expected.required.some((a) => a.locale === 'kk') && expected.required.some((a) => a.locale === 'ru')).toBe(true);

  for (const listing of expected.requiredListings) expect(listingPaths, listing).toContain(listing);
  for (const listing of listingPaths) expect(written.allowedListings.has(decodeURI(listing)), listing).toBe(true);

  // hreflang alternates on both sides of every translation pair, x-default on the Kazakh one, and
  // every Kazakh page's Latin and töte views (kk-Latn, kk-Arab), which are alternates only, never
  // a <url> of their own.
  const byPath = new Map(entries.map((e) => [e.loc.slice(baseURL!.length), e]));
  expect(paths.filter((p) => p.startsWith('/kk-latn') || p.startsWith('/kk-arab'))).toEqual([]);
  const pairs = expected.required.filter((a) => a.partnerPath && a.pairSettled);
  expect(pairs.length).toBeGreaterThan(0);
  for (const article of expected.required.filter((a) => a.pairSettled)) {
    const links = byPath.get(articlePathOf(article))?.['xhtml:link'];
    if (!article.partnerPath && article.locale === 'ru') {
      expect(links, `article ${article.id} has no translation`).toBeUndefined();
      continue;
    }
    const own = `${baseURL}${articlePathOf(article)}`;
    const other = article.partnerPath ? `${baseURL}${article.partnerPath}` : null;
    const kk = article.locale === 'kk' ? own : other!;
    expect(Object.fromEntries(links!.map((l) => [l['@hreflang'], l['@href']])), `article ${article.id}`).toEqual({
      [article.locale]: own,
      ...(other ? { [article.locale === 'kk' ? 'ru' : 'kk']: other } : {}),
      'kk-Latn': kk.replace(`${baseURL}/kk/`, `${baseURL}/kk-latn/`),
      'kk-Arab': kk.replace(`${baseURL}/kk/`, `${baseURL}/kk-arab/`),
      'x-default': kk,
    });
    expect(links!.every((l) => l['@rel'] === 'alternate')).toBe(true);
  }
  const front = byPath.get('/ru')?.['xhtml:link'];
  expect(front?.map((l) => l['@hreflang']).sort()).toEqual(['kk', 'kk-Arab', 'kk-Latn', 'ru', 'x-default']);
  expect(byPath.get('/kk/category/sayasat')?.['xhtml:link']?.map((l) => l['@href'])).toEqual([
    `${baseURL}/kk/category/sayasat`,
    `${baseURL}/kk-latn/category/sayasat`,
    `${baseURL}/kk-arab/category/sayasat`,
    `${baseURL}/kk/category/sayasat`,
  ]);

  // Every listed URL answers 200 (no redirect, no 404) — except articles other specs changed meanwhile.
  const settled = new Set(expected.required.map((a) => articlePathOf(a)));
  const toFetch = [...listingPaths, ...articlePaths.filter((p) => settled.has(decodeURI(p)))].map((p) => `${baseURL}${p}`);
  expect(await failing(request, toFetch)).toEqual([]);
});

test('sitemap children answer 404 for names that are not theirs', async ({ request }) => {
  for (const path of [
    '/sitemaps/articles/1999-01.xml',
    '/sitemaps/articles/2026-13.xml',
    '/sitemaps/articles/2026-11-1.xml',
    '/sitemaps/nothing.xml',
    '/sitemaps/tags-9.xml',
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('the news sitemap follows Google News rules: last 48 hours, at most 1000, publication, language, date, title', async ({ request, baseURL }) => {
  const now = Date.now();
  const expected = discovery(now);
  const doc = await getXml(request, '/news-sitemap.xml');
  const written = discovery(now); // and what other specs wrote meanwhile
  expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  const urls = (doc.urlset.url ?? []) as { loc: string; 'news:news': Record<string, any> }[];
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(1000);
  const byId = new Map(expected.required.map((a) => [a.id, a]));
  const listed = new Set<number>();
  for (const url of urls) {
    const id = Number(/\/article\/(\d+)-/.exec(url.loc)?.[1]);
    listed.add(id);
    expect(written.allowedIds.has(id), url.loc).toBe(true);
    const news = url['news:news'];
    const locale = /^.+?\/(kk|ru)\/article\//.exec(url.loc)![1];
    expect(news['news:publication']).toEqual({ 'news:name': 'Qamshy', 'news:language': locale });
    expect(news['news:publication_date']).toMatch(ALMATY_DATETIME);
    const published = new Date(news['news:publication_date']).getTime();
    expect(published, url.loc).toBeGreaterThanOrEqual(now - 48 * 3_600_000 - CACHE_SLACK_MS);
    expect(published, url.loc).toBeLessThanOrEqual(now);
    const article = byId.get(id);
    if (article) {
      expect(url.loc).toBe(`${baseURL}${articlePathOf(article)}`);
      expect(news['news:title']).toBe(article.title);
      expect(published).toBe(article.publishedAt);
    }
  }
  // Everything readable from the last 48 hours is there (bar the minutes the cached copy may lag).
  for (const article of expected.required.filter((a) => a.publishedAt >= now - 48 * 3_600_000 + CACHE_SLACK_MS && a.publishedAt <= now - CACHE_SLACK_MS)) {
    expect(listed.has(article.id), `article ${article.id}`).toBe(true);
  }
});

test('RSS feeds of both editions and of a category parse, with dated items and reachable enclosures', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const expected = discovery();
  const feeds = [
    { path: '/kk/rss.xml', locale: 'kk', category: null },
    { path: '/ru/rss.xml', locale: 'ru', category: null },
    { path: '/kk/category/sayasat/rss.xml', locale: 'kk', category: '/kk/category/sayasat' },
  ];
  const enclosures = new Map<string, number>();
  for (const feed of feeds) {
    const doc = await getXml(request, feed.path, 'application/rss+xml');
    const written = discovery(); // and what other specs wrote meanwhile
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.title, feed.path).toBeTruthy();
    expect(channel.description, feed.path).toBeTruthy();
    expect(channel.language).toBe(feed.locale);
    expect(channel.link).toBe(`${baseURL}${feed.category ?? `/${feed.locale}`}`);
    expect(channel['atom:link']).toEqual({ '@href': `${baseURL}${feed.path}`, '@rel': 'self', '@type': 'application/rss+xml' });
    const items = (channel.item ?? []) as Record<string, any>[];
    expect(items.length, feed.path).toBeGreaterThan(0);
    expect(items.length, feed.path).toBeLessThanOrEqual(50);

    const dates = items.map((item) => {
      expect(item.pubDate, item.link).toMatch(RFC_822);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      return Date.parse(item.pubDate);
    });
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);

    // The newest readable articles of the feed, in order.
    const wanted = expected.required
      .filter((a) => a.locale === feed.locale && (!feed.category || a.categoryPath === feed.category))
      .sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id)
      // Not all 50: the editors' spec may publish a few newer ones while this runs.
      .slice(0, 40);
    const links = items.map((item) => item.link.slice(baseURL!.length));
    for (const article of wanted) expect(links, `${feed.path} article ${article.id}`).toContain(articlePathOf(article));
    for (const link of links) expect(written.allowedIds.has(Number(/\/article\/(\d+)-/.exec(link)![1])), link).toBe(true);

    for (const item of items) {
      expect(item.link.startsWith(`${baseURL}/${feed.locale}/article/`)).toBe(true);
      expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
      expect(item['dc:creator'], item.link).toBeTruthy();
      expect(item.title, item.link).toBeTruthy();
      const enclosure = item.enclosure;
      // Every seeded article has a photo; one published by the editors' spec during this run may not.
      const id = Number(/\/article\/(\d+)-/.exec(item.link)![1]);
      if (!enclosure && !expected.required.some((a) => a.id === id)) continue;
      expect(enclosure, item.link).toBeTruthy();
      expect(enclosure['@type']).toBe('image/jpeg');
      expect(enclosure['@url']).toMatch(new RegExp(`^${baseURL}/uploads/thumbnail/[\\w-]+_large\\.jpg$`));
      expect(Number(enclosure['@length'])).toBeGreaterThan(0);
      enclosures.set(enclosure['@url'], Number(enclosure['@length']));
    }
  }
  // Each enclosure answers 200 image/jpeg, and its length is the real size of the file.
  const wrong: string[] = [];
  const queue = [...enclosures];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [url, length] = next;
        const response = await request.get(url);
        const body = await response.body();
        if (response.status() !== 200 || response.headers()['content-type'] !== 'image/jpeg' || body.length !== length)
          wrong.push(`${response.status()} ${body.length}≠${length} ${url}`);
      }
    }),
  );
  expect(wrong).toEqual([]);

  expect((await request.get('/kk/category/no-such/rss.xml')).status()).toBe(404);
  expect((await request.get('/ru/category/sayasat/rss.xml')).status()).toBe(404); // a Kazakh category
  expect((await request.get('/xx/rss.xml')).status()).toBe(404);
});

test('junk sitemap and feed URLs are a plain 404 that no cache keeps', async ({ request }) => {
  for (const path of ['/sitemaps/junk-123.xml', '/sitemaps/articles/1999-13.xml', '/kk/category/no-such-category/rss.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toContain('no-store');
  }
});

test("robots.txt lets readers' pages be crawled, keeps /admin and /api out, and names both sitemaps", async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /admin');
  expect(lines).toContain('Disallow: /api');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
});

test('feeds and sitemaps are cacheable and the same for every visitor', async ({ request }) => {
  for (const path of ['/sitemap.xml', '/news-sitemap.xml', '/kk/rss.xml', '/sitemaps/categories.xml']) {
    const first = await request.get(path, { headers: { Cookie: 'NEXT_LOCALE=ru' } });
    const second = await request.get(path, { headers: { 'Accept-Language': 'kk' } });
    expect(first.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(first.headers()['set-cookie'], path).toBeUndefined();
    expect(await first.text(), path).toBe(await second.text());
  }
});

test.describe('structured data and head links', () => {
  test.use({ javaScriptEnabled: false });

  test('the seed article carries NewsArticle and BreadcrumbList JSON-LD and full Open Graph tags', async ({ page, request, baseURL }) => {
    const seed = seedArticle();
    const canonical = `${baseURL}${articlePathOf(seed)}`;
    await page.goto(articlePathOf(seed));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    for (const block of blocks) expect(block).not.toContain('<');
    const data = blocks.map((block) => JSON.parse(block));
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: seed.title,
      datePublished: '2017-07-08T19:55:32+06:00',
      inLanguage: 'kk',
      articleSection: 'Саясат',
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
      author: { '@type': 'Person', name: 'Qamshy редакциясы', url: `${baseURL}/kk/author/qamshy-redaktsiiasy` },
      publisher: { '@type': 'NewsMediaOrganization', name: 'Qamshy', logo: { '@type': 'ImageObject', url: `${baseURL}/logo.png`, width: 600, height: 60 } },
    });
    expect(article.description.length).toBeGreaterThan(20);
    expect(article.dateModified).toMatch(ALMATY_DATETIME);
    expect(article.keywords).toEqual(expect.arrayContaining(['партия', 'Нұр Отан']));
    expect(article.image).toEqual([`${baseURL}/uploads/thumbnail/20170708195532885_large.jpg`]);
    expect(await failing(request, [article.image[0], article.publisher.logo.url], 'image/')).toEqual([]);
    expect(await failing(request, [article.author.url])).toEqual([]);

    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Qamshy', item: `${baseURL}/kk` },
      { '@type': 'ListItem', position: 2, name: 'Саясат', item: `${baseURL}/kk/category/sayasat` },
      { '@type': 'ListItem', position: 3, name: seed.title, item: canonical },
    ]);

    const head = page.locator('head');
    const meta = (property: string) => head.locator(`meta[property="${property}"]`);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(meta('og:image')).toHaveAttribute('content', `${baseURL}/uploads/thumbnail/20170708195532885_large.jpg`);
    await expect(meta('og:image:width')).toHaveAttribute('content', '1280');
    await expect(meta('og:image:height')).toHaveAttribute('content', /^\d+$/);
    await expect(meta('og:site_name')).toHaveAttribute('content', 'Qamshy');
    await expect(meta('article:published_time')).toHaveAttribute('content', '2017-07-08T19:55:32+06:00');
    await expect(meta('article:section')).toHaveAttribute('content', 'Саясат');
    expect(await meta('article:tag').evaluateAll((els) => els.map((el) => el.getAttribute('content')))).toEqual(expect.arrayContaining(['партия', 'Нұр Отан']));
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /^http/);
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${baseURL}/kk/rss.xml`);
    // No translation: only the article itself and its Latin and töte views.
    const alternates = await head
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      kk: canonical,
      'kk-Latn': canonical.replace('/kk/', '/kk-latn/'),
      'kk-Arab': canonical.replace('/kk/', '/kk-arab/'),
      'x-default': canonical,
    });
  });

  test('a translated article names both editions and x-default', async ({ page, baseURL }) => {
    const { kk, ru } = translatedPair();
    await page.goto(articlePathOf(ru));
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({
      ru: `${baseURL}${articlePathOf(ru)}`,
      kk: `${baseURL}${articlePathOf(kk)}`,
      'kk-Latn': `${baseURL}${articlePathOf(kk).replace('/kk/', '/kk-latn/')}`,
      'kk-Arab': `${baseURL}${articlePathOf(kk).replace('/kk/', '/kk-arab/')}`,
      'x-default': `${baseURL}${articlePathOf(kk)}`,
    });
    await expect(page.locator('head meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'kk_KZ');
  });

  test('front pages carry WebSite with SearchAction; listings link their feeds', async ({ page, baseURL }) => {
    for (const locale of ['kk', 'ru']) {
      await page.goto(`/${locale}`);
      const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((block) => JSON.parse(block));
      const site = data.find((d) => d['@type'] === 'WebSite');
      expect(site).toMatchObject({
        '@context': 'https://schema.org',
        url: `${baseURL}/${locale}`,
        inLanguage: locale,
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${baseURL}/${locale}/search?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      });
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${baseURL}/${locale}/rss.xml`);
    }
    await page.goto('/kk/category/sayasat');
    const feeds = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(feeds).toEqual([`${baseURL}/kk/category/sayasat/rss.xml`, `${baseURL}/kk/rss.xml`]);
    await page.goto('/kk/tag/partiia');
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${baseURL}/kk/rss.xml`);
  });
});
