import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/ui/date-time';
import { articleExists } from '@/db/queries/admin-articles';
import { listRevisions } from '@/db/queries/article-revisions';
import { requireUser } from '@/app/admin/_auth/guard';
import { parseId } from '@/lib/domain';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminRevisions'))('title') };
}

export default async function RevisionsPage({ params }: PageProps<'/admin/articles/[id]/revisions'>) {
  const { id: raw } = await params;
  const user = await requireUser(`/admin/articles/${raw}/revisions`);
  const id = parseId(raw);
  if (!id) notFound();
  const history = listRevisions(user, id);
  if (!history) {
    if (articleExists(id)) forbidden();
    notFound();
  }
  const [t, uiLocale] = await Promise.all([getTranslations('AdminRevisions'), getLocale()]);
  const locale = uiLocale === 'ru' ? 'ru' : 'kk'; // dates in the editors' UI language
  const { article, revisions } = history;

  return (
    <div>
      <p className="text-sm">
        <a href={`/admin/articles/${id}`} className="font-semibold text-brand hover:underline">
          ← {t('backToEditor')}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-neutral-700">{article.title}</p>
      <p className="mt-3 text-sm text-neutral-600">
        {t('intro')} {t('current', { version: article.version })}
      </p>
      {revisions.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ol className="mt-4 divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white">
          {revisions.map((revision) => (
            <li key={revision.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
              <a href={`/admin/articles/${id}/revisions/${revision.id}`} className="font-semibold text-brand hover:underline">
                {t('compare', { version: revision.version })}
              </a>
              <span className="min-w-0 grow break-words">{revision.title}</span>
              <span className="text-sm text-neutral-600">
                {t('savedBy', { name: revision.savedByName ?? t('unknownUser') })} · <DateTime date={revision.savedAt} locale={locale} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
