import { listListingEntries } from '@/db/queries/feeds';
import { listingSitemapUrl } from '@/lib/seo/sitemap-entries';
import { parseListingSitemapName } from '@/lib/seo/sitemap-files';
import { urlSetXml } from '@/lib/seo/sitemap-xml';
import { xmlNotFound, xmlResponse } from '@/lib/seo/xml-response';

export const revalidate = 300;
// Rendered on first request, then cached like the reader pages (nothing is built at build time).
export const generateStaticParams = () => [];

/** /sitemaps/pages.xml, categories.xml, tags.xml, authors.xml (and "-2.xml"… past 50,000 URLs). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseListingSitemapName((await params).file);
  if (!name) return xmlNotFound();
  const entries = listListingEntries(name.kind, name);
  if (entries.length === 0) return xmlNotFound();
  return xmlResponse(urlSetXml(entries.map((entry) => listingSitemapUrl(name.kind, entry))));
}
