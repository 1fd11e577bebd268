import type { SitemapArticle, SitemapListing } from '@/db/queries/feeds';
import { routing } from '@/i18n/routing';
import { absoluteUrl, articlePath, authorPath, categoryPath, tagPath } from '@/lib/urls';
import { translationAlternates } from './hreflang';
import type { ListingSitemap } from './sitemap-files';
import type { SitemapUrl } from './sitemap-xml';

export function articleSitemapUrl(article: SitemapArticle): SitemapUrl {
  const loc = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  const translation = article.translation
    ? { locale: article.translation.locale, url: absoluteUrl(articlePath(article.translation.locale, article.translation.id, article.translation.slug)) }
    : null;
  return { loc, lastModified: article.lastModified, alternates: translationAlternates({ locale: article.locale, url: loc }, translation) };
}

// The two front pages are each other's alternates; x-default is the default edition's.
function frontPageAlternates(): Record<string, string> {
  const byLocale = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(`/${locale}`)]));
  return { ...byLocale, 'x-default': byLocale[routing.defaultLocale] };
}

const LISTING_PATH: Record<Exclude<ListingSitemap, 'pages'>, (locale: string, slug: string) => string> = {
  categories: categoryPath,
  tags: tagPath,
  authors: authorPath,
};

export function listingSitemapUrl(kind: ListingSitemap, entry: SitemapListing): SitemapUrl {
  if (kind === 'pages') return { loc: absoluteUrl(`/${entry.locale}`), lastModified: entry.lastModified, alternates: frontPageAlternates() };
  return { loc: absoluteUrl(LISTING_PATH[kind](entry.locale, entry.slug)), lastModified: entry.lastModified };
}
