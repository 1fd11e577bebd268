import 'server-only';
import { readingPrefixes } from '@/i18n/routing';
import { pageKey, purgePageCache } from '@/lib/http/page-cache-bridge';

/**
 * The one place that knows which cached pages an editor's change touches. Reader pages, feeds
 * and sitemaps are kept whole by the front server (server/page-cache.ts) and rendered by Next
 * only on a miss, so dropping them here is all it takes for the next reader to see the change.
 */
export function refreshReaderPages(): void {
  purgePageCache();
}

/**
 * A change seen only on the article's own page (a comment approved or removed): its page in
 * every reading view of its edition (/kk and /kk-latn for a Kazakh article), nothing else.
 */
export function refreshArticlePages(articles: readonly { id: number; locale: string }[]): void {
  const prefixes = articles.flatMap(({ id, locale }) => readingPrefixes(locale).map((prefix) => pageKey(`/${prefix}/article/${id}-`)));
  if (prefixes.length) purgePageCache(prefixes);
}

/**
 * A live blog's entry added, edited or removed: its page in every reading view and the answers of
 * its poll endpoint (app/api/live), which readers with JavaScript ask every few seconds.
 */
export function refreshLiveBlog(article: { id: number; locale: string }): void {
  refreshArticlePages([article]);
  purgePageCache([pageKey(`/api/live/${article.id}?`)]);
}
