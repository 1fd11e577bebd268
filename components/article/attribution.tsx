import { getTranslations } from 'next-intl/server';
import type { ArticleView } from '@/db/queries/articles';
import { DateTime } from '@/components/ui/date-time';
import type { Shown } from '@/lib/reading-view';
import { authorPath, categoryPath } from '@/lib/urls';

export async function Attribution({ article, minutes }: { article: Shown<ArticleView>; minutes: number }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'ArticlePage' });
  const item = 'flex items-baseline gap-1';
  return (
    <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 border-y border-neutral-200 py-3 text-sm text-neutral-700">
      <div className={item}>
        <dt className="text-neutral-600">{t('byline')}:</dt>
        <dd>
          <a href={authorPath(article.locale, article.authorSlug)} rel="author" className="font-semibold text-neutral-900 hover:text-brand hover:underline">
            {article.authorName}
          </a>
        </dd>
      </div>
      <div className={item}>
        <dt className="sr-only">{t('published')}</dt>
        <dd>
          <DateTime date={article.publishedAt} locale={article.locale} />
        </dd>
      </div>
      {article.categoryName && article.categorySlug ? (
        <div className={item}>
          <dt className="text-neutral-600">{t('category')}:</dt>
          <dd>
            <a href={categoryPath(article.locale, article.categorySlug)} className="font-semibold text-brand hover:underline">
              {article.categoryName}
            </a>
          </dd>
        </div>
      ) : null}
      {article.sourceName ? (
        <div className={item}>
          <dt className="text-neutral-600">{t('source')}:</dt>
          <dd>
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener noreferrer" className="font-semibold text-brand hover:underline">
                {article.sourceName}
              </a>
            ) : (
              <span className="font-semibold">{article.sourceName}</span>
            )}
          </dd>
        </div>
      ) : null}
      <div className={item}>
        <dt className="sr-only">{t('readingTime')}</dt>
        <dd>{t('minutesToRead', { minutes })}</dd>
      </div>
    </dl>
  );
}
