// No 'server-only' import: proxy.ts is bundled outside the react-server condition, where that
// package throws. This module is still server code: only proxy.ts and pages import it.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, categories, tags, users } from '@/db/schema';
import { contentLocale, type PathLocale } from '@/i18n/routing';
import { parsePageParam } from '@/lib/pagination';
import { parseIdSlug } from '@/lib/slug';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { listingReaches, type Listing } from './listings';
import { readable } from './visibility';

const LISTING = /^\/(article|category|tag|author)\/([^/]+)\/?$/;

// Page 1 of an empty listing exists; page N needs an article at its first position. Probing that
// one position costs what the page itself costs, not a count of the whole listing.
function withinPages(listing: Listing, page: number): boolean {
  return page === 1 || listingReaches(listing, (page - 1) * PAGE_SIZE_READER);
}

/**
 * Whether a reader URL inside an edition names content that exists. Next.js 16 sends a page that
 * calls notFound() as an empty shell filled in by JavaScript, so the proxy answers these 404s by
 * rewriting to the (server-rendered) global 404 before the page runs.
 */
export function readerContentExists(prefix: PathLocale, rest: string, search: URLSearchParams): boolean {
  const locale = contentLocale(prefix); // /kk-latn shows the Kazakh edition's content
  const match = LISTING.exec(rest);
  if (!match) return true; // not a content route: routing decides
  const [, kind, raw] = match;
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return false;
  }
  if (kind === 'article') {
    const ref = parseIdSlug(raw);
    return !!ref && !!db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, ref.id), readable())).get();
  }
  const pages = search.getAll('page');
  const page = parsePageParam(pages.length > 1 ? pages : pages[0]);
  if (page === null) return false;
  if (kind === 'category') {
    const category = db.select({ id: categories.id }).from(categories).where(and(eq(categories.locale, locale), eq(categories.slug, segment))).get();
    if (!category) return false;
    return withinPages({ kind: 'category', categoryId: category.id }, page);
  }
  if (kind === 'tag') {
    const tag = db.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, segment))).get();
    if (!tag) return false;
    return withinPages({ kind: 'tag', tagId: tag.id }, page);
  }
  const author = db.select({ id: users.id }).from(users).where(eq(users.slug, segment)).get();
  if (!author) return false;
  return withinPages({ kind: 'author', locale, authorId: author.id }, page);
}
