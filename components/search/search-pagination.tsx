import { getTranslations } from 'next-intl/server';
import type { PathLocale } from '@/i18n/routing';
import { searchPath } from '@/lib/search/url';

// components/ui/pagination builds `path?page=N`, which would drop the query; same look otherwise.
export async function SearchPagination({ locale, query, page, pages }: { locale: PathLocale; query: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const linkClass = 'rounded-md border border-neutral-300 px-4 py-2 font-semibold hover:border-brand hover:text-brand';
  return (
    <nav aria-label={t('label')} className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={searchPath(locale, query, page - 1)} rel="prev" className={linkClass}>
          ← {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-neutral-600">{t('page', { page, pages })}</p>
      {page < pages ? (
        <a href={searchPath(locale, query, page + 1)} rel="next" className={linkClass}>
          {t('next')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
