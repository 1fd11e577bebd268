import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import * as rootParams from 'next/root-params';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE } from '@/lib/format';
import { ADMIN_LOCALE_COOKIE, routing } from './routing';

export default getRequestConfig(async ({ locale }) => {
  if (!locale) {
    // Reader pages take the edition from the [locale] root segment; they never read cookies,
    // so every reader page stays cacheable.
    const segment = await (rootParams as { locale?: () => Promise<string | undefined> }).locale?.();
    if (hasLocale(routing.locales, segment)) locale = segment;
    else if (segment !== undefined) notFound();
    else {
      // /admin has no edition segment: editors pick the UI language, kept in a cookie.
      const chosen = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
      locale = hasLocale(routing.locales, chosen) ? chosen : routing.defaultLocale;
    }
  }
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
