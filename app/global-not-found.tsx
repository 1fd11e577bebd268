import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { languageTag, routing, textDirection } from '@/i18n/routing';
import './globals.css';

export const metadata: Metadata = { robots: { index: false } };

// Served for every 404 (unknown paths, and missing content the proxy found). The proxy's
// next-intl middleware names the edition in a request header; elsewhere Kazakh is the default.
export default async function GlobalNotFound() {
  const named = (await headers()).get('x-next-intl-locale');
  const locale = hasLocale(routing.locales, named) ? named : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const site = await getTranslations({ locale, namespace: 'Meta' });
  return (
    <html lang={languageTag(locale)} dir={textDirection(locale)}>
      <head>
        <title>{`${t('title')} | ${site('siteName')}`}</title>
      </head>
      <body className="flex min-h-screen flex-col bg-white text-neutral-900">
        <header className="bg-brand-dark px-4 py-3 text-white">
          <a href={`/${locale}`} className="text-3xl font-black tracking-tight">
            Qamshy
          </a>
        </header>
        <main className="mx-auto max-w-3xl flex-1 px-4 py-20 text-center">
          <p className="text-6xl font-black text-brand" aria-hidden="true">
            404
          </p>
          <h1 className="mt-4 text-3xl font-extrabold">{t('title')}</h1>
          <p className="mt-3 text-neutral-700">{t('description')}</p>
          <p className="mt-8">
            <a href={`/${locale}`} className="inline-block rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
              {t('home')}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
