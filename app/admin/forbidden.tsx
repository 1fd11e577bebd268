import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('AdminForbidden');
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-black text-accent">403</p>
      <h1 className="mt-4 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-neutral-700">{t('description')}</p>
      <a href="/admin" className="admin-button mt-6">
        {t('back')}
      </a>
    </div>
  );
}
