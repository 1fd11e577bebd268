import { countListings, listArticleMonths } from '@/db/queries/feeds';
import { articleSitemaps, LISTING_SITEMAPS, listingSitemaps, type ChildSitemap } from '@/lib/seo/sitemap-files';
import { sitemapIndexXml } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl } from '@/lib/urls';

// Kept by the front server's page cache, purged on every editor's change (see server/).
export const dynamic = 'force-dynamic';

/**
 * Sitemap index: front pages, listings, then one sitemap per Almaty month of articles. Every
 * listing page shows articles, so a listing sitemap's lastmod is the newest article change of the
 * whole archive (read off the month buckets): never earlier than the truth, and one walk of the
 * months instead of an aggregate per category, tag and author on every regeneration.
 */
export async function GET() {
  const months = await listArticleMonths();
  const newest = months.reduce<Date | null>((seen, m) => (!seen || m.lastModified > seen ? m.lastModified : seen), null);
  const listings: ChildSitemap[] = [];
  for (const kind of LISTING_SITEMAPS) listings.push(...listingSitemaps(kind, { count: await countListings(kind), lastModified: newest }));
  const children = [...listings, ...articleSitemaps(months)];
  return xmlResponse(sitemapIndexXml(children.map((child) => ({ loc: absoluteUrl(child.path), lastModified: child.lastModified }))));
}
