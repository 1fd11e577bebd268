'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';

// Readers get a localized message; the detail stays in the server log (and the console here).
export default function ErrorPage({ error, retry }: { error: unknown; retry?: () => void }) {
  const t = useTranslations('ErrorPage');
  const locale = useLocale();
  useEffect(() => console.error(error), [error]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center">
      <h1 className="text-3xl font-extrabold">{t('title')}</h1>
      <p className="mt-3 text-neutral-700">{t('description')}</p>
      <div className="mt-8 flex justify-center gap-3">
        {retry ? (
          <button type="button" onClick={() => retry()} className="rounded-md border border-brand px-5 py-2.5 font-semibold text-brand hover:bg-brand hover:text-white">
            {t('retry')}
          </button>
        ) : null}
        <a href={`/${locale}`} className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {t('home')}
        </a>
      </div>
    </div>
  );
}
