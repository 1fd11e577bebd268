import { PATH_LOCALES, type PathLocale } from '@/lib/domain';
import { parsePageParam } from '@/lib/pagination';
import { parseIdSlug } from '@/lib/slug';

// The reader pages that show stored content: app/[locale]/{kind}/[param]/page.tsx. Links are
// built from this table (lib/urls.ts), and the proxy's 404 check and the language switch parse
// paths with it, so a route added or renamed here is added or renamed for all of them.
const CONTENT_KINDS = ['article', 'category', 'tag', 'author'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export type ListingKind = Exclude<ContentKind, 'article'>;

export const contentPath = (prefix: string, kind: ContentKind, param: string) => `/${prefix}/${kind}/${param}`;

/**
 * What a reader path names: an article by id, a listing page by slug, `malformed` for what no
 * link of ours produces (the page would answer 404), or null for a path that is not a content
 * route (routing decides).
 */
export type ContentRoute =
  // An article's `page` is its page of approved comments (?page=N).
  | { prefix: PathLocale; kind: 'article'; id: number; slug: string; page: number }
  | { prefix: PathLocale; kind: ListingKind; slug: string; page: number }
  | { prefix: PathLocale; kind: 'malformed' }
  | null;

const EDITION_PATH = new RegExp(`^/(${PATH_LOCALES.join('|')})(/.*)?$`);
const CONTENT_PATH = new RegExp(`^/(${CONTENT_KINDS.join('|')})/([^/]+)/?$`);

/** The edition prefix of a reader path and the rest after it, or null outside the editions. */
export function splitEditionPath(pathname: string): { prefix: PathLocale; rest: string } | null {
  const match = EDITION_PATH.exec(pathname);
  return match ? { prefix: match[1] as PathLocale, rest: match[2] ?? '/' } : null;
}

export function parseContentRoute(prefix: PathLocale, rest: string, search: URLSearchParams = new URLSearchParams()): ContentRoute {
  const match = CONTENT_PATH.exec(rest);
  if (!match) return null;
  const kind = match[1] as ContentKind;
  const raw = match[2]!;
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return { prefix, kind: 'malformed' };
  }
  // The pages read `?page=` from Next's searchParams, where a repeated key is an array.
  const pages = search.getAll('page');
  const page = parsePageParam(pages.length > 1 ? pages : pages[0]);
  if (page === null) return { prefix, kind: 'malformed' };
  if (kind === 'article') {
    const ref = parseIdSlug(raw);
    return ref ? { prefix, kind, ...ref, page } : { prefix, kind: 'malformed' };
  }
  return { prefix, kind, slug, page };
}
