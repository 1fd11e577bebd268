import { EDITIONS, languageTag, readingPrefixes, routing } from '@/i18n/routing';
import { absoluteUrl, articlePath } from '@/lib/urls';

/** One edition's version of a page, as an absolute URL under any prefix that reads the edition. */
export type EditionVersion = { edition: string; url: (prefix: string) => string };

/**
 * hreflang → URL for every way a page can be read: each version in its edition, the Kazakh one
 * also in the Latin alphabet (kk-Latn), plus x-default (the default edition's version). Null when
 * there is only one: a lone Russian page gets no alternates.
 */
export function hreflangAlternates(versions: EditionVersion[]): Record<string, string> | null {
  const languages: Record<string, string> = {};
  const editions = new Set<string>();
  for (const { edition, url } of versions) {
    if (editions.has(edition)) continue; // a "translation" into its own edition is no alternate
    editions.add(edition);
    for (const prefix of readingPrefixes(edition)) languages[languageTag(prefix)] = url(prefix);
  }
  const tags = Object.keys(languages);
  if (tags.length < 2) return null;
  return { ...languages, 'x-default': languages[routing.defaultLocale] ?? languages[tags[0]] };
}

type ArticleRef = { id: number; slug: string };

/** An article's alternates: it in its edition (both alphabets for Kazakh), and its translation. */
export function articleAlternates(edition: string, article: ArticleRef, translation: (ArticleRef & { locale: string }) | null): Record<string, string> | null {
  const version = (edition: string, { id, slug }: ArticleRef) => ({ edition, url: (prefix: string) => absoluteUrl(articlePath(prefix, id, slug)) });
  return hreflangAlternates([version(edition, article), ...(translation ? [version(translation.locale, translation)] : [])]);
}

/** The front pages: every edition's, and the Kazakh one in Latin. */
export function frontPageAlternates(): Record<string, string> | null {
  return hreflangAlternates(EDITIONS.map((edition) => ({ edition, url: (prefix: string) => absoluteUrl(`/${prefix}`) })));
}

/** A listing (category, tag, author) has no translation; a Kazakh one is also read in Latin. */
export function listingAlternates(edition: string, pathOf: (prefix: string) => string): Record<string, string> | null {
  return hreflangAlternates([{ edition, url: (prefix) => absoluteUrl(pathOf(prefix)) }]);
}
