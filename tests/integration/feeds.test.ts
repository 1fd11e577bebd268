import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as sitemapIndex } from '@/app/sitemap.xml/route';
import { GET as articleSitemap } from '@/app/sitemaps/articles/[file]/route';
import { GET as listingSitemap } from '@/app/sitemaps/[file]/route';
import { GET as newsSitemap } from '@/app/news-sitemap.xml/route';
import { db } from '@/db/client';
import { listArticleMonths, listFeedArticles, listListingEntries, listNewsArticles, listSitemapArticles, countListings } from '@/db/queries/feeds';
import { articles, articleTags, categories, tags, users } from '@/db/schema';
import { env } from '@/lib/env';
import { almatyMonthRange } from '@/lib/seo/almaty-month';
import { rssItems, thumbnailEnclosure } from '@/lib/seo/rss-items';
import { SITEMAP_MAX_URLS } from '@/lib/seo/sitemap-files';
import { NEWS_WINDOW_MS } from '@/lib/seo/sitemap-xml';
import { renderMarkdown } from '@/lib/markdown';
import { parseXml } from '../helpers/xml';

const SITE = 'http://qamshy.test';
const HOUR = 3_600_000;
const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;
const all = { offset: 0, limit: SITEMAP_MAX_URLS };

const created = { articles: [] as number[], categories: [] as number[], tags: [] as number[], users: [] as number[] };

function insertArticle(values: Partial<typeof articles.$inferInsert>): number {
  const id = db
    .insert(articles)
    .values({
      locale: 'kk',
      slug: `feeds-${Math.random().toString(36).slice(2)}`,
      title: 'Арна сынағы',
      bodyMarkdown: 'Мәтін',
      bodyHtml: renderMarkdown('Мәтін'),
      authorId: seed.authorId,
      categoryId: seed.categoryId,
      status: 'published',
      updatedAt: values.publishedAt ?? new Date(),
      ...values,
    })
    .returning({ id: articles.id })
    .get().id;
  created.articles.push(id);
  return id;
}

const now = Date.now();
const ids = {} as Record<string, number>;

beforeAll(() => {
  // 2019: a year no other test writes to, so month contents are exactly these rows.
  ids.marchLate = insertArticle({ publishedAt: new Date('2019-03-31T17:30:00Z') }); // 23:30 on 31 March in Almaty
  ids.aprilEarly = insertArticle({ publishedAt: new Date('2019-03-31T18:30:00Z') }); // 00:30 on 1 April in Almaty
  ids.marchDraft = insertArticle({ status: 'draft', publishedAt: new Date('2019-03-15T06:00:00Z') });
  ids.marchSubmitted = insertArticle({ status: 'submitted', publishedAt: new Date('2019-03-16T06:00:00Z') });
  ids.pairKk = insertArticle({ publishedAt: new Date('2019-05-10T06:00:00Z') });
  ids.pairRu = insertArticle({ locale: 'ru', categoryId: null, publishedAt: new Date('2019-05-11T06:00:00Z'), translationId: ids.pairKk });
  ids.draftPartner = insertArticle({ locale: 'ru', categoryId: null, status: 'draft', publishedAt: new Date('2019-05-12T06:00:00Z') });
  ids.withDraftPartner = insertArticle({ publishedAt: new Date('2019-05-13T06:00:00Z'), translationId: ids.draftPartner });
  ids.recent = insertArticle({ title: 'Жаңа <жаңалық> & «тақырып»', publishedAt: new Date(now - 47 * HOUR) });
  ids.stale = insertArticle({ publishedAt: new Date(now - 49 * HOUR) });
  ids.future = insertArticle({ status: 'scheduled', publishedAt: new Date(now + 2 * HOUR) });
  ids.due = insertArticle({ status: 'scheduled', publishedAt: new Date(now - HOUR) });
  ids.recentDraft = insertArticle({ status: 'draft', publishedAt: new Date(now - HOUR) });
});

afterAll(() => {
  db.delete(articles).where(inArray(articles.id, created.articles)).run();
  if (created.tags.length) db.delete(tags).where(inArray(tags.id, created.tags)).run();
  if (created.categories.length) db.delete(categories).where(inArray(categories.id, created.categories)).run();
  if (created.users.length) db.delete(users).where(inArray(users.id, created.users)).run();
});

const hidden = () => [ids.marchDraft, ids.marchSubmitted, ids.draftPartner, ids.future, ids.recentDraft];

