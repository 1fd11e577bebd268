import type { ArticleTeaser, ArticleView } from '@/db/queries/articles';
import type { PublicComment } from '@/db/queries/comments';
import type { SearchHit } from '@/db/queries/search';
import { contentLocale, LATIN, type AppLocale, type PathLocale } from '@/i18n/routing';
import { toKazakhLatin } from '@/lib/translit/kk-latin';
import { htmlToKazakhLatin } from '@/lib/translit/kk-latin-html';

/** Content as a page shows it: `locale` is the URL prefix its links and dates use. */
export type Shown<T extends { locale: AppLocale }> = Omit<T, 'locale'> & { locale: PathLocale };

const same = (text: string) => text;

/**
 * How the pages under one URL prefix show their edition: queries read `edition`, and everything
 * they return passes through here on its way to the page. Under /kk-latn that is where Kazakh
 * content is transliterated and relabelled, so every link it carries stays under /kk-latn.
 */
export function readingView(prefix: PathLocale) {
  const latin = prefix === LATIN;
  const text = latin ? toKazakhLatin : same;
  const maybe = (value: string | null) => (value === null ? null : text(value));

  function teaser<T extends ArticleTeaser>(article: T): Shown<T> {
    return { ...article, locale: prefix, title: text(article.title), lead: text(article.lead), thumbnailAlt: text(article.thumbnailAlt), categoryName: maybe(article.categoryName) };
  }

  return {
    prefix,
    edition: contentLocale(prefix),
    text,
    teaser,
    article: (article: ArticleView): Shown<ArticleView> => ({
      ...teaser(article),
      bodyHtml: latin ? htmlToKazakhLatin(article.bodyHtml) : article.bodyHtml,
      authorName: text(article.authorName),
      sourceName: maybe(article.sourceName),
      tags: article.tags.map((tag) => ({ ...tag, name: text(tag.name) })),
    }),
    hit: (hit: SearchHit): Shown<SearchHit> => ({ ...hit, locale: prefix, title: text(hit.title), categoryName: maybe(hit.categoryName), snippet: text(hit.snippet) }),
    comment: (comment: PublicComment): PublicComment => ({ ...comment, authorName: text(comment.authorName), body: text(comment.body) }),
    named: <T extends { name: string }>(item: T): T => ({ ...item, name: text(item.name) }),
  };
}

export type ReadingView = ReturnType<typeof readingView>;
