import type { Edition } from '@/lib/domain';
import { absoluteUrl, articlePath, authorPath, categoryPath, tagPath } from '@/lib/urls';
import { articleAlternates, frontPageAlternates, listingAlternates } from './hreflang';
import type { ListingSitemap } from './sitemap-files';
import type { SitemapUrl } from './sitemap-xml';

// Each URL is listed under its edition's prefix; the Latin view of a Kazakh page is named only as
// its kk-Latn alternate (it is a reading view, not content of its own).

export type SitemapArticle = {
  id: number;
  locale: Edition;
  slug: string;
  lastModified: Date;
  translation: { locale: Edition; id: number; slug: string } | null;
};

export type SitemapListing = { locale: Edition; slug: string; lastModified: Date | null };

export function articleSitemapUrl(article: SitemapArticle): SitemapUrl {
  const loc = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  return { loc, lastModified: article.lastModified, alternates: articleAlternates(article.locale, article, article.translation) };
}

const LISTING_PATH: Record<Exclude<ListingSitemap, 'pages'>, (locale: string, slug: string) => string> = {
  categories: categoryPath,
  tags: tagPath,
  authors: authorPath,
};

export function listingSitemapUrl(kind: ListingSitemap, entry: SitemapListing): SitemapUrl {
  if (kind === 'pages') return { loc: absoluteUrl(`/${entry.locale}`), lastModified: entry.lastModified, alternates: frontPageAlternates() };
  const path = LISTING_PATH[kind];
  const alternates = listingAlternates(entry.locale, (prefix) => path(prefix, entry.slug));
  return { loc: absoluteUrl(path(entry.locale, entry.slug)), lastModified: entry.lastModified, ...(alternates ? { alternates } : {}) };
}
