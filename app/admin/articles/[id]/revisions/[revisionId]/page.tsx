import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LineDiff } from '@/components/admin/line-diff';
import { DateTime } from '@/components/ui/date-time';
import { articleExists } from '@/db/queries/admin-articles';
import { getRevision, mayReadHistory } from '@/db/queries/article-revisions';
import { requireUser } from '@/app/admin/_auth/guard';
import { can } from '@/lib/auth/permissions';
import { diffLines, foldUnchanged, hasChanges } from '@/lib/diff';
import { parseId } from '@/lib/domain';
import { outcomeIn } from '@/lib/validation/action-state';
import { restoreRevisionAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminRevisions'))('diffTitle') };
}

const ERRORS = ['conflict', 'forbidden', 'notFound'] as const;

export default async function RevisionDiffPage({ params, searchParams }: PageProps<'/admin/articles/[id]/revisions/[revisionId]'>) {
  const { id: rawId, revisionId: rawRevision } = await params;
  const user = await requireUser(`/admin/articles/${rawId}/revisions/${rawRevision}`);
  const id = parseId(rawId);
  const revisionId = parseId(rawRevision);
  if (!id || !revisionId) notFound();
  const found = getRevision(user, id, revisionId);
  if (!found) {
    if (articleExists(id) && !mayReadHistory(user, id)) forbidden();
    notFound();
  }
  const [t, uiLocale] = await Promise.all([getTranslations('AdminRevisions'), getLocale()]);
  const locale = uiLocale === 'ru' ? 'ru' : 'kk'; // dates in the editors' UI language
  const { article, revision } = found;
  const error = outcomeIn(await searchParams, 'error', ERRORS)?.value;
  const labels = { added: t('added'), removed: t('removed'), noChanges: t('noChanges'), skipped: (count: number) => t('skipped', { count }) };
  // Old → current: red lines are what the revision had, green what the article has now.
  const fields = [
    { key: 'title', before: revision.title, after: article.title },
    { key: 'lead', before: revision.lead, after: article.lead },
    { key: 'body', before: revision.bodyMarkdown, after: article.bodyMarkdown },
  ] as const;

  return (
    <div>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <a href={`/admin/articles/${id}`} className="font-semibold text-brand hover:underline">
          ← {t('backToEditor')}
        </a>
        <a href={`/admin/articles/${id}/revisions`} className="font-semibold text-brand hover:underline">
          {t('backToList')}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('diffHeading', { version: revision.version, current: article.version })}</h1>
      <p className="mt-1 text-sm text-neutral-700">
        {t('savedBy', { name: revision.savedByName ?? t('unknownUser') })} · <DateTime date={revision.savedAt} locale={locale} />
      </p>
      <p className="mt-2 text-sm text-neutral-600">{t('legend')}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {fields.map(({ key, before, after }) => {
        const lines = diffLines(before, after);
        return <LineDiff key={key} rows={foldUnchanged(lines)} changed={hasChanges(lines)} labels={{ ...labels, heading: t(`fields.${key}`) }} />;
      })}
      <div className="mt-8 rounded-lg border border-neutral-200 bg-white p-4">
        {can(user, 'article.editAny') ? (
          <form action={restoreRevisionAction.bind(null, id, revision.id)} className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="version" value={article.version} />
            <button type="submit" className="admin-button">
              {t('restore', { version: revision.version })}
            </button>
            <p className="text-sm text-neutral-600">{t('restoreHint')}</p>
          </form>
        ) : (
          <p className="text-sm text-neutral-600">{t('restoreEditorsOnly')}</p>
        )}
      </div>
    </div>
  );
}
