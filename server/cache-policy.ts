import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { PATH_LOCALES } from '@/lib/domain';
import { pageKey } from '@/lib/http/page-cache-bridge';

/**
 * Which requests the full-page cache may answer, and under which key. Everything else goes
 * straight to Next: other methods, signed-in editors, the router's RSC and prefetch requests,
 * server actions, the admin area, the API but its read-only content routes (views must be
 * counted) and uploads (served from disk with their own year-long headers).
 */
const PREFIXES = PATH_LOCALES.join('|');
const READER_PAGE = new RegExp(`^/(${PREFIXES})(/[^?]*)?$`);
// The read-only content API answers the same JSON to everyone: kept and purged like reader pages.
const CONTENT_API = /^\/api\/v1\/articles(\/[^/]+)?$/;
// A live blog's poll (app/api/live): the same answer for every reader asking after the same entry.
const LIVE_POLL = /^\/api\/live\/\d+$/;
const CRAWLER_FILE = /^\/(sitemap\.xml|news-sitemap\.xml|robots\.txt|sitemaps\/[\w./-]+\.xml|icon\.png|favicon\.ico|logo\.png)$/;
const STATIC_ASSET = /^\/_next\/static\//;
const SEARCH_PAGE = new RegExp(`^/(${PREFIXES})/search/?$`);
// The only query parameter a cacheable page reads; others (utm_…, fbclid) would only split the cache.
const KEPT_PARAMS = ['page'] as const;
const CONTENT_API_PARAMS = ['locale', 'category', 'tag', 'page'] as const; // lib/content-api/params.ts
const LIVE_POLL_PARAMS = ['locale', 'after'] as const; // lib/live/poll-params.ts

export type CacheKind = 'page' | 'static' | 'search';

function hasSessionCookie(req: IncomingMessage): boolean {
  const cookie = req.headers.cookie;
  return !!cookie && cookie.includes(`${SESSION_COOKIE}=`);
}

function isRouterRequest(req: IncomingMessage, search: URLSearchParams): boolean {
  const h = req.headers;
  return (
    h['rsc'] !== undefined ||
    h['next-router-prefetch'] !== undefined ||
    h['next-action'] !== undefined ||
    h['next-router-state-tree'] !== undefined ||
    search.has('_rsc')
  );
}

/** The cache key for a request the cache may answer, or null to pass it to Next. */
export function cacheKeyOf(req: IncomingMessage, url: URL): { key: string; kind: CacheKind } | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const path = url.pathname;
  if (STATIC_ASSET.test(path)) return url.search ? null : { key: `static:${path}`, kind: 'static' };
  if (isRouterRequest(req, url.searchParams) || hasSessionCookie(req)) return null;
  // Search answers depend on free text: kept in a cache of their own (server/main.ts), so a flood
  // of made-up queries can push out other searches but never the pages readers come for.
  if (SEARCH_PAGE.test(path)) {
    const q = url.searchParams.get('q') ?? '';
    const page = url.searchParams.get('page');
    if (q.length > 200 || url.searchParams.getAll('q').length > 1) return null;
    return { key: `search:${path}?${new URLSearchParams({ q, ...(page ? { page } : {}) }).toString()}`, kind: 'search' };
  }
  const api = CONTENT_API.test(path);
  const live = isLivePoll(path);
  if (!api && !live && !READER_PAGE.test(path) && !CRAWLER_FILE.test(path)) return null;
  const kept = new URLSearchParams();
  for (const name of api ? CONTENT_API_PARAMS : live ? LIVE_POLL_PARAMS : KEPT_PARAMS)
    for (const value of url.searchParams.getAll(name)) kept.append(name, value);
  const query = kept.toString();
  return { key: pageKey(`${path}${query ? `?${query}` : ''}`), kind: 'page' };
}

/** The live-blog poll keeps its own short Cache-Control: a shared cache must not hold it for the pages' s-maxage. */
export const isLivePoll = (path: string) => LIVE_POLL.test(path);

export type CachePolicy = { sharedMaxAge: number; staleWhileRevalidate: number; staleIfError: number };

/** What a shared cache (nginx, a CDN) may do with a public answer. Browsers revalidate by ETag. */
export function publicCacheControl(policy: CachePolicy): string {
  return `public, max-age=0, s-maxage=${policy.sharedMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}, stale-if-error=${policy.staleIfError}`;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const PRIVATE = 'private, no-store';

/** Answers the front server may keep: whole, public, and the same for every reader. */
export function isStorable(status: number, headers: Record<string, string>): boolean {
  // Not 404s: any URL can be made up, and a flood of them must not push real pages out.
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  const type = headers['content-type'] ?? '';
  return /^(text\/(html|plain|css|javascript)|application\/(xml|rss\+xml|json|javascript|manifest\+json)|image\/)/.test(type);
}