describe('article months', () => {
  it('split by the Almaty calendar, counting only readable articles', async () => {
    const months = await listArticleMonths();
    expect(months.find((m) => m.month === '2019-03')).toEqual({ month: '2019-03', count: 1, lastModified: new Date('2019-03-31T17:30:00Z') });
    expect(months.find((m) => m.month === '2019-04')).toMatchObject({ count: 1 });
    expect(months.find((m) => m.month === '2019-05')).toMatchObject({ count: 3 });
    const sorted = months.map((m) => m.month);
    expect([...sorted].sort()).toEqual(sorted);
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBeGreaterThanOrEqual(54);
  });

  it("list each month's articles and nothing hidden", async () => {
    expect((await listSitemapArticles(almatyMonthRange('2019-03')!, all)).map((a) => a.id)).toEqual([ids.marchLate]);
    expect((await listSitemapArticles(almatyMonthRange('2019-04')!, all)).map((a) => a.id)).toEqual([ids.aprilEarly]);
    const everything: number[] = [];
    for (const m of await listArticleMonths()) everything.push(...(await listSitemapArticles(almatyMonthRange(m.month)!, all)).map((a) => a.id));
    expect(new Set(everything).size).toBe(everything.length);
    for (const id of hidden()) expect(everything).not.toContain(id);
    expect(everything).toContain(ids.due);
    expect(everything).toContain(seed.id);
  });

  it('pair translations from either side, and never with a hidden partner', async () => {
    const may = await listSitemapArticles(almatyMonthRange('2019-05')!, all);
    const byId = new Map(may.map((a) => [a.id, a]));
    expect(byId.get(ids.pairKk)?.translation).toMatchObject({ id: ids.pairRu, locale: 'ru' });
    expect(byId.get(ids.pairRu)?.translation).toMatchObject({ id: ids.pairKk, locale: 'kk' });
    expect(byId.get(ids.withDraftPartner)?.translation).toBeNull();
  });

  it('page a month in SQL', async () => {
    const range = almatyMonthRange('2019-05')!;
    expect((await listSitemapArticles(range, { offset: 1, limit: 1 })).map((a) => a.id)).toEqual([ids.pairRu]);
  });
});

describe('sitemap routes', () => {
  it('list every child in the index with absolute URLs', async () => {
    const response = await sitemapIndex();
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const locs = parseXml(await response.text()).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs).toEqual(
      expect.arrayContaining([`${SITE}/sitemaps/pages.xml`, `${SITE}/sitemaps/categories.xml`, `${SITE}/sitemaps/tags.xml`, `${SITE}/sitemaps/authors.xml`]),
    );
    expect(locs).toEqual(
      expect.arrayContaining([`${SITE}/sitemaps/articles/2019-03.xml`, `${SITE}/sitemaps/articles/2019-04.xml`, `${SITE}/sitemaps/articles/2017-07.xml`]),
    );
  });

  it('serve a month with hreflang pairs, and 404 for months without articles or bad names', async () => {
    const may = parseXml(await (await articleSitemap(new Request(`${SITE}/x`), { params: Promise.resolve({ file: '2019-05.xml' }) })).text());
    const kk = may.urlset.url.find((u: { loc: string }) => u.loc.includes(`/kk/article/${ids.pairKk}-`));
    expect(kk['xhtml:link'].map((l: Record<string, string>) => l['@hreflang'])).toEqual(['kk', 'kk-Latn', 'kk-Arab', 'ru', 'x-default']);
    for (const file of ['2019-06.xml', '2019-05-2.xml', '2019-5.xml', 'x.xml']) {
      expect((await articleSitemap(new Request(`${SITE}/x`), { params: Promise.resolve({ file }) })).status, file).toBe(404);
    }
  });

  it('serve listings and 404 unknown ones', async () => {
    const pages = parseXml(await (await listingSitemap(new Request(`${SITE}/x`), { params: Promise.resolve({ file: 'pages.xml' }) })).text());
    expect(pages.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([`${SITE}/kk`, `${SITE}/ru`]);
    expect((await listingSitemap(new Request(`${SITE}/x`), { params: Promise.resolve({ file: 'users.xml' }) })).status).toBe(404);
  });
});

