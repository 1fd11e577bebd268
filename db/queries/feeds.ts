import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, min, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { articles, categories, tags, users } from '@/db/schema';
import { storyColumns } from './story-columns';
import { EDITIONS, type Edition } from '@/lib/domain';
import { almatyMonthOf, almatyMonthRange, type MonthBucket, type MonthRange } from '@/lib/seo/almaty-month';
import type { FeedArticle } from '@/lib/seo/rss-items';
import type { SitemapArticle, SitemapListing } from '@/lib/seo/sitemap-entries';
import type { ListingSitemap, SitemapPage } from '@/lib/seo/sitemap-files';
import { once } from '@/lib/once';
import { yielder } from '@/lib/yielder';
import { countListingsWithArticles, listingIds, listingLastModified, type Listing } from './listings';
import { readable, readableStatus, readableWithin } from './visibility';

// What sitemaps, the news sitemap and RSS feeds read. Everything goes through readable(), so a
// draft, a submitted or a not-yet-due article never reaches a crawler. Work that grows with the
// archive (sitemaps) runs in index-sized chunks with a pause between them (lib/yielder.ts).

// Newest of updatedAt/publishedAt, decoded to a Date like the columns themselves.
const newestChange = sql<Date | null>`max(max(${articles.updatedAt}, ${articles.publishedAt}))`.mapWith(articles.updatedAt);

// The index walks month by month; both statements are prepared once for the ~120 months of a
// ten-year archive. `before` folds the month's end and "not in the future" into one bound (see
// readableWithin).
const span = { from: sql.placeholder('from'), before: sql.placeholder('before') };
const inSpan = and(readableStatus(), gte(articles.publishedAt, span.from), lt(articles.publishedAt, span.before));
const monthQueries = once(() => ({
  first: db.select({ at: articles.publishedAt }).from(articles).where(inSpan).orderBy(asc(articles.publishedAt)).limit(1).prepare(),
  summary: db.select({ count: count(), lastModified: newestChange }).from(articles).where(inSpan).prepare(),
}));

const spanUntil = (end: number) => Math.min(end, Date.now() + 1);

/** Readable articles per Almaty month, oldest first: one index range per month with content. */
export async function listArticleMonths(): Promise<MonthBucket[]> {
  const pause = yielder();
  const { first, summary } = monthQueries();
  const months: MonthBucket[] = [];
  for (let next = first.get({ from: Number.MIN_SAFE_INTEGER, before: spanUntil(Infinity) })?.at; next;) {
    const month = almatyMonthOf(next);
    const range = almatyMonthRange(month)!;
    const row = summary.get({ from: range.start.getTime(), before: spanUntil(range.end.getTime()) });
    if (row?.count && row.lastModified) months.push({ month, count: row.count, lastModified: row.lastModified });
    // Skips empty months in one step.
    next = first.get({ from: range.end.getTime(), before: spanUntil(Infinity) })?.at;
    await pause();
  }
  return months;
}

const named = alias(articles, 'named'); // the translation an article names
const naming = alias(articles, 'naming'); // an article naming this one as its translation

// A pair is stored on one side only: look both ways, at a readable article of the other edition,
// the lowest id when there are several. Each way is one indexed lookup per article (the primary
// key, articles_translation_idx), computed in the month's own query.
const namedPartner = () =>
  sql<number | null>`(${db
    .select({ id: named.id })
    .from(named)
    .where(and(eq(named.id, articles.translationId), ne(named.locale, articles.locale), readable(undefined, named)))})`;
const namingPartner = () =>
  sql<number | null>`(${db
    .select({ id: min(naming.id) })
    .from(naming)
    .where(and(eq(naming.translationId, articles.id), ne(naming.locale, articles.locale), readable(undefined, naming)))})`;

type MonthRow = { id: number; locale: Edition; slug: string; publishedAt: Date | null; lastModified: Date; namedId: number | null; namingId: number | null };

// About two milliseconds of work per chunk: an article row costs a few pages to read (its body
// comes before translation_id), and building the query is not free either.
const SITEMAP_CHUNK = 500;

// A month is a range of articles_published_idx; `after` continues it by keyset.
function monthChunk(range: MonthRange, after: { at: Date; id: number } | null, limit: number, offset: number): MonthRow[] {
  return (
    db
      .select({
        id: articles.id,
        locale: articles.locale,
        slug: articles.slug,
        publishedAt: articles.publishedAt,
        lastModified: sql<Date>`max(${articles.updatedAt}, ${articles.publishedAt})`.mapWith(articles.updatedAt),
        namedId: namedPartner(),
        namingId: namingPartner(),
      })
      .from(articles)
      // The keyset replaces the month's start as the lower bound: one lower, one upper.
      .where(
        after
          ? and(readableWithin({ from: null, before: range.end }), sql`(${articles.publishedAt}, ${articles.id}) > (${after.at.getTime()}, ${after.id})`)
          : readableWithin({ from: range.start, before: range.end }),
      )
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(limit)
      .offset(offset)
      .all()
  );
}

function partnersOf(chunk: MonthRow[]): Map<number, SitemapArticle['translation']> {
  const partnerOf = new Map<number, number>();
  for (const { id, namedId, namingId } of chunk) {
    const partner = namedId === null ? namingId : namingId === null ? namedId : Math.min(namedId, namingId);
    if (partner !== null) partnerOf.set(id, partner);
  }
  if (partnerOf.size === 0) return new Map();
  const rows = db
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(inArray(articles.id, [...new Set(partnerOf.values())]))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return new Map([...partnerOf].map(([id, partner]) => [id, byId.get(partner) ?? null]));
}

