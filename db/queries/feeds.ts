import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { articles, articleTags, categories, LOCALES, tags, users } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';
import { foldHoursIntoMonths, type MonthBucket, type MonthRange } from '@/lib/seo/almaty-month';
import type { ListingSitemap, SitemapPage } from '@/lib/seo/sitemap-files';
import { readable } from './visibility';

// What sitemaps, the news sitemap and RSS feeds read. Everything goes through readable(), so a
// draft, a submitted or a not-yet-due article never reaches a crawler.

const HOUR_MS = 3_600_000;

// Newest of updatedAt/publishedAt, decoded to a Date like the columns themselves.
const lastModifiedOf = sql`max(${articles.updatedAt}, ${articles.publishedAt})`;
// Aliased so the summary can read it back out of a listing subquery.
const newestLastModified = sql<Date>`max(${lastModifiedOf})`.mapWith(articles.updatedAt).as('last_modified');

// Naming both editions lets SQLite walk articles_latest_idx (locale, status, published_at) for a
// date range instead of scanning the table; readable() alone does not constrain locale.
const bothEditions = inArray(articles.locale, [...LOCALES]);

/** Readable articles per Almaty month, oldest first. */
export function listArticleMonths(): MonthBucket[] {
  const hour = sql<number>`${articles.publishedAt} / ${sql.raw(String(HOUR_MS))}`.mapWith(Number);
  const buckets = db
    .select({ hour, count: sql<number>`count(*)`.mapWith(Number), lastModified: newestLastModified })
    .from(articles)
    .where(readable())
    .groupBy(hour)
    .all();
  return foldHoursIntoMonths(buckets);
}

export type SitemapArticle = {
  id: number;
  locale: AppLocale;
  slug: string;
  lastModified: Date;
  translation: { locale: AppLocale; id: number; slug: string } | null;
};

const partner = alias(articles, 'partner');
const candidate = alias(articles, 'candidate');

// A pair is stored on one side only: look both ways, at a readable article of the other edition.
// A scalar subquery (first match) keeps one row per article, so SQL can page the result. Built per
// call: readable() compares with the current time.
function partnerIdOf() {
  return db
    .select({ id: candidate.id })
    .from(candidate)
    .where(
      and(
        or(eq(candidate.id, articles.translationId), eq(candidate.translationId, articles.id)),
        ne(candidate.locale, articles.locale),
        inArray(candidate.id, db.select({ id: articles.id }).from(articles).where(readable())),
      ),
    )
    .orderBy(asc(candidate.id))
    .limit(1);
}

export function listSitemapArticles(range: MonthRange, page: SitemapPage): SitemapArticle[] {
  const rows = db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      lastModified: sql<Date>`${lastModifiedOf}`.mapWith(articles.updatedAt),
      partnerId: partner.id,
      partnerLocale: partner.locale,
      partnerSlug: partner.slug,
    })
    .from(articles)
    .leftJoin(partner, eq(partner.id, sql`(${partnerIdOf()})`))
    .where(and(readable(), bothEditions, gte(articles.publishedAt, range.start), lt(articles.publishedAt, range.end)))
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  return rows.map(({ partnerId: id, partnerLocale: locale, partnerSlug: slug, ...article }) => ({
    ...article,
    translation: id !== null && locale !== null && slug !== null ? { locale, id, slug } : null,
  }));
}

export type SitemapListing = { locale: AppLocale; slug: string; lastModified: Date | null };

// Category, tag and author pages with at least one readable article; an empty listing is thin
// content a crawler need not be sent to.
function listingQuery(kind: Exclude<ListingSitemap, 'pages'>) {
  if (kind === 'categories') {
    return db
      .select({ locale: categories.locale, slug: categories.slug, lastModified: newestLastModified })
      .from(categories)
      .innerJoin(articles, eq(articles.categoryId, categories.id))
      .where(readable())
      .groupBy(categories.id)
      .orderBy(asc(categories.locale), asc(categories.position), asc(categories.id));
  }
  if (kind === 'tags') {
    return db
      .select({ locale: tags.locale, slug: tags.slug, lastModified: newestLastModified })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, eq(articles.id, articleTags.articleId))
      .where(readable())
      .groupBy(tags.id)
      .orderBy(asc(tags.locale), asc(tags.slug), asc(tags.id));
  }
  // An author page exists in each edition; list it where the author has articles in that edition.
  return db
    .select({ locale: articles.locale, slug: users.slug, lastModified: newestLastModified })
    .from(users)
    .innerJoin(articles, eq(articles.authorId, users.id))
    .where(readable())
    .groupBy(users.id, articles.locale)
    .orderBy(asc(articles.locale), asc(users.slug));
}

/** Front pages of both editions, newest article change as lastmod. */
function listFrontPages(): SitemapListing[] {
  const rows = db.select({ locale: articles.locale, lastModified: newestLastModified }).from(articles).where(readable()).groupBy(articles.locale).all();
  return LOCALES.map((locale) => ({ locale, slug: '', lastModified: rows.find((r) => r.locale === locale)?.lastModified ?? null }));
}

export function listListingEntries(kind: ListingSitemap, page: SitemapPage): SitemapListing[] {
  if (kind === 'pages') return listFrontPages().slice(page.offset, page.offset + page.limit);
  return listingQuery(kind).limit(page.limit).offset(page.offset).all();
}

export function summarizeListing(kind: ListingSitemap): { count: number; lastModified: Date | null } {
  if (kind === 'pages') {
    const pages = listFrontPages();
    const newest = pages.reduce<Date | null>((max, p) => (p.lastModified && (!max || p.lastModified > max) ? p.lastModified : max), null);
    return { count: pages.length, lastModified: newest };
  }
  const listing = listingQuery(kind).as('listing');
  const row = db
    .select({ count: sql<number>`count(*)`.mapWith(Number), lastModified: sql<Date | null>`max(${listing.lastModified})`.mapWith(articles.updatedAt) })
    .from(listing)
    .get();
  return { count: row?.count ?? 0, lastModified: row?.lastModified ?? null };
}

export type NewsArticle = { id: number; locale: AppLocale; slug: string; title: string; publishedAt: Date };

/** Readable articles published since `since`, newest first (the Google News window). */
export function listNewsArticles(since: Date, limit: number): NewsArticle[] {
  return db
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(readable(), bothEditions, gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all() as NewsArticle[];
}

export type FeedArticle = {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  lead: string;
  thumbnail: string | null;
  publishedAt: Date;
  authorName: string;
  categoryName: string | null;
};

/** The newest readable articles of an edition, or of one of its categories. */
export function listFeedArticles(locale: AppLocale, limit: number, categoryId?: number): FeedArticle[] {
  return db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      thumbnail: articles.thumbnail,
      publishedAt: articles.publishedAt,
      authorName: users.name,
      categoryName: categories.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(categoryId === undefined ? readable(locale) : and(readable(locale), eq(articles.categoryId, categoryId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all() as FeedArticle[];
}
