import { defineRouting } from 'next-intl/routing';

/** The two editions, each with its own content: what articles, categories and tags are written in. */
export const EDITIONS = ['kk', 'ru'] as const;
export type AppLocale = (typeof EDITIONS)[number];

/** The Kazakh edition read in the Latin alphabet of 2021: its own URLs and UI strings, kk content. */
export const LATIN = 'kk-latn';

// next-intl knows every URL prefix as a locale, so /kk-latn pages get their own messages.
export const routing = defineRouting({
  locales: ['kk', 'ru', LATIN],
  defaultLocale: 'kk',
  localePrefix: 'always',
});

/** A URL prefix: an edition, or the Latin view of the Kazakh one. */
export type PathLocale = (typeof routing.locales)[number];

// `/` is negotiated between the editions only (CONTRACT): the Latin view is chosen by a link,
// never by Accept-Language or the locale cookie. The proxy routes /kk-latn paths itself.
// No Link header: the pages' own hreflang links are right per article, a per-path guess is not.
export const editionRouting = defineRouting({
  locales: EDITIONS,
  defaultLocale: 'kk',
  localePrefix: 'always',
  alternateLinks: false,
});

/** The edition whose content a URL prefix shows. */
export function contentLocale(prefix: PathLocale): AppLocale {
  return prefix === LATIN ? 'kk' : prefix;
}

/** The URL prefixes reading an edition: its own, and for Kazakh also the Latin view. */
export function readingPrefixes(edition: string): PathLocale[] {
  return routing.locales.filter((prefix) => contentLocale(prefix) === edition);
}

/** BCP 47 tag for <html lang>, hreflang and JSON-LD inLanguage. */
export function languageTag(prefix: string): string {
  return prefix === LATIN ? 'kk-Latn' : prefix;
}

export const ADMIN_LOCALE_COOKIE = 'QAMSHY_ADMIN_LOCALE';

/** next-intl's cookie for `/`: set only when a reader picks an edition (app/api/edition). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
