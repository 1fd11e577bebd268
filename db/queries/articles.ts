import 'server-only';
import { cache } from 'react';
import { and, count, desc, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags, categories, tags, users } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { chooseRelated } from '@/lib/related';
import { byAuthor, countArticles, inCategory, readable, withTag } from './visibility';

export const PAGE_SIZE = PAGE_SIZE_READER;

const teaserFields = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  thumbnail: articles.thumbnail,
  thumbnailAlt: articles.thumbnailAlt,
  publishedAt: articles.publishedAt,
  categoryName: categories.name,
  categorySlug: categories.slug,
};

export type ArticleTeaser = {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  lead: string;
  thumbnail: string | null;
  thumbnailAlt: string;
  publishedAt: Date;
  categoryName: string | null;
  categorySlug: string | null;
};

function teasers(where: ReturnType<typeof readable>, limit: number, offset = 0): ArticleTeaser[] {
  const rows = db
    .select(teaserFields)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all();
  return rows as ArticleTeaser[];
}

export type Paged<T> = { items: T[]; total: number; page: number; pages: number };

function paged(where: ReturnType<typeof readable>, page: number): Paged<ArticleTeaser> {
  const total = countArticles(where);
  return { items: teasers(where, PAGE_SIZE, (page - 1) * PAGE_SIZE), total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export function getLeadStory(locale: AppLocale): ArticleTeaser | null {
  return teasers(and(readable(locale), eq(articles.featured, true)), 1)[0] ?? teasers(readable(locale), 1)[0] ?? null;
}

export function listLatest(locale: AppLocale, limit: number, excludeIds: number[] = []): ArticleTeaser[] {
  const where = excludeIds.length ? and(readable(locale), notInArray(articles.id, excludeIds)) : readable(locale);
  return teasers(where, limit);
}

export function listMostRead(locale: AppLocale, limit = 5): (ArticleTeaser & { viewCount: number })[] {
  const rows = db
    .select({ ...teaserFields, viewCount: articles.viewCount })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(readable(locale), sql`${articles.viewCount} > 0`))
    .orderBy(desc(articles.viewCount), desc(articles.publishedAt))
    .limit(limit)
    .all();
  return rows as (ArticleTeaser & { viewCount: number })[];
}

export function listByCategory(categoryId: number, page: number) {
  return paged(inCategory(categoryId), page);
}

export function listLatestInCategory(categoryId: number, limit: number) {
  return teasers(inCategory(categoryId), limit);
}

export function listByAuthor(locale: AppLocale, authorId: number, page: number) {
  return paged(byAuthor(locale, authorId), page);
}

export function listByTag(tagId: number, page: number) {
  return paged(withTag(tagId), page);
}

export type ArticleView = ArticleTeaser & {
  bodyHtml: string;
  bodyMarkdown: string;
  thumbnailWidth: number | null;
  thumbnailHeight: number | null;
  updatedAt: Date;
  categoryId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  commentsOpen: boolean;
  authorName: string;
  authorSlug: string;
  tags: { name: string; slug: string }[];
  translation: { locale: AppLocale; id: number; slug: string } | null;
};

// cache(): generateMetadata and the page ask for the same article within one request.
export const getReadableArticle = cache((locale: AppLocale, id: number): ArticleView | null => {
  const row = db
    .select({
      ...teaserFields,
      bodyHtml: articles.bodyHtml,
      bodyMarkdown: articles.bodyMarkdown,
      thumbnailWidth: articles.thumbnailWidth,
      thumbnailHeight: articles.thumbnailHeight,
      updatedAt: articles.updatedAt,
      categoryId: articles.categoryId,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      commentsOpen: articles.commentsOpen,
      translationId: articles.translationId,
      authorName: users.name,
      authorSlug: users.slug,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, id), readable(locale)))
    .get();
  if (!row) return null;
  const { translationId, ...rest } = row;
  const articleTagsList = db
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(tags.name)
    .all();
  return { ...(rest as Omit<ArticleView, 'tags' | 'translation'>), tags: articleTagsList, translation: findTranslation(id, translationId) };
});

// A pair is stored on one side only; look both ways so either article finds its partner.
function findTranslation(id: number, translationId: number | null) {
  const partner = db
    .select({ locale: articles.locale, id: articles.id, slug: articles.slug })
    .from(articles)
    .where(and(readable(), translationId ? or(eq(articles.id, translationId), eq(articles.translationId, id)) : eq(articles.translationId, id), ne(articles.id, id)))
    .limit(1)
    .get();
  return partner ?? null;
}

/** Where a readable article lives, whatever edition the URL named. */
export function locateReadableArticle(id: number) {
  const row = db
    .select({ locale: articles.locale, id: articles.id, slug: articles.slug, translationId: articles.translationId })
    .from(articles)
    .where(and(eq(articles.id, id), readable()))
    .get();
  if (!row) return null;
  return { locale: row.locale, id: row.id, slug: row.slug, translation: findTranslation(row.id, row.translationId) };
}

export function listRelated(article: { id: number; locale: AppLocale; categoryId: number | null }, limit = 6): ArticleTeaser[] {
  const shared = db
    .select({ articleId: articleTags.articleId, n: count().as('n') })
    .from(articleTags)
    .where(inArray(articleTags.tagId, db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, article.id))))
    .groupBy(articleTags.articleId)
    .as('shared');
  const candidates = db
    .select({ ...teaserFields, categoryId: articles.categoryId, sharedTags: sql<number>`coalesce(${shared.n}, 0)` })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(shared, eq(shared.articleId, articles.id))
    .where(and(readable(article.locale), ne(articles.id, article.id)))
    .orderBy(desc(sql`coalesce(${shared.n}, 0)`), desc(sql`${articles.categoryId} is ${article.categoryId}`), desc(articles.publishedAt))
    .limit(limit * 4)
    .all();
  const chosen = chooseRelated(
    article,
    candidates.map((c) => ({ ...c, publishedAt: c.publishedAt as Date })),
    limit,
  );
  return chosen.map((c) => candidates.find((x) => x.id === c.id)!) as ArticleTeaser[];
}

export function recordView(id: number): void {
  db.update(articles).set({ viewCount: sql`${articles.viewCount} + 1` }).where(and(eq(articles.id, id), readable())).run();
}
