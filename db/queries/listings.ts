// No 'server-only' import: reader-routes.ts (bundled into proxy.ts) asks these too.
import { and, count, desc, eq, exists, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, categories, tags, users } from '@/db/schema';
import { EDITIONS, type Edition } from '@/lib/domain';
import { once } from '@/lib/once';
import { tagTimeline } from './trigger-tables';
import { readable, readableStatus } from './visibility';

/** What a reader listing shows: the page queries and the proxy's 404 check share this. */
export type Listing =
  | { kind: 'edition'; locale: Edition; exclude?: number[] }
  | { kind: 'category'; categoryId: number }
  | { kind: 'tag'; tagId: number }
  | { kind: 'author'; locale: Edition; authorId: number };

function articleCondition(listing: Exclude<Listing, { kind: 'tag' }>): SQL | undefined {
  switch (listing.kind) {
    case 'edition':
      return listing.exclude?.length ? and(readable(listing.locale), notInArray(articles.id, listing.exclude)) : readable(listing.locale);
    case 'category':
      return and(eq(articles.categoryId, listing.categoryId), readable());
    case 'author':
      return and(eq(articles.authorId, listing.authorId), readable(listing.locale));
  }
}

// A tag's articles come from tag_timeline (published or scheduled only); the time check is
// readable()'s other half.
const tagCondition = (tagId: number) => and(eq(tagTimeline.tagId, tagId), lte(tagTimeline.publishedAt, new Date()));

/**
 * Ids of one page of a listing, newest first. Every listing has an index in exactly this order
 * holding status and date, so a deep page skips its offset inside the index without reading a row.
 */
export function listingIds(listing: Listing, limit: number, offset = 0): number[] {
  if (listing.kind === 'tag') {
    return db
      .select({ id: tagTimeline.articleId })
      .from(tagTimeline)
      .where(tagCondition(listing.tagId))
      .orderBy(desc(tagTimeline.publishedAt), desc(tagTimeline.articleId))
      .limit(limit)
      .offset(offset)
      .all()
      .map((row) => row.id);
  }
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(articleCondition(listing))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => row.id);
}

/** Articles in a listing, counted in the same index (no table rows read). */
export function listingCount(listing: Exclude<Listing, { kind: 'edition' }>): number {
  if (listing.kind === 'tag') return db.select({ n: count() }).from(tagTimeline).where(tagCondition(listing.tagId)).get()?.n ?? 0;
  return db.select({ n: count() }).from(articles).where(articleCondition(listing)).get()?.n ?? 0;
}

/** Whether the listing has an article at position `offset`: bounded by the page asked for, not the listing's size. */
export function listingReaches(listing: Listing, offset: number): boolean {
  return listingIds(listing, 1, offset).length > 0;
}

// Sitemaps ask this once per category, tag and author: each statement is prepared once, so a
// call costs its index read, not the building of a query.
const at = { id: sql.placeholder('id'), locale: sql.placeholder('locale'), now: sql.placeholder('now') };
const newestArticle = sql<Date | null>`max(max(${articles.updatedAt}, ${articles.publishedAt}))`.mapWith(articles.updatedAt);
const newestTagged = sql<Date | null>`max(max(${tagTimeline.updatedAt}, ${tagTimeline.publishedAt}))`.mapWith(tagTimeline.updatedAt);
const readableAt = and(readableStatus(), lte(articles.publishedAt, at.now));

const lastModifiedOf = {
  tag: once(() =>
    db
      .select({ newest: newestTagged })
      .from(tagTimeline)
      .where(and(eq(tagTimeline.tagId, at.id), lte(tagTimeline.publishedAt, at.now)))
      .prepare(),
  ),
  category: once(() =>
    db
      .select({ newest: newestArticle })
      .from(articles)
      .where(and(eq(articles.categoryId, at.id), readableAt))
      .prepare(),
  ),
  author: once(() =>
    db
      .select({ newest: newestArticle })
      .from(articles)
      .where(and(eq(articles.authorId, at.id), eq(articles.locale, at.locale), readableAt))
      .prepare(),
  ),
};

// One statement per kind for the sitemap index: SQLite probes each listing's index for its first
// readable article, with no aggregate over the articles and no call per listing from JavaScript.
const probe = { locale: sql.placeholder('locale'), now: sql.placeholder('now') };
const readableNow = and(readableStatus(), lte(articles.publishedAt, probe.now));
const one = sql`1`;
const listingsWithArticles = {
  tags: once(() =>
    db
      .select({ n: count() })
      .from(tags)
      .where(
        exists(
          db
            .select({ one })
            .from(tagTimeline)
            .where(and(eq(tagTimeline.tagId, tags.id), lte(tagTimeline.publishedAt, probe.now))),
        ),
      )
      .prepare(),
  ),
  categories: once(() =>
    db
      .select({ n: count() })
      .from(categories)
      .where(
        exists(
          db
            .select({ one })
            .from(articles)
            .where(and(eq(articles.categoryId, categories.id), readableNow)),
        ),
      )
      .prepare(),
  ),
  authors: once(() =>
    db
      .select({ n: count() })
      .from(users)
      .where(
        exists(
          db
            .select({ one })
            .from(articles)
            .where(and(eq(articles.authorId, users.id), eq(articles.locale, probe.locale), readableNow)),
        ),
      )
      .prepare(),
  ),
};

/** How many category, tag or (per edition) author pages have at least one readable article. */
export function countListingsWithArticles(kind: 'categories' | 'tags' | 'authors'): number {
  const now = Date.now();
  if (kind === 'authors') return EDITIONS.reduce((sum, locale) => sum + (listingsWithArticles.authors().get({ locale, now })?.n ?? 0), 0);
  return listingsWithArticles[kind]().get({ now })?.n ?? 0;
}

/**
 * Newest change among a listing's readable articles (max of updated_at and published_at), for a
 * sitemap's lastmod; null when it has none. Read from the listing's index, never the rows.
 */
export function listingLastModified(listing: Exclude<Listing, { kind: 'edition' }>): Date | null {
  const now = Date.now();
  const row =
    listing.kind === 'tag'
      ? lastModifiedOf.tag().get({ id: listing.tagId, now })
      : listing.kind === 'category'
        ? lastModifiedOf.category().get({ id: listing.categoryId, now })
        : lastModifiedOf.author().get({ id: listing.authorId, locale: listing.locale, now });
  return row?.newest ?? null;
}
