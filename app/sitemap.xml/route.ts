import { listArticleMonths, summarizeListing } from '@/db/queries/feeds';
import { articleSitemaps, LISTING_SITEMAPS, listingSitemaps } from '@/lib/seo/sitemap-files';
import { sitemapIndexXml } from '@/lib/seo/sitemap-xml';
import { xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl } from '@/lib/urls';

// Kept by the front server's page cache, purged on every editor's change (see server/).
export const dynamic = 'force-dynamic';

/** Sitemap index: front pages, listings, then one sitemap per Almaty month of articles. */
export function GET() {
  const children = [...LISTING_SITEMAPS.flatMap((kind) => listingSitemaps(kind, summarizeListing(kind))), ...articleSitemaps(listArticleMonths())];
  return xmlResponse(sitemapIndexXml(children.map((child) => ({ loc: absoluteUrl(child.path), lastModified: child.lastModified }))));
}
