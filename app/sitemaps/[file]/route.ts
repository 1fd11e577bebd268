import { listListingEntries } from '@/db/queries/feeds';
import { listingSitemapUrl } from '@/lib/seo/sitemap-entries';
import { parseListingSitemapName } from '@/lib/seo/sitemap-files';
import { urlSetXml } from '@/lib/seo/sitemap-xml';
import { FEED_SHARED_MAX_AGE, xmlNotFound, xmlResponse } from '@/lib/seo/xml-response';

export const dynamic = 'force-dynamic'; // see lib/seo/xml-response.ts

/** /sitemaps/pages.xml, categories.xml, tags.xml, authors.xml (and "-2.xml"… past 50,000 URLs). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseListingSitemapName((await params).file);
  if (!name) return xmlNotFound();
  const entries = await listListingEntries(name.kind, name);
  if (entries.length === 0) return xmlNotFound();
  return xmlResponse(urlSetXml(entries.map((entry) => listingSitemapUrl(name.kind, entry))), undefined, FEED_SHARED_MAX_AGE);
}
