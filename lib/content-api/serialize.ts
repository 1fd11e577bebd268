import 'server-only';
import type { Edition } from '@/lib/domain';
import { toAlmatyIso } from '@/lib/format';
import { hasWebpVariants } from '@/lib/images/exists';
import { THUMBNAIL_ASPECT, THUMBNAIL_SIZES } from '@/lib/images/variants';
import { articleAlternates } from '@/lib/seo/hreflang';
import { lastModified } from '@/lib/seo/last-modified';
import { absoluteUrl, articlePath, authorPath, categoryPath, tagPath, thumbnailPath } from '@/lib/urls';
import type { Story } from '@/lib/story';

/** What the queries hand over for one article (db/queries/content-api.ts, articles.ts). */
export type ApiArticleSource = Story & {
  thumbnailAlt: string;
  updatedAt: Date;
  authorName: string;
  authorSlug: string;
  categoryName: string | null;
  categorySlug: string | null;
  tags: { name: string; slug: string }[];
  translation: { locale: Edition; id: number; slug: string } | null;
};

export type ApiArticleDetailSource = ApiArticleSource & { bodyHtml: string; sourceName: string | null; sourceUrl: string | null };

const apiArticlePath = (id: number) => `/api/v1/articles/${id}`;

const SIZES = ['small', 'medium', 'large'] as const;

function imageOf(stem: string | null, alt: string) {
  if (!stem) return null;
  // Older uploads have only JPEGs, as the reader pages know (components/article/thumbnail.tsx).
  const formats = hasWebpVariants(stem) ? (['jpeg', 'webp'] as const) : (['jpeg'] as const);
  const variants = formats.flatMap((format) =>
    SIZES.map((size) => {
      const width = THUMBNAIL_SIZES[size];
      const path = thumbnailPath(stem, size);
      return {
        format,
        size,
        width,
        height: Math.round(width * THUMBNAIL_ASPECT),
        url: absoluteUrl(format === 'webp' ? path.replace(/\.jpg$/, '.webp') : path),
      };
    }),
  );
  return { alt, variants };
}

/** One article as the list shows it: every URL absolute, times in Almaty with their offset. */
export function apiArticleSummary(article: ApiArticleSource) {
  const url = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  const { translation } = article;
  return {
    id: article.id,
    locale: article.locale,
    slug: article.slug,
    title: article.title,
    lead: article.lead,
    url,
    apiUrl: absoluteUrl(apiArticlePath(article.id)),
    // hreflang → page: the article in each script of its edition and its translation.
    alternates: articleAlternates(article.locale, article, translation) ?? { [article.locale]: url },
    translation: translation
      ? {
          id: translation.id,
          locale: translation.locale,
          url: absoluteUrl(articlePath(translation.locale, translation.id, translation.slug)),
          apiUrl: absoluteUrl(apiArticlePath(translation.id)),
        }
      : null,
    image: imageOf(article.thumbnail, article.thumbnailAlt),
    author: { name: article.authorName, slug: article.authorSlug, url: absoluteUrl(authorPath(article.locale, article.authorSlug)) },
    category: article.categorySlug
      ? { name: article.categoryName ?? '', slug: article.categorySlug, url: absoluteUrl(categoryPath(article.locale, article.categorySlug)) }
      : null,
    tags: article.tags.map((tag) => ({ name: tag.name, slug: tag.slug, url: absoluteUrl(tagPath(article.locale, tag.slug)) })),
    publishedAt: toAlmatyIso(article.publishedAt),
    modifiedAt: toAlmatyIso(lastModified(article)),
  };
}

// The body is read off the site: its site-relative links and images (an upload, another article)
// are made absolute. Sanitized output always quotes attributes with ".
const absoluteLinks = (html: string) => html.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_, attribute: string) => `${attribute}${absoluteUrl('/')}`);

/** The single article: the summary plus the body, sanitized when it was saved (lib/markdown.ts). */
export function apiArticleDetail(article: ApiArticleDetailSource) {
  return {
    ...apiArticleSummary(article),
    bodyHtml: absoluteLinks(article.bodyHtml),
    source: article.sourceName ? { name: article.sourceName, url: article.sourceUrl } : null,
  };
}