/** One sitemap page of a month, read in chunks of SITEMAP_CHUNK articles. */
export async function listSitemapArticles(range: MonthRange, page: SitemapPage): Promise<SitemapArticle[]> {
  const pause = yielder();
  const result: SitemapArticle[] = [];
  let after: { at: Date; id: number } | null = null;
  while (result.length < page.limit) {
    const want = Math.min(SITEMAP_CHUNK, page.limit - result.length);
    const chunk = monthChunk(range, after, want, after ? 0 : page.offset);
    const partners = partnersOf(chunk);
    for (const { id, locale, slug, lastModified } of chunk) result.push({ id, locale, slug, lastModified, translation: partners.get(id) ?? null });
    if (chunk.length < want) break;
    const last = chunk[chunk.length - 1];
    after = { at: last.publishedAt!, id: last.id };
    await pause();
  }
  return result;
}

type ListingOf = { locale: Edition; slug: string; listing: Exclude<Listing, { kind: 'edition' }> };

/** Every category, tag or author page that could exist, in sitemap order. */
function* listingsOf(kind: Exclude<ListingSitemap, 'pages'>): Generator<ListingOf> {
  if (kind === 'categories') {
    const rows = db
      .select({ id: categories.id, locale: categories.locale, slug: categories.slug })
      .from(categories)
      .orderBy(asc(categories.locale), asc(categories.position), asc(categories.id))
      .all();
    for (const c of rows) yield { locale: c.locale, slug: c.slug, listing: { kind: 'category', categoryId: c.id } };
  } else if (kind === 'tags') {
    const rows = db.select({ id: tags.id, locale: tags.locale, slug: tags.slug }).from(tags).orderBy(asc(tags.locale), asc(tags.slug), asc(tags.id)).all();
    for (const t of rows) yield { locale: t.locale, slug: t.slug, listing: { kind: 'tag', tagId: t.id } };
  } else {
    // An author page exists in each edition; list it where the author has articles in that edition.
    const people = db.select({ id: users.id, slug: users.slug }).from(users).orderBy(asc(users.slug)).all();
    for (const locale of EDITIONS) for (const u of people) yield { locale, slug: u.slug, listing: { kind: 'author', locale, authorId: u.id } };
  }
}

// Category, tag and author pages with at least one readable article; an empty listing is thin
// content a crawler need not be sent to. One small index range per listing, in sitemap order.
async function* listingEntries(kind: Exclude<ListingSitemap, 'pages'>): AsyncGenerator<SitemapListing> {
  const pause = yielder();
  for (const { locale, slug, listing } of listingsOf(kind)) {
    const lastModified = listingLastModified(listing);
    if (lastModified) yield { locale, slug, lastModified };
    await pause();
  }
}

/** Front pages of both editions, newest article change as lastmod (every article has an author). */
async function listFrontPages(): Promise<SitemapListing[]> {
  const newest = new Map<Edition, Date>();
  for await (const entry of listingEntries('authors')) {
    const seen = newest.get(entry.locale);
    if (entry.lastModified && (!seen || entry.lastModified > seen)) newest.set(entry.locale, entry.lastModified);
  }
  return EDITIONS.map((locale) => ({ locale, slug: '', lastModified: newest.get(locale) ?? null }));
}

export async function listListingEntries(kind: ListingSitemap, page: SitemapPage): Promise<SitemapListing[]> {
  if (kind === 'pages') return (await listFrontPages()).slice(page.offset, page.offset + page.limit);
  const entries: SitemapListing[] = [];
  let position = 0;
  for await (const entry of listingEntries(kind)) {
    if (position++ < page.offset) continue;
    entries.push(entry);
    if (entries.length === page.limit) break;
  }
  return entries;
}

/** How many pages a listing sitemap holds, for the index. Front pages: always one per edition. */
export async function countListings(kind: ListingSitemap): Promise<number> {
  return kind === 'pages' ? EDITIONS.length : countListingsWithArticles(kind);
}

export type NewsArticle = { id: number; locale: Edition; slug: string; title: string; publishedAt: Date };

/** Readable articles published since `since`, newest first (the Google News window). */
export function listNewsArticles(since: Date, limit: number): NewsArticle[] {
  return db
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(readableWithin({ from: since, before: new Date() }))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all() as NewsArticle[];
}

/** The newest readable articles of an edition, or of one of its categories. */
export function listFeedArticles(locale: Edition, limit: number, categoryId?: number): FeedArticle[] {
  const ids = listingIds(categoryId === undefined ? { kind: 'edition', locale } : { kind: 'category', categoryId }, limit);
  if (ids.length === 0) return [];
  const rows = db
    .select({
      ...storyColumns,
      updatedAt: articles.updatedAt,
      authorName: users.name,
      categoryName: categories.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    // By id only: with "locale = ?" beside the id list SQLite walks a locale index instead.
    .where(inArray(articles.id, ids))
    .all() as FeedArticle[];
  // A category listing spans editions in principle (a category belongs to one); the feed does not.
  const byId = new Map(rows.filter((row) => row.locale === locale).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
