import { commentCounts, moderationQueue } from '@/db/queries/admin-comments';
import { listArticlesForAdmin } from '@/db/queries/admin-articles';
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
} from '@/db/queries/articles';
import { listApprovedComments } from '@/db/queries/comments';
import { listArticleMonths, listFeedArticles, listListingEntries, listNewsArticles, listSitemapArticles, countListings } from '@/db/queries/feeds';
import { readerContentExists } from '@/db/queries/reader-routes';
import { searchArticles } from '@/db/queries/search';
import { listCategories } from '@/db/queries/taxonomy';
import type { HardCases } from '@/db/fill/hard-cases';
import { almatyMonthRange } from '@/lib/seo/almaty-month';
import { SITEMAP_MAX_URLS } from '@/lib/seo/sitemap-files';

export type Case = { name: string; run: () => unknown };

const everything = { offset: 0, limit: SITEMAP_MAX_URLS };
const page = (n: number) => new URLSearchParams({ page: String(n) });

/** Every listing query a reader, crawler or editor can trigger, with the hardest arguments. */
export function benchCases(hard: HardCases): Case[] {
  const deep = (pages: number, wanted: number) => Math.max(1, Math.min(wanted, pages));
  const editor = { id: hard.anyUser, role: 'editor' as const };
  const author = { id: hard.author.id, role: 'author' as const };
  return [
    { name: 'front: lead story', run: () => getLeadStory('kk') },
    { name: 'front: latest 9', run: () => listLatest('kk', 9, [1]) },
    { name: 'front: most read 5', run: () => listMostRead('kk', 5) },
    { name: 'front: category blocks', run: () => listCategories('kk').map((c) => listLatestInCategory(c.id, 4)) },
    { name: 'article: view', run: () => getReadableArticle('kk', hard.commonArticle.id) },
    {
      name: 'article: related (common tags)',
      run: () => listRelated({ id: hard.commonArticle.id, locale: 'kk', categoryId: hard.commonArticle.categoryId }, 6),
    },
    { name: 'article: comments (busiest)', run: () => listApprovedComments(hard.busiestArticle) },
    { name: 'category page 1', run: () => listByCategory(hard.category.id, 1) },
    { name: `category page ${deep(hard.category.pages, 500)}`, run: () => listByCategory(hard.category.id, deep(hard.category.pages, 500)) },
    { name: 'tag page 1 (biggest)', run: () => listByTag(hard.tag.id, 1) },
    { name: `tag page ${deep(hard.tag.pages, 300)} (biggest)`, run: () => listByTag(hard.tag.id, deep(hard.tag.pages, 300)) },
    { name: 'tag page 1 (rarest)', run: () => listByTag(hard.rareTag.id, 1) },
    { name: 'author page 1', run: () => listByAuthor('kk', hard.author.id, 1) },
    { name: `author page ${deep(hard.author.pages, 100)}`, run: () => listByAuthor('kk', hard.author.id, deep(hard.author.pages, 100)) },
    { name: 'search «партия» page 1', run: () => searchArticles('kk', 'партия', 1) },
    { name: 'search «партия» page 50', run: () => searchArticles('kk', 'партия', 50) },
    { name: 'search «экономика бюджет» p1', run: () => searchArticles('ru', 'экономика бюджет', 1) },
    { name: 'proxy: article exists', run: () => readerContentExists('kk', `/article/${hard.commonArticle.id}-${hard.commonArticle.slug}`, page(1)) },
    { name: 'proxy: category page 500', run: () => readerContentExists('kk', `/category/${hard.category.slug}`, page(deep(hard.category.pages, 500))) },
    { name: 'proxy: tag page 1', run: () => readerContentExists('kk', `/tag/${hard.tag.slug}`, page(1)) },
    { name: 'proxy: tag page 300', run: () => readerContentExists('kk', `/tag/${hard.tag.slug}`, page(deep(hard.tag.pages, 300))) },
    { name: 'proxy: author page 100', run: () => readerContentExists('kk', `/author/${hard.author.slug}`, page(deep(hard.author.pages, 100))) },
    { name: 'rss: edition', run: () => listFeedArticles('kk', 50) },
    { name: 'rss: category', run: () => listFeedArticles('kk', 50, hard.category.id) },
    { name: 'news sitemap (48 h)', run: () => listNewsArticles(new Date(Date.now() - 48 * 3_600_000), 1000) },
    { name: 'sitemap index: months', run: () => listArticleMonths() },
    {
      name: 'sitemap index: listings',
      run: async () => {
        for (const kind of ['pages', 'categories', 'tags', 'authors'] as const) await countListings(kind);
      },
    },
    { name: 'sitemap: 2020-05 articles', run: () => listSitemapArticles(almatyMonthRange('2020-05')!, everything) },
    { name: 'sitemap: tags.xml', run: () => listListingEntries('tags', everything) },
    { name: 'sitemap: categories.xml', run: () => listListingEntries('categories', everything) },
    { name: 'sitemap: authors.xml', run: () => listListingEntries('authors', everything) },
    { name: 'admin: articles page 1', run: () => listArticlesForAdmin(editor, { page: 1 }) },
    { name: 'admin: articles page 100', run: () => listArticlesForAdmin(editor, { page: 100 }) },
    { name: 'admin: submitted, kk', run: () => listArticlesForAdmin(editor, { page: 1, status: 'submitted', locale: 'kk' }) },
    { name: 'admin: category filter', run: () => listArticlesForAdmin(editor, { page: 1, categoryId: hard.category.id }) },
    { name: "admin: an author's own", run: () => listArticlesForAdmin(author, { page: 1 }) },
    { name: 'moderation: counts', run: () => commentCounts() },
    { name: 'moderation: pending p1', run: () => moderationQueue({ status: 'pending', page: 1, upto: null }) },
    { name: 'moderation: approved p100', run: () => moderationQueue({ status: 'approved', page: 100, upto: null }) },
  ];
}
