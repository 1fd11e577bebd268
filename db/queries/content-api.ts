import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags, categories, tags, users } from '@/db/schema';
import { storyColumns } from './story-columns';
import type { ApiArticleDetailSource, ApiArticleSource } from '@/lib/content-api/serialize';
import type { Edition } from '@/lib/domain';
import { getReadableArticle, locateReadableArticle } from './articles';
import { listingIds, type Listing } from './listings';
import { readable } from './visibility';

/** The content API's listings: the reader pages' own (and their indexes), never an author's. */
export type ApiListing = Extract<Listing, { kind: 'edition' | 'category' | 'tag' }>;

// Rows by id after the listing's index has chosen them, as the reader pages do: a page reads its
// own rows, their tags and translations, never the rows it skips.
function apiArticlesByIds(ids: number[]): ApiArticleSource[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      ...storyColumns,
      thumbnailAlt: articles.thumbnailAlt,
      updatedAt: articles.updatedAt,
      translationId: articles.translationId,
      authorName: users.name,
      authorSlug: users.slug,
      categoryName: categories.name,
      categorySlug: categories.slug,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(inArray(articles.id, ids))
    .all();
  const tagsOf = new Map<number, { name: string; slug: string }[]>();
  for (const row of db
    .select({ articleId: articleTags.articleId, name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .all()) {
    tagsOf.set(row.articleId, [...(tagsOf.get(row.articleId) ?? []), { name: row.name, slug: row.slug }]);
  }
  const partners = translationsOf(rows);
  const byId = new Map(rows.map(({ translationId: _, ...row }) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    // In SQLite's binary order, as the article page lists them (db/queries/articles.ts).
    const sorted = (tagsOf.get(id) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return [{ ...row, publishedAt: row.publishedAt as Date, tags: sorted, translation: partners.get(id) ?? null }];
  });
}

type Partner = { locale: Edition; id: number; slug: string };

// A pair is stored on one side only (as findTranslation in articles.ts knows): partners named by
// the page's articles, and articles naming them, each through an index, readable ones only.
function translationsOf(rows: { id: number; translationId: number | null }[]): Map<number, Partner> {
  const fields = { locale: articles.locale, id: articles.id, slug: articles.slug, translationId: articles.translationId };
  const named = rows.flatMap((row) => (row.translationId ? [row.translationId] : []));
  const forward = named.length
    ? db
        .select(fields)
        .from(articles)
        .where(and(inArray(articles.id, named), readable()))
        .all()
    : [];
  const backward = db
    .select(fields)
    .from(articles)
    .where(
      and(
        inArray(
          articles.translationId,
          rows.map((row) => row.id),
        ),
        readable(),
      ),
    )
    .all();
  const found = new Map<number, Partner>();
  for (const row of rows) {
    const partner = forward.find((p) => p.id === row.translationId && p.id !== row.id) ?? backward.find((p) => p.translationId === row.id && p.id !== row.id);
    if (partner) found.set(row.id, { locale: partner.locale, id: partner.id, slug: partner.slug });
  }
  return found;
}

/**
 * One page of a listing, newest first. One row more than the page is asked of the index, so
 * "is there a next page" costs no count of the whole edition.
 */
export function apiArticlePage(listing: ApiListing, page: number, pageSize: number): { items: ApiArticleSource[]; hasMore: boolean } {
  const ids = listingIds(listing, pageSize + 1, (page - 1) * pageSize);
  return { items: apiArticlesByIds(ids.slice(0, pageSize)), hasMore: ids.length > pageSize };
}

/** A readable article by id alone, in whichever edition it is: what its reader page shows. */
export function apiArticle(id: number): ApiArticleDetailSource | null {
  const located = locateReadableArticle(id);
  return located ? getReadableArticle(located.locale, id) : null;
}
