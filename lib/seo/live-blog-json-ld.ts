import type { BlogPosting, LiveBlogPosting, WithContext } from 'schema-dts';
import { toAlmatyIso } from '@/lib/format';
import { htmlToText } from '@/lib/live/html-text';
import { entryAnchor } from '@/lib/live/entry-data';
import { absoluteUrl, articlePath } from '@/lib/urls';
import { newsArticleJsonLd } from './json-ld';

export type JsonLdLiveEntry = { id: number; headline: string; bodyHtml: string; createdAt: Date; editedAt: Date | null };

/**
 * A live blog's JSON-LD: the article's own fields, typed LiveBlogPosting, covering the event from
 * its publication until an editor closed it, with each entry (newest first) as a BlogPosting.
 */
export function liveBlogJsonLd(
  article: Parameters<typeof newsArticleJsonLd>[0],
  live: { liveEndedAt: Date | null },
  entries: readonly JsonLdLiveEntry[],
): WithContext<LiveBlogPosting> {
  const { '@type': _type, ...base } = newsArticleJsonLd(article);
  const url = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  return {
    ...base,
    '@type': 'LiveBlogPosting',
    coverageStartTime: toAlmatyIso(article.publishedAt),
    coverageEndTime: live.liveEndedAt ? toAlmatyIso(live.liveEndedAt) : undefined,
    liveBlogUpdate: entries.map((entry): BlogPosting => {
      const text = htmlToText(entry.bodyHtml);
      return {
        '@type': 'BlogPosting',
        // Google wants a headline on every update; an entry without one lends its opening words.
        headline: entry.headline || cut(text, 110),
        articleBody: text,
        datePublished: toAlmatyIso(entry.createdAt),
        dateModified: entry.editedAt ? toAlmatyIso(entry.editedAt) : undefined,
        url: `${url}#${entryAnchor(entry.id)}`,
      };
    }),
  };
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
