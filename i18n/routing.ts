import { defineRouting } from 'next-intl/routing';
import { ARABIC, DEFAULT_EDITION, EDITIONS, isScriptView, LATIN, PATH_LOCALES, type Edition, type PathLocale } from '@/lib/domain';

// The editions and URL prefixes are defined in lib/domain.ts; re-exported for the i18n callers.
export { ARABIC, EDITIONS, LATIN, type PathLocale };
export type AppLocale = Edition;

// next-intl knows every URL prefix as a locale, so /kk-latn and /kk-arab pages get their own messages.
export const routing = defineRouting({
  locales: PATH_LOCALES,
  defaultLocale: DEFAULT_EDITION,
  localePrefix: 'always',
});

// `/` is negotiated between the editions only (CONTRACT): a script view is chosen by a link,
// never by Accept-Language or the locale cookie. The proxy routes /kk-latn and /kk-arab paths itself.
// No Link header: the pages' own hreflang links are right per article, a per-path guess is not.
export const editionRouting = defineRouting({
  locales: EDITIONS,
  defaultLocale: DEFAULT_EDITION,
  localePrefix: 'always',
  alternateLinks: false,
});

/** The edition whose content a URL prefix shows. */
export function contentLocale(prefix: PathLocale): AppLocale {
  return isScriptView(prefix) ? 'kk' : prefix;
}

/** The URL prefixes reading an edition: its own, and for Kazakh also the Latin and töte views. */
export function readingPrefixes(edition: string): PathLocale[] {
  return routing.locales.filter((prefix) => contentLocale(prefix) === edition);
}

/** BCP 47 tag for <html lang>, hreflang and JSON-LD inLanguage. */
export function languageTag(prefix: string): string {
  if (prefix === LATIN) return 'kk-Latn';
  if (prefix === ARABIC) return 'kk-Arab';
  return prefix;
}

/** <html dir>: töte is written right to left. */
export function textDirection(prefix: string): 'ltr' | 'rtl' {
  return prefix === ARABIC ? 'rtl' : 'ltr';
}

export const ADMIN_LOCALE_COOKIE = 'QAMSHY_ADMIN_LOCALE';

/** next-intl's cookie for `/`: set only when a reader picks an edition (app/api/edition). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
