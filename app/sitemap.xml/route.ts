import { listArticleMonths, summarizeListing } from '@/db/queries/feeds';
import { articleSitemaps, LISTING_SITEMAPS, listingSitemaps, type ChildSitemap } from '@/lib/seo/sitemap-files';
import { sitemapIndexXml } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl } from '@/lib/urls';

// Kept by the front server's page cache, purged on every editor's change (see server/).
export const dynamic = 'force-dynamic';

/** Sitemap index: front pages, listings, then one sitemap per Almaty month of articles. */
export async function GET() {
  const listings: ChildSitemap[] = [];
  for (const kind of LISTING_SITEMAPS) listings.push(...listingSitemaps(kind, await summarizeListing(kind)));
  const children = [...listings, ...articleSitemaps(await listArticleMonths())];
  return xmlResponse(sitemapIndexXml(children.map((child) => ({ loc: absoluteUrl(child.path), lastModified: child.lastModified }))));
}
