import { ARABIC, contentLocale, LATIN, type AppLocale, type PathLocale } from '@/i18n/routing';
import { toKazakhArabic } from '@/lib/translit/kk-arab';
import { htmlToKazakhArabic } from '@/lib/translit/kk-arab-html';
import { toKazakhLatin } from '@/lib/translit/kk-latin';
import { htmlToKazakhLatin } from '@/lib/translit/kk-latin-html';

/** Content as a page shows it: `locale` is the URL prefix its links and dates use. */
export type Shown<T extends { locale: AppLocale }> = Omit<T, 'locale'> & { locale: PathLocale };

// Only the text a view rewrites is named here; whatever else a query returns passes through.
type TeaserText = { locale: AppLocale; title: string; lead: string; thumbnailAlt: string; categoryName: string | null };
type ArticleText = TeaserText & { bodyHtml: string; authorName: string; sourceName: string | null; tags: { name: string }[] };
type HitText = { locale: AppLocale; title: string; categoryName: string | null; snippet: string };
type CommentText = { authorName: string; body: string };
type LiveEntryText = { headline: string; bodyHtml: string; imageAlt: string };

const same = (text: string) => text;
const arabic = (text: string) => toKazakhArabic(text);

/** How a script view writes plain text and article HTML; the editions show theirs as stored. */
const SCRIPTS: Partial<Record<PathLocale, { text: (text: string) => string; html: (html: string) => string }>> = {
  [LATIN]: { text: toKazakhLatin, html: htmlToKazakhLatin },
  [ARABIC]: { text: arabic, html: htmlToKazakhArabic },
};

/**
 * How the pages under one URL prefix show their edition: queries read `edition`, and everything
 * they return passes through here on its way to the page. Under /kk-latn and /kk-arab that is
 * where Kazakh content is transliterated and relabelled, so every link it carries stays there.
 */
export function readingView(prefix: PathLocale) {
  const script = SCRIPTS[prefix];
  const text = script?.text ?? same;
  const maybe = (value: string | null) => (value === null ? null : text(value));

  function teaser<T extends TeaserText>(article: T): Shown<T> {
    return {
      ...article,
      locale: prefix,
      title: text(article.title),
      lead: text(article.lead),
      thumbnailAlt: text(article.thumbnailAlt),
      categoryName: maybe(article.categoryName),
    };
  }

  return {
    prefix,
    edition: contentLocale(prefix),
    text,
    teaser,
    article: <T extends ArticleText>(article: T): Shown<T> => ({
      ...teaser(article),
      bodyHtml: script ? script.html(article.bodyHtml) : article.bodyHtml,
      authorName: text(article.authorName),
      sourceName: maybe(article.sourceName),
      tags: article.tags.map((tag) => ({ ...tag, name: text(tag.name) })),
    }),
    hit: <T extends HitText>(hit: T): Shown<T> => ({
      ...hit,
      locale: prefix,
      title: text(hit.title),
      categoryName: maybe(hit.categoryName),
      snippet: text(hit.snippet),
    }),
    comment: <T extends CommentText>(comment: T): T => ({ ...comment, authorName: text(comment.authorName), body: text(comment.body) }),
    named: <T extends { name: string }>(item: T): T => ({ ...item, name: text(item.name) }),
    liveEntry: <T extends LiveEntryText>(entry: T): T => ({
      ...entry,
      headline: text(entry.headline),
      bodyHtml: script ? script.html(entry.bodyHtml) : entry.bodyHtml,
      imageAlt: text(entry.imageAlt),
    }),
  };
}
