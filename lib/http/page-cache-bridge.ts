/**
 * How app code (server actions, after an editor's change) reaches the front server's page cache
 * in the same process. Next bundles the app separately from server/, so the cache registers
 * itself on globalThis under a registered symbol. Without the front server (unit tests,
 * scripts) there is nothing to purge.
 */
export type PageCachePurger = {
  /** Drop every reader page, feed and sitemap, or only the keys with these prefixes. */
  purge(prefixes?: readonly string[]): number;
};

const PAGE_CACHE_KEY = Symbol.for('qamshy.pageCache');

export function registerPageCache(purger: PageCachePurger): void {
  (globalThis as unknown as Record<symbol, PageCachePurger>)[PAGE_CACHE_KEY] = purger;
}

export function purgePageCache(prefixes?: readonly string[]): number {
  return (globalThis as unknown as Record<symbol, PageCachePurger | undefined>)[PAGE_CACHE_KEY]?.purge(prefixes) ?? 0;
}

/** The page cache's key for a path (with its kept query): shared by server/ and the purges below. */
export const pageKey = (pathWithQuery: string) => `page:${pathWithQuery}`;
