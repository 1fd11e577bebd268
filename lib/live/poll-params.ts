import { isId, PATH_LOCALES, type PathLocale } from '@/lib/domain';

/** The poll endpoint's question, or null when it is not one the pages ask (answered 400, never kept). */
export function parsePollQuery(rawId: string, search: URLSearchParams): { articleId: number; prefix: PathLocale; after: number } | null {
  const prefix = search.get('locale');
  const after = search.get('after') ?? '0';
  if (!isId(rawId) || !(PATH_LOCALES as readonly (string | null)[]).includes(prefix)) return null;
  if (after !== '0' && !isId(after)) return null;
  return { articleId: Number(rawId), prefix: prefix as PathLocale, after: Number(after) };
}

/**
 * Short enough that a reader polling through nginx or a CDN sees a new entry within seconds;
 * the front server's own copy is purged the moment an entry changes (lib/revalidate-readers.ts).
 */
export const LIVE_POLL_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=5, stale-if-error=60';
