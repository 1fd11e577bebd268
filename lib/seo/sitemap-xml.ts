import { toAlmatyIso } from '@/lib/format';
import { renderXmlDocument } from '@/lib/xml';
import { SITEMAP_MAX_URLS } from './sitemap-files';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Google News takes at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000;
export const NEWS_WINDOW_MS = 48 * 3_600_000;

export type SitemapUrl = { loc: string; lastModified?: Date | null; alternates?: Record<string, string> | null };
export type NewsUrl = { loc: string; language: string; title: string; publishedAt: Date };

// W3C datetime with Almaty's offset, the same instant readers see on the page.
const lastmod = (date: Date | null | undefined) => (date ? toAlmatyIso(date) : undefined);

export function sitemapIndexXml(children: { loc: string; lastModified?: Date | null }[]): string {
  return renderXmlDocument({
    sitemapindex: { '@xmlns': SITEMAP_NS, sitemap: children.map((c) => ({ loc: c.loc, lastmod: lastmod(c.lastModified) })) },
  });
}

export function urlSetXml(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new RangeError(`A sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${urls.length}`);
  const withAlternates = urls.some((u) => u.alternates);
  return renderXmlDocument({
    urlset: {
      '@xmlns': SITEMAP_NS,
      '@xmlns:xhtml': withAlternates ? XHTML_NS : undefined,
      url: urls.map((u) => ({
        loc: u.loc,
        lastmod: lastmod(u.lastModified),
        // After lastmod: the sitemap schema allows other namespaces only at the end of <url>.
        'xhtml:link': u.alternates
          ? Object.entries(u.alternates).map(([hreflang, href]) => ({ '@rel': 'alternate', '@hreflang': hreflang, '@href': href }))
          : undefined,
      })),
    },
  });
}

export function newsSitemapXml(urls: NewsUrl[], publicationName: string): string {
  if (urls.length > NEWS_SITEMAP_MAX_URLS) throw new RangeError(`A news sitemap holds at most ${NEWS_SITEMAP_MAX_URLS} URLs, got ${urls.length}`);
  return renderXmlDocument({
    urlset: {
      '@xmlns': SITEMAP_NS,
      '@xmlns:news': NEWS_NS,
      url: urls.map((u) => ({
        loc: u.loc,
        'news:news': {
          'news:publication': { 'news:name': publicationName, 'news:language': u.language },
          'news:publication_date': toAlmatyIso(u.publishedAt),
          'news:title': u.title,
        },
      })),
    },
  });
}
