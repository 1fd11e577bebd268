import 'server-only';
import { cache } from 'react';
import { and, desc, eq, gt, inArray, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags, categories, tags, users } from '@/db/schema';
import { storyColumns } from './story-columns';
import { TOP_STORY_SLOTS, type Edition } from '@/lib/domain';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { pageCount, pageOffset, type Paged } from '@/lib/pagination';
import { chooseRelated } from '@/lib/related';
import { readablePins } from './front-slots';
import { listingCount, listingIds, type Listing } from './listings';
import { tagTimeline } from './trigger-tables';
import { readable } from './visibility';
import type { Story } from '@/lib/story';

export const PAGE_SIZE = PAGE_SIZE_READER;

const teaserFields = {
  ...storyColumns,
  thumbnailAlt: articles.thumbnailAlt,
  categoryName: categories.name,
  categorySlug: categories.slug,
  // An open live blog: its cards carry the LIVE badge.
  liveOpen: sql<boolean>`(${articles.format} = 'live' and ${articles.liveEndedAt} is null)`.mapWith(Boolean),
};

export type ArticleTeaser = Story & {
  thumbnailAlt: string;
  categoryName: string | null;
  categorySlug: string | null;
  liveOpen?: boolean;
};

// Rows are fetched by id after the listing's index has chosen them: a page reads 20 rows, never
// the rows it skips or sorts past.
function teasersByIds(ids: number[]): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const rows = db.select(teaserFields).from(articles).leftJoin(categories, eq(categories.id, articles.categoryId)).where(inArray(articles.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, row as ArticleTeaser]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const teasers = (listing: Listing, limit: number, offset = 0) => teasersByIds(listingIds(listing, limit, offset));

function paged(listing: Exclude<Listing, { kind: 'edition' }>, page: number): Paged<ArticleTeaser> {
  const total = listingCount(listing);
  const pages = pageCount(total, PAGE_SIZE);
  return { items: page > pages ? [] : teasers(listing, PAGE_SIZE, pageOffset(page, PAGE_SIZE)), total, page, pages };
}

export function getLeadStory(locale: Edition): ArticleTeaser | null {
  const featured = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(readable(locale), eq(articles.featured, true)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1)
    .get();
  return teasersByIds(featured ? [featured.id] : listingIds({ kind: 'edition', locale }, 1))[0] ?? null;
}

/**
 * The front page's lead story and top stories: the editors' pins (front_slots) where readers may
 * see them, and in every other slot the newest articles, each article at most once. Without a
 * pinned lead the newest featured article leads, as before curation.
 */
export function getFrontStories(locale: Edition): { lead: ArticleTeaser | null; top: ArticleTeaser[] } {
  const pins = readablePins(locale);
  const pinned = [...pins.values()];
  const featured = pins.has(0)
    ? undefined
    : db
        .select({ id: articles.id })
        .from(articles)
        .where(and(readable(locale), eq(articles.featured, true), pinned.length ? notInArray(articles.id, pinned) : undefined))
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(1)
        .get()?.id;
  const gaps = Array.from({ length: TOP_STORY_SLOTS }, (_, i) => i + 1).filter((position) => !pins.has(position)).length + (pins.has(0) || featured ? 0 : 1);
  const fill = listingIds({ kind: 'edition', locale, exclude: featured ? [...pinned, featured] : pinned }, gaps);
  const leadId = pins.get(0) ?? featured ?? fill.shift();
  const topIds: number[] = [];
  for (let position = 1; position <= TOP_STORY_SLOTS; position++) {
    const id = pins.get(position) ?? fill.shift();
    if (id !== undefined) topIds.push(id);
  }
  // Only pinned top stories and nothing else readable: the first of them leads.
  const ids = leadId === undefined ? topIds : [leadId, ...topIds];
  const [lead = null, ...top] = teasersByIds(ids);
  return { lead, top };
}

export function listLatest(locale: Edition, limit: number, excludeIds: number[] = []): ArticleTeaser[] {
  return teasers({ kind: 'edition', locale, exclude: excludeIds }, limit);
}

export function listMostRead(locale: Edition, limit = 5): (ArticleTeaser & { viewCount: number })[] {
  const top = db
    .select({ id: articles.id, viewCount: articles.viewCount })
    .from(articles)
    .where(and(readable(locale), gt(articles.viewCount, 0)))
    .orderBy(desc(articles.viewCount), desc(articles.publishedAt))
    .limit(limit)
    .all();
  const views = new Map(top.map((row) => [row.id, row.viewCount]));
  return teasersByIds(top.map((row) => row.id)).map((teaser) => ({ ...teaser, viewCount: views.get(teaser.id)! }));
}

export function listByCategory(categoryId: number, page: number) {
  return paged({ kind: 'category', categoryId }, page);
}

export function listLatestInCategory(categoryId: number, limit: number) {
  return teasers({ kind: 'category', categoryId }, limit);
}

export function listByAuthor(locale: Edition, authorId: number, page: number) {
  return paged({ kind: 'author', locale, authorId }, page);
}

export function listByTag(tagId: number, page: number) {
  return paged({ kind: 'tag', tagId }, page);
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
  translation: { locale: Edition; id: number; slug: string } | null;
};

// cache(): generateMetadata and the page ask for the same article within one request.
export const getReadableArticle = cache((locale: Edition, id: number): ArticleView | null => {
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
    .all()
    // Sorted here, not by SQL: a handful of names, in SQLite's binary order (code points).
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...(rest as Omit<ArticleView, 'tags' | 'translation'>), tags: articleTagsList, translation: findTranslation(id, translationId) };
});

