import { getTranslations } from 'next-intl/server';
import type { PathLocale } from '@/lib/domain';
import { withPage } from '@/lib/urls';
import { Arrow } from './arrow';

type Props = { locale: PathLocale; page: number; pages: number } & (
  | { basePath: string; hrefFor?: never }
  // For pages whose links carry more than ?page= (search keeps its query).
  | { hrefFor: (page: number) => string; basePath?: never }
);

export async function Pagination({ locale, page, pages, basePath, hrefFor }: Props) {
  if (pages <= 1) return null;
  const href = hrefFor ?? ((p: number) => withPage(basePath!, p));
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const linkClass = 'rounded-md border border-neutral-300 px-4 py-2 font-semibold hover:border-brand hover:text-brand';
  return (
    <nav aria-label={t('label')} className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={linkClass}>
          <Arrow back /> {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-sm text-neutral-600">{t('page', { page, pages })}</p>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className={linkClass}>
          {t('next')} <Arrow />
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
