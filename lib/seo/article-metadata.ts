import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { contentLocale } from '@/i18n/routing';
import { toAlmatyIso } from '@/lib/format';
import { absoluteUrl, articlePath, authorPath, thumbnailPath } from '@/lib/urls';
import { articleAlternates } from './hreflang';
import type { JsonLdArticle } from './json-ld';
import { lastModified } from './last-modified';

export type MetadataArticle = JsonLdArticle & {
  thumbnailAlt: string;
  thumbnailWidth: number | null;
  thumbnailHeight: number | null;
  translation: { locale: string; id: number; slug: string } | null;
};

const OG_LOCALE: Record<string, string> = { kk: 'kk_KZ', ru: 'ru_RU' };
const DESCRIPTION_LENGTH = 160;

/** Everything in an article's <head> except the JSON-LD; `feeds` is the page's RSS links. */
export function articleMetadata(article: MetadataArticle, feeds?: NonNullable<Metadata['alternates']>['types']): Metadata {
  // Under /kk-latn the canonical is the Latin page itself: an alternate of the Kazakh one, not a copy.
  const canonical = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  const edition = contentLocale(article.locale);
  const { translation } = article;
  const languages = articleAlternates(edition, article, translation);
  const description = article.lead.slice(0, DESCRIPTION_LENGTH);
  const image = article.thumbnail
    ? {
        url: absoluteUrl(thumbnailPath(article.thumbnail, 'large')),
        width: article.thumbnailWidth ?? undefined,
        height: article.thumbnailHeight ?? undefined,
        alt: article.thumbnailAlt || article.title,
      }
    : null;
  return {
    title: article.title,
    description,
    alternates: { canonical, languages: languages ?? undefined, types: feeds },
    // The layout's openGraph is replaced wholesale by this one (shallow merge), so it repeats siteName and locale.
    openGraph: {
      type: 'article',
      siteName: env.SITE_NAME,
      locale: OG_LOCALE[edition],
      alternateLocale: translation && translation.locale !== edition ? OG_LOCALE[translation.locale] : undefined,
      title: article.title,
      description,
      url: canonical,
      publishedTime: toAlmatyIso(article.publishedAt),
      modifiedTime: toAlmatyIso(lastModified(article)),
      authors: [absoluteUrl(authorPath(article.locale, article.authorSlug))],
      section: article.categoryName ?? undefined,
      tags: article.tags.map((tag) => tag.name),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  };
}
