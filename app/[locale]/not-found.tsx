import { getLocale, getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="text-6xl font-black text-brand">404</p>
      <h1 className="mt-4 text-3xl font-extrabold">{t('title')}</h1>
      <p className="mt-3 text-neutral-700">{t('description')}</p>
      <a href={`/${locale}`} className="mt-8 inline-block rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
        {t('home')}
      </a>
    </div>
  );
}
