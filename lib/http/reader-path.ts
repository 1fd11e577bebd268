import { parsePageParam } from '@/lib/pagination';

/**
 * The path of the reader page being rendered (with its kept query: readerLocation), set by proxy.ts
 * on every edition request (any value a client sends is overwritten). Only the header's language
 * switch reads it: the path is part of the page cache's key, so the page stays the same for every
 * reader of that URL, and the switch needs no client-side JavaScript to know where it is.
 */
export const READER_PATH_HEADER = 'x-qamshy-pathname';

const SEARCH_PATH = /^\/[^/]+\/search\/?$/;

/**
 * What READER_PATH_HEADER carries: the path, with the query the page cache keys the page by
 * (server/cache-policy.ts: `q` on a search page, `page` on any), so the switch to another script
 * keeps a search or a listing's page N, and nothing a reader adds (utm_…) reaches a kept page.
 * A page that is not one (`page=x`, repeated) answers 404 anyway and is left out.
 */
export function readerLocation(pathname: string, search: URLSearchParams): string {
  const kept = new URLSearchParams();
  const q = SEARCH_PATH.test(pathname) ? search.get('q') : null;
  if (q) kept.set('q', q);
  const pages = search.getAll('page');
  const page = parsePageParam(pages.length > 1 ? pages : pages[0]);
  if (page !== null && page > 1) kept.set('page', String(page)); // page 1 is the bare path
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}
