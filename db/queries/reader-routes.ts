// No 'server-only' import: proxy.ts is bundled outside the react-server condition, where that
// package throws. This module is still server code: only proxy.ts and pages import it.
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, categories, comments, tags, users } from '@/db/schema';
import { contentLocale, type PathLocale } from '@/i18n/routing';
import type { Edition } from '@/lib/domain';
import { COMMENTS_PAGE_SIZE, PAGE_SIZE_READER } from '@/lib/page-size';
import { pageExists } from '@/lib/pagination';
import { parseContentRoute, type ListingKind } from '@/lib/reader-routes';
import { listingReaches, type Listing } from './listings';
import { readable } from './visibility';

// The listing behind each kind of listing page, or null when its slug names nothing.
const LISTING_OF: Record<ListingKind, (edition: Edition, slug: string) => Listing | null> = {
  category: (edition, slug) => {
    const row = db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.locale, edition), eq(categories.slug, slug)))
      .get();
    return row ? { kind: 'category', categoryId: row.id } : null;
  },
  tag: (edition, slug) => {
    const row = db
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.locale, edition), eq(tags.slug, slug)))
      .get();
    return row ? { kind: 'tag', tagId: row.id } : null;
  },
  author: (edition, slug) => {
    const row = db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get();
    return row ? { kind: 'author', locale: edition, authorId: row.id } : null;
  },
};

// An article's ?page=N lists its approved comments (oldest first); the probe reads one index entry.
function approvedCommentAt(articleId: number, offset: number): boolean {
  const approved = and(eq(comments.articleId, articleId), eq(comments.status, 'approved'));
  return !!db.select({ id: comments.id }).from(comments).where(approved).orderBy(asc(comments.createdAt), asc(comments.id)).limit(1).offset(offset).get();
}

/**
 * Whether a reader URL inside an edition names content that exists. Next.js 16 sends a page that
 * calls notFound() as an empty shell filled in by JavaScript, so the proxy answers these 404s by
 * rewriting to the (server-rendered) global 404 before the page runs. Probing one position of a
 * listing costs what the page itself costs, not a count of the whole listing.
 */
export function readerContentExists(prefix: PathLocale, rest: string, search: URLSearchParams): boolean {
  const route = parseContentRoute(prefix, rest, search);
  if (!route) return true; // not a content route: routing decides
  if (route.kind === 'malformed') return false;
  if (route.kind === 'article') {
    const article = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, route.id), readable()))
      .get();
    return !!article && pageExists(route.page, COMMENTS_PAGE_SIZE, (offset) => approvedCommentAt(route.id, offset));
  }
  const listing = LISTING_OF[route.kind](contentLocale(prefix), route.slug); // /kk-latn shows the Kazakh edition's content
  return !!listing && pageExists(route.page, PAGE_SIZE_READER, (offset) => listingReaches(listing, offset));
}
