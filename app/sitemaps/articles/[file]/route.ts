import { listSitemapArticles } from '@/db/queries/feeds';
import { almatyMonthRange } from '@/lib/seo/almaty-month';
import { articleSitemapUrl } from '@/lib/seo/sitemap-entries';
import { parseArticleSitemapName } from '@/lib/seo/sitemap-files';
import { urlSetXml } from '@/lib/seo/sitemap-xml';
import { FEED_SHARED_MAX_AGE, xmlNotFound, xmlResponse } from '@/lib/seo/xml-response';

export const dynamic = 'force-dynamic'; // see lib/seo/xml-response.ts

/** /sitemaps/articles/2026-11.xml: the month's readable articles of both editions, with hreflang pairs. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseArticleSitemapName((await params).file);
  const range = name && almatyMonthRange(name.month);
  if (!name || !range) return xmlNotFound();
  const articles = await listSitemapArticles(range, name);
  if (articles.length === 0) return xmlNotFound();
  return xmlResponse(urlSetXml(articles.map(articleSitemapUrl)), undefined, FEED_SHARED_MAX_AGE);
}
