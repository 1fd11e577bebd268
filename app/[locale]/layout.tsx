import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { BreakingBanner } from '@/components/layout/breaking-banner';
import { ErrorLabelsProvider } from '@/components/layout/error-labels';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { contentLocale, languageTag, routing, textDirection } from '@/i18n/routing';
import { env } from '@/lib/env';
import { feedAlternates } from '@/lib/seo/feed-links';
import '../globals.css';

// Reader pages read nothing about who is reading, so the front server's page cache (server/)
// keeps each one whole and is purged on every editor's change; Next renders only its misses.
export const dynamic = 'force-dynamic';
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(`${env.SITE_URL}/`),
    title: { default: t('siteName'), template: `%s | ${t('siteName')}` },
    description: t('description'),
    icons: { icon: '/icon.png' },
    // Pages that set their own `alternates` repeat this (shallow merge): see feedAlternates.
    // The script views have no feed of their own: they announce the Kazakh edition's (README).
    alternates: { types: await feedAlternates(contentLocale(locale)) },
    openGraph: { siteName: t('siteName'), locale: contentLocale(locale) === 'kk' ? 'kk_KZ' : 'ru_RU' },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'ErrorPage' });
  const errorLabels = { title: t('title'), description: t('description'), retry: t('retry'), home: t('home'), homeHref: `/${locale}` };
  return (
    <html lang={languageTag(locale)} dir={textDirection(locale)}>
      <body className="flex min-h-screen flex-col">
        {/* Only the error page's strings go to the client; other client leaves get labels as props. */}
        <ErrorLabelsProvider labels={errorLabels}>
          <SiteHeader locale={locale} />
          <BreakingBanner locale={locale} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ErrorLabelsProvider>
      </body>
    </html>
  );
}
