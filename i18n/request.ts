import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import * as rootParams from 'next/root-params';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE } from '@/lib/format';
import { latinMessages } from './latin-messages';
import { ADMIN_LOCALE_COOKIE, ARABIC, EDITIONS, LATIN, routing, type PathLocale } from './routing';
import { toteMessages } from './tote-messages';

// next/root-params throws inside server actions and route handlers; there, no segment is known.
async function editionSegment(): Promise<string | undefined> {
  try {
    return await (rootParams as { locale?: () => Promise<string | undefined> }).locale?.();
  } catch {
    return undefined;
  }
}

async function loadMessages(locale: PathLocale) {
  if (locale === LATIN) return latinMessages((await import('../messages/kk.json')).default);
  if (locale === ARABIC) return toteMessages((await import('../messages/kk.json')).default);
  return (await import(`../messages/${locale}.json`)).default;
}

export default getRequestConfig(async ({ locale: requested }) => {
  // A locale passed explicitly (getTranslations({ locale })) may come from a URL such as
  // /favicon.ico; the layout answers that with a 404, so only never load a missing file here.
  let locale = hasLocale(routing.locales, requested) ? requested : undefined;
  if (!locale && requested === undefined) {
    // Reader pages take the edition from the [locale] root segment; they never read cookies,
    // so every reader page stays cacheable.
    const segment = await editionSegment();
    if (hasLocale(routing.locales, segment)) locale = segment;
    else if (segment !== undefined) notFound();
    else {
      // /admin has no edition segment: editors pick the UI language (an edition), kept in a cookie.
      const chosen = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
      locale = hasLocale(EDITIONS, chosen) ? chosen : routing.defaultLocale;
    }
  }
  locale ??= routing.defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: await loadMessages(locale),
  };
});