// A pair is stored on one side only; look both ways so either article finds its partner.
function findTranslation(id: number, translationId: number | null) {
  const partner = db
    .select({ locale: articles.locale, id: articles.id, slug: articles.slug })
    .from(articles)
    .where(
      and(readable(), translationId ? or(eq(articles.id, translationId), eq(articles.translationId, id)) : eq(articles.translationId, id), ne(articles.id, id)),
    )
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

// Candidates per shared tag: that tag's newest articles, read from tag_timeline. Bounded, so a
// story tagged "Қазақстан" (one article in ten) costs the same as one with a rare tag.
const RELATED_PER_TAG = 24;

function newestWithTag(tagId: number) {
  return db
    .select({ id: tagTimeline.articleId, publishedAt: tagTimeline.publishedAt })
    .from(tagTimeline)
    .where(and(eq(tagTimeline.tagId, tagId), lte(tagTimeline.publishedAt, new Date())))
    .orderBy(desc(tagTimeline.publishedAt), desc(tagTimeline.articleId))
    .limit(RELATED_PER_TAG)
    .all();
}

/**
 * Related articles: most shared tags first, then the same category, then newest (lib/related.ts).
 * Shared tags are counted among each tag's newest articles, not across all of them, and only the
 * best few candidates by shared tags and date have their rows read (an article row is large);
 * the category's and the edition's newest fill in when few articles share a tag.
 */
export function listRelated(article: { id: number; locale: Edition; categoryId: number | null }, limit = 6): ArticleTeaser[] {
  const shared = new Map<number, { n: number; at: number }>();
  for (const { tagId } of db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, article.id)).all()) {
    for (const { id, publishedAt } of newestWithTag(tagId)) shared.set(id, { n: (shared.get(id)?.n ?? 0) + 1, at: publishedAt.getTime() });
  }
  shared.delete(article.id);
  const wanted = limit * 3;
  const ids = [...shared.entries()]
    .sort(([a, x], [b, y]) => y.n - x.n || y.at - x.at || b - a)
    .slice(0, wanted)
    .map(([id]) => id);
  if (ids.length < wanted) {
    if (article.categoryId !== null) ids.push(...listingIds({ kind: 'category', categoryId: article.categoryId }, limit * 2));
    ids.push(...listingIds({ kind: 'edition', locale: article.locale }, limit * 2));
  }
  // By id alone: a condition on locale beside the id list would make SQLite walk an index.
  const candidates = db
    .select({ ...teaserFields, categoryId: articles.categoryId })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      inArray(
        articles.id,
        [...new Set(ids)].filter((id) => id !== article.id),
      ),
    )
    .all()
    .filter((c) => c.locale === article.locale);
  const chosen = chooseRelated(
    article,
    candidates.map((c) => ({ ...c, publishedAt: c.publishedAt as Date, sharedTags: shared.get(c.id)?.n ?? 0 })),
    limit,
  );
  return chosen.map((c) => candidates.find((x) => x.id === c.id)!) as ArticleTeaser[];
}

export function recordView(id: number): void {
  db.update(articles)
    .set({ viewCount: sql`${articles.viewCount} + 1` })
    .where(and(eq(articles.id, id), readable()))
    .run();
}
