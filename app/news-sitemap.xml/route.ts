import { listNewsArticles } from '@/db/queries/feeds';
import { env } from '@/lib/env';
import { NEWS_SITEMAP_MAX_URLS, NEWS_WINDOW_MS, newsSitemapXml } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl, articlePath } from '@/lib/urls';

// Kept by the front server's page cache, purged on every editor's change (see server/).
export const dynamic = 'force-dynamic';

/** Google News sitemap: readable articles of the last 48 hours, newest first, at most 1,000. */
export function GET() {
  const articles = listNewsArticles(new Date(Date.now() - NEWS_WINDOW_MS), NEWS_SITEMAP_MAX_URLS);
  const urls = articles.map((a) => ({ loc: absoluteUrl(articlePath(a.locale, a.id, a.slug)), language: a.locale, title: a.title, publishedAt: a.publishedAt }));
  return xmlResponse(newsSitemapXml(urls, env.SITE_NAME));
}
