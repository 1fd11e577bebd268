import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article/article-card';
import { Pagination } from '@/components/ui/pagination';
import type { ArticleTeaser } from '@/db/queries/articles';
import type { Paged } from '@/lib/pagination';
import type { PathLocale } from '@/lib/domain';
import type { Shown } from '@/lib/reading-view';

type Props = { locale: PathLocale; heading: string; intro?: string; result: Paged<Shown<ArticleTeaser>>; basePath: string };

export async function ArticleListing({ locale, heading, intro, result, basePath }: Props) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <header className="border-b-2 border-brand pb-3">
        <h1 className="text-3xl font-extrabold text-brand-dark">
          {heading}
          {result.page > 1 ? <span className="ms-2 text-lg font-semibold text-neutral-600">· {t('pageSuffix', { page: result.page })}</span> : null}
        </h1>
        {intro ? <p className="mt-2 text-neutral-700">{intro}</p> : null}
      </header>
      {result.items.length === 0 ? (
        <p className="mt-6 text-neutral-700">{t('empty')}</p>
      ) : (
        <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} basePath={basePath} page={result.page} pages={result.pages} />
    </div>
  );
}
