import type {
  BreadcrumbListLeaf,
  CorrectionComment,
  Distance,
  Graph,
  ListItemLeaf,
  NewsArticle,
  NewsMediaOrganizationLeaf,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { languageTag, type PathLocale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { toAlmatyIso } from '@/lib/format';
import { absoluteUrl, articlePath, authorPath, categoryPath, thumbnailPath } from '@/lib/urls';
import { lastModified } from './last-modified';

export type JsonLdArticle = {
  id: number;
  /** The URL prefix the article is shown under (kk-latn: the Latin view). */
  locale: PathLocale;
  slug: string;
  title: string;
  lead: string;
  thumbnail: string | null;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string;
  authorSlug: string;
  categoryName: string | null;
  categorySlug: string | null;
  tags: { name: string }[];
  /** Updates and corrections under the headline; corrections become `correction`. */
  notes?: { kind: 'update' | 'correction'; body: string; createdAt: Date }[];
};

/** Publisher logo: public/logo.png, sized inside Google's 600×60 box. */
const PUBLISHER_LOGO = { path: '/logo.png', width: 600, height: 60 };

// schema.org types width and height as Distance (text such as "600 px") or QuantitativeValue;
// Google's publisher-logo examples use plain pixel numbers, which is what the page has always
// written, so the numbers are kept and only their type is stretched.
const pixels = (count: number) => count as unknown as Distance;

function publisher(locale: string): NewsMediaOrganizationLeaf {
  return {
    '@type': 'NewsMediaOrganization',
    name: env.SITE_NAME,
    url: absoluteUrl(`/${locale}`),
    logo: { '@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO.path), width: pixels(PUBLISHER_LOGO.width), height: pixels(PUBLISHER_LOGO.height) },
  };
}

export function newsArticleJsonLd(article: JsonLdArticle): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead || undefined,
    image: article.thumbnail ? [absoluteUrl(thumbnailPath(article.thumbnail, 'large'))] : undefined,
    datePublished: toAlmatyIso(article.publishedAt),
    dateModified: toAlmatyIso(lastModified(article)),
    author: { '@type': 'Person', name: article.authorName, url: absoluteUrl(authorPath(article.locale, article.authorSlug)) },
    publisher: publisher(article.locale),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: languageTag(article.locale),
    articleSection: article.categoryName ?? undefined,
    keywords: article.tags.length > 0 ? article.tags.map((tag) => tag.name) : undefined,
    correction: corrections(article.notes),
  };
}

/** schema.org's `correction`: each correction note as a CorrectionComment, oldest first. */
function corrections(notes: JsonLdArticle['notes']): CorrectionComment[] | undefined {
  const found = (notes ?? []).filter((note) => note.kind === 'correction');
  return found.length ? found.map((note) => ({ '@type': 'CorrectionComment', text: note.body, datePublished: toAlmatyIso(note.createdAt) })) : undefined;
}

/** Front page → category (when there is one) → the article. */
export function articleBreadcrumbJsonLd(article: JsonLdArticle): WithContext<BreadcrumbListLeaf & { itemListElement: ListItemLeaf[] }> {
  const trail = [
    { name: env.SITE_NAME, url: absoluteUrl(`/${article.locale}`) },
    article.categoryName && article.categorySlug ? { name: article.categoryName, url: absoluteUrl(categoryPath(article.locale, article.categorySlug)) } : null,
    { name: article.title, url: absoluteUrl(articlePath(article.locale, article.id, article.slug)) },
  ].filter((step) => step !== null);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index): ListItemLeaf => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
  };
}

export function webSiteJsonLd(locale: PathLocale, description: string): WithContext<WebSite> {
  // `query-input` is an action constraint, a property only WithActionConstraints knows.
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    // Built by hand: the braces are a template for crawlers and must not be URL-encoded.
    target: { '@type': 'EntryPoint', urlTemplate: `${env.SITE_URL}/${locale}/search?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: env.SITE_NAME,
    url: absoluteUrl(`/${locale}`),
    description,
    inLanguage: languageTag(locale),
    publisher: publisher(locale),
    potentialAction: search,
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. "<" is escaped so "</script>" or "<!--" in a
 * title cannot end the block; ">", "&" and the JS line separators go too for good measure. Every
 * replacement is a JSON string escape, so the result still parses to the same data.
 */
export function serializeJsonLd(data: WithContext<Thing> | Graph): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