describe('listing entries', () => {
  it('leave out categories, tags and authors with no readable article', async () => {
    const empty = db.insert(categories).values({ locale: 'kk', slug: 'feeds-empty', name: 'Бос', position: 99 }).returning().get();
    created.categories.push(empty.id);
    const draftOnlyTag = db.insert(tags).values({ locale: 'kk', slug: 'feeds-draft-only', name: 'тек жоба' }).returning().get();
    created.tags.push(draftOnlyTag.id);
    db.insert(articleTags).values({ articleId: ids.marchDraft, tagId: draftOnlyTag.id }).run();
    const ghost = db.insert(users).values({ name: 'Ghost', slug: 'feeds-ghost' }).returning().get();
    created.users.push(ghost.id);
    insertArticle({ authorId: ghost.id, status: 'draft', publishedAt: new Date(now - HOUR) });

    const list = async (kind: 'categories' | 'tags' | 'authors') => (await listListingEntries(kind, all)).map((e) => `${e.locale}/${e.slug}`);
    expect(await list('categories')).toContain('kk/sayasat');
    expect(await list('categories')).not.toContain('kk/feeds-empty');
    expect(await list('tags')).toContain('kk/partiia');
    expect(await list('tags')).not.toContain('kk/feeds-draft-only');
    expect(await list('authors')).not.toContain('kk/feeds-ghost');
    expect(await list('authors')).not.toContain('ru/feeds-ghost');
    for (const kind of ['categories', 'tags', 'authors'] as const) expect(await countListings(kind)).toBe((await list(kind)).length);
    expect(await countListings('pages')).toBe(2);
  });
});

describe('news sitemap', () => {
  it('holds only readable articles of the last 48 hours, newest first', () => {
    const since = new Date(now - NEWS_WINDOW_MS);
    const news = listNewsArticles(since, 1000);
    const newsIds = news.map((a) => a.id);
    expect(newsIds).toContain(ids.recent);
    expect(newsIds).toContain(ids.due);
    for (const id of [ids.stale, ids.future, ids.recentDraft]) expect(newsIds).not.toContain(id);
    expect(news.every((a) => a.publishedAt >= since && a.publishedAt.getTime() <= Date.now())).toBe(true);
    const times = news.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(listNewsArticles(since, 1)).toHaveLength(1);
  });

  it('is served with publication name, language and the escaped title', async () => {
    const doc = parseXml(await newsSitemap().text());
    const entry = doc.urlset.url.find((u: { loc: string }) => u.loc.includes(`/article/${ids.recent}-`));
    expect(entry['news:news']['news:publication']).toEqual({ 'news:name': 'Qamshy', 'news:language': 'kk' });
    expect(entry['news:news']['news:title']).toBe('Жаңа <жаңалық> & «тақырып»');
    expect(doc.urlset.url.some((u: { loc: string }) => u.loc.includes(`/article/${ids.stale}-`))).toBe(false);
  });
});

describe('RSS items', () => {
  it("take the edition's or the category's newest readable articles", () => {
    const kk = listFeedArticles('kk', 50);
    expect(kk.length).toBeLessThanOrEqual(50);
    expect(kk.every((a) => a.locale === 'kk')).toBe(true);
    for (const id of hidden()) expect(kk.map((a) => a.id)).not.toContain(id);
    const times = kk.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const politics = listFeedArticles('kk', 50, seed.categoryId!);
    expect(politics.every((a) => a.categoryName === 'Саясат')).toBe(true);
    expect(politics.map((a) => a.id)).toContain(seed.id);
    expect(listFeedArticles('ru', 50, seed.categoryId!)).toEqual([]);
  });

  it('carry the full-size image with its size in bytes, or no enclosure when the file is missing', async () => {
    const file = path.join(env.UPLOADS_DIR, 'thumbnail', '20170708195532885_large.jpg');
    expect(await thumbnailEnclosure('20170708195532885')).toEqual({
      url: `${SITE}/uploads/thumbnail/20170708195532885_large.jpg`,
      length: fs.statSync(file).size,
      type: 'image/jpeg',
    });
    expect(await thumbnailEnclosure('no-such-stem')).toBeNull();
    expect(await thumbnailEnclosure('../../portal')).toBeNull();
    expect(await thumbnailEnclosure(null)).toBeNull();
    const [item] = await rssItems(listFeedArticles('kk', 50).filter((a) => a.id === seed.id));
    expect(item).toMatchObject({ link: `${SITE}/kk/article/${seed.id}-${seed.slug}`, creator: 'Qamshy редакциясы', category: 'Саясат' });
  });
});
