import { toAlmatyIso } from '@/lib/format';
import { el, renderXmlDocument } from '@/lib/xml';
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
const lastmod = (date: Date | null | undefined) => (date ? el('lastmod', {}, toAlmatyIso(date)) : null);

export function sitemapIndexXml(children: { loc: string; lastModified?: Date | null }[]): string {
  return renderXmlDocument(el('sitemapindex', { xmlns: SITEMAP_NS }, ...children.map((c) => el('sitemap', {}, el('loc', {}, c.loc), lastmod(c.lastModified)))));
}

export function urlSetXml(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new RangeError(`A sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${urls.length}`);
  const withAlternates = urls.some((u) => u.alternates);
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:xhtml': withAlternates ? XHTML_NS : undefined },
      ...urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.loc),
          lastmod(u.lastModified),
          // After lastmod: the sitemap schema allows other namespaces only at the end of <url>.
          ...Object.entries(u.alternates ?? {}).map(([hreflang, href]) => el('xhtml:link', { rel: 'alternate', hreflang, href })),
        ),
      ),
    ),
  );
}

export function newsSitemapXml(urls: NewsUrl[], publicationName: string): string {
  if (urls.length > NEWS_SITEMAP_MAX_URLS) throw new RangeError(`A news sitemap holds at most ${NEWS_SITEMAP_MAX_URLS} URLs, got ${urls.length}`);
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      ...urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.loc),
          el(
            'news:news',
            {},
            el('news:publication', {}, el('news:name', {}, publicationName), el('news:language', {}, u.language)),
            el('news:publication_date', {}, toAlmatyIso(u.publishedAt)),
            el('news:title', {}, u.title),
          ),
        ),
      ),
    ),
  );
}
