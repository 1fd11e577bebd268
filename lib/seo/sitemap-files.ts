// Names of the child sitemaps listed by /sitemap.xml. A child holds at most 50,000 URLs (the
// sitemaps.org limit); a bigger set continues in "-2", "-3"… files. Page 1 has no suffix, so each
// child has exactly one name.

export const SITEMAP_MAX_URLS = 50_000;
export const LISTING_SITEMAPS = ['pages', 'categories', 'tags', 'authors'] as const;
export type ListingSitemap = (typeof LISTING_SITEMAPS)[number];

export type ChildSitemap = { path: string; lastModified: Date | null };
export type SitemapPage = { offset: number; limit: number };

const PAGE = '(?:-([2-9]|[1-9]\\d{1,5}))?\\.xml';
const ARTICLE_NAME = new RegExp(`^(\\d{4}-(?:0[1-9]|1[0-2]))${PAGE}$`);
const LISTING_NAME = new RegExp(`^(${LISTING_SITEMAPS.join('|')})${PAGE}$`);

function pageOf(suffix: string | undefined): SitemapPage {
  const page = suffix ? Number(suffix) : 1;
  return { offset: (page - 1) * SITEMAP_MAX_URLS, limit: SITEMAP_MAX_URLS };
}

function fileNames(base: string, count: number): string[] {
  const pages = Math.max(1, Math.ceil(count / SITEMAP_MAX_URLS));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? `${base}.xml` : `${base}-${i + 1}.xml`));
}

export function articleSitemaps(months: { month: string; count: number; lastModified: Date }[]): ChildSitemap[] {
  return months
    .filter((m) => m.count > 0)
    .flatMap((m) => fileNames(m.month, m.count).map((name) => ({ path: `/sitemaps/articles/${name}`, lastModified: m.lastModified })));
}

export function listingSitemaps(kind: ListingSitemap, summary: { count: number; lastModified: Date | null }): ChildSitemap[] {
  if (summary.count === 0) return [];
  return fileNames(kind, summary.count).map((name) => ({ path: `/sitemaps/${name}`, lastModified: summary.lastModified }));
}

export function parseArticleSitemapName(name: string): ({ month: string } & SitemapPage) | null {
  const match = ARTICLE_NAME.exec(name);
  return match ? { month: match[1], ...pageOf(match[2]) } : null;
}

export function parseListingSitemapName(name: string): ({ kind: ListingSitemap } & SitemapPage) | null {
  const match = LISTING_NAME.exec(name);
  return match ? { kind: match[1] as ListingSitemap, ...pageOf(match[2]) } : null;
}
