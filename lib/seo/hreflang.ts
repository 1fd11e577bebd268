import { routing } from '@/i18n/routing';

export type LocalizedUrl = { locale: string; url: string };

/**
 * hreflang → URL for a page and its translation in the other edition, plus x-default (the
 * default edition's version). Null without a translation: a lone page gets no alternates.
 */
export function translationAlternates(own: LocalizedUrl, translation: LocalizedUrl | null | undefined): Record<string, string> | null {
  if (!translation || translation.locale === own.locale) return null;
  const byLocale: Record<string, string> = { [own.locale]: own.url, [translation.locale]: translation.url };
  return { ...byLocale, 'x-default': byLocale[routing.defaultLocale] ?? own.url };
}
