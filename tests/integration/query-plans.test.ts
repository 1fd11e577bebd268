import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { commentCounts, moderationQueue } from '@/db/queries/admin-comments';
import { listArticlesForAdmin } from '@/db/queries/admin-articles';
import { listCategoriesWithCounts, listTagsWithCounts } from '@/db/queries/admin-taxonomy';
import {
  getLeadStory,
  getReadableArticle,
  listByAuthor,
  listByCategory,
  listByTag,
  listLatest,
  listLatestInCategory,
  listMostRead,
  listRelated,
  locateReadableArticle,
  recordView,
} from '@/db/queries/articles';
import { listApprovedComments } from '@/db/queries/comments';
import { apiArticle, apiArticlePage } from '@/db/queries/content-api';
import { listArticleMonths, listFeedArticles, listListingEntries, listNewsArticles, listSitemapArticles, countListings } from '@/db/queries/feeds';
import { readerContentExists } from '@/db/queries/reader-routes';
import { nextPublicationAfter } from '@/db/queries/schedule';
import { searchArticles } from '@/db/queries/search';
import { getCategory, getTag } from '@/db/queries/taxonomy';
import { articles } from '@/db/schema';
import { almatyMonthRange } from '@/lib/seo/almaty-month';
import { LISTING_SITEMAPS, SITEMAP_MAX_URLS } from '@/lib/seo/sitemap-files';
import { captureStatements, explain, planProblems, type PlanRules } from '../helpers/query-plans';

// Every listing query runs as the application runs it (the real functions, statements captured at
// the driver) and its plan must read big tables through an index, in the listing's order: no
// full scan of articles, comments, article_tags or tag_timeline, no automatic index, no sort of
// rows an index could have delivered in order. Plans do not depend on the data (no ANALYZE), so
// the small test database has the plans of a newsroom-sized one.

const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;
const category = getCategory('kk', 'sayasat')!;
const tag = getTag('kk', 'partiia')!;
const editor = { id: seed.authorId, role: 'editor' as const };
const author = { id: seed.authorId, role: 'author' as const };
const all = { offset: 0, limit: SITEMAP_MAX_URLS };
const page2 = new URLSearchParams('page=2');

const cases: [string, () => unknown, PlanRules?][] = [
  ['front: lead story', () => getLeadStory('kk')],
  ['front: latest', () => listLatest('kk', 9, [seed.id])],
  ['front: most read', () => listMostRead('kk', 5)],
  ['front: a category block', () => listLatestInCategory(category.id, 4)],
  ['category page', () => listByCategory(category.id, 1)],
  ['tag page', () => listByTag(tag.id, 1)],
  ['author page', () => listByAuthor('kk', seed.authorId, 1)],
  ['article', () => getReadableArticle('kk', seed.id)],
  ['article in another edition', () => locateReadableArticle(seed.id)],
  ['related articles', () => listRelated({ id: seed.id, locale: 'kk', categoryId: seed.categoryId }, 6)],
  ['approved comments', () => listApprovedComments(seed.id)],
  ['content API: edition page 3', () => apiArticlePage({ kind: 'edition', locale: 'kk' }, 3, 20)],
  ['content API: category page', () => apiArticlePage({ kind: 'category', categoryId: category.id }, 2, 20)],
  ['content API: tag page', () => apiArticlePage({ kind: 'tag', tagId: tag.id }, 1, 20)],
  ['content API: article', () => apiArticle(seed.id)],
  ['view count', () => recordView(seed.id)],
  ['search', () => searchArticles('kk', 'партия', 1)],
  ['search, two words', () => searchArticles('ru', 'экономика бюджет', 2)],
  ['search, Latin view', () => searchArticles('kk-latn', 'partia', 1)],
  ['proxy: article', () => readerContentExists('kk', `/article/${seed.id}-${seed.slug}`, new URLSearchParams())],
  ['proxy: category page 2', () => readerContentExists('kk', '/category/sayasat', page2)],
  ['proxy: tag page 2', () => readerContentExists('kk', '/tag/partiia', page2)],
  ['proxy: author page 2', () => readerContentExists('kk', '/author/qamshy-redaktsiiasy', page2)],
  ['rss: edition', () => listFeedArticles('kk', 50)],
  ['rss: category', () => listFeedArticles('kk', 50, category.id)],
  ['news sitemap', () => listNewsArticles(new Date(Date.now() - 48 * 3_600_000), 1000)],
  ['sitemap index: months', () => listArticleMonths()],
  ['sitemap: a month', () => listSitemapArticles(almatyMonthRange('2017-07')!, all)],
  ['sitemap: a month, second chunk on', () => listSitemapArticles(almatyMonthRange('2017-07')!, { offset: 1, limit: 1 })],
  ...LISTING_SITEMAPS.map((kind): [string, () => unknown] => [`sitemap: ${kind}.xml`, () => listListingEntries(kind, all)]),
  ...(['categories', 'tags', 'authors'] as const).map((kind): [string, () => unknown] => [`sitemap index: ${kind}`, () => countListings(kind)]),
  ['admin: all articles', () => listArticlesForAdmin(editor, { page: 3 })],
  ['admin: by status', () => listArticlesForAdmin(editor, { page: 1, status: 'published' })],
  ['admin: by edition', () => listArticlesForAdmin(editor, { page: 1, locale: 'ru' })],
  ['admin: by edition and status', () => listArticlesForAdmin(editor, { page: 1, locale: 'kk', status: 'submitted' })],
  ['admin: by category', () => listArticlesForAdmin(editor, { page: 1, categoryId: category.id })],
  ['admin: by author', () => listArticlesForAdmin(editor, { page: 1, authorId: seed.authorId })],
  ["admin: an author's own", () => listArticlesForAdmin(author, { page: 1 })],
  ['admin: categories with counts', () => listCategoriesWithCounts('kk'), { sortAllowed: "the edition's categories, by position and name" }],
  ['admin: tags with counts', () => listTagsWithCounts('kk'), { sortAllowed: "the edition's tags (hundreds), by their counts" }],
  ['moderation: counts', () => commentCounts()],
  ['next scheduled publication', () => nextPublicationAfter(new Date())],
  ['moderation: queue', () => moderationQueue({ status: 'pending', page: 1, upto: null })],
  ['moderation: queue page 5 as opened', () => moderationQueue({ status: 'approved', page: 5, upto: 1_000_000 })],
];

async function problemsOf(run: () => unknown, rules?: PlanRules): Promise<string[]> {
  const statements = await captureStatements(db.$client, run);
  expect(statements.length).toBeGreaterThan(0);
  return statements.flatMap((statement) => {
    const plan = explain(db.$client, statement);
    return planProblems(plan, rules).map((problem) => `${problem}\n    in: ${statement.sql}\n    plan: ${plan.join(' | ')}`);
  });
}

describe('listing query plans', () => {
  it.each(cases)('%s reads big tables through an index, in order', async (_name, run, rules) => {
    expect(await problemsOf(run, rules)).toEqual([]);
  });

  it('bite: without its index the category listing is caught', async () => {
    db.$client.exec('BEGIN IMMEDIATE');
    try {
      db.$client.exec('DROP INDEX articles_category_date_idx');
      const problems = await problemsOf(() => listByCategory(category.id, 1));
      expect(problems.join('\n')).toMatch(/sort instead of an index|full table scan/);
    } finally {
      db.$client.exec('ROLLBACK');
    }
    expect(await problemsOf(() => listByCategory(category.id, 1))).toEqual([]);
  });
});
