import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/app/admin/_auth/guard';
import { ArticleNoteForm } from '@/components/admin/article-note-form';
import { DateTime } from '@/components/ui/date-time';
import { getNoteTarget, listArticleNotesForEdit } from '@/db/queries/article-notes';
import { parseId } from '@/lib/domain';
import { articlePath } from '@/lib/urls';
import { outcomeIn } from '@/lib/validation/action-state';
import { addNoteAction, deleteNoteAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminNotes'))('title') };
}

export default async function ArticleNotesPage({ params, searchParams }: PageProps<'/admin/articles/[id]/notes'>) {
  const { id: raw } = await params;
  await requirePermission('article.editAny', `/admin/articles/${raw}/notes`);
  const id = parseId(raw);
  const article = id === null ? null : getNoteTarget(id);
  if (!id || !article) notFound();
  const [t, uiLocale, query] = await Promise.all([getTranslations('AdminNotes'), getLocale(), searchParams]);
  const locale = uiLocale === 'ru' ? 'ru' : 'kk';
  const notes = listArticleNotesForEdit(id);
  const done = outcomeIn(query, 'done', ['deleted'] as const);
  const error = outcomeIn(query, 'error', ['notFound', 'forbidden'] as const);
  const deleteNote = deleteNoteAction.bind(null, id);

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <a href={`/admin/articles/${id}`} className="font-semibold text-brand hover:underline">
          ← {t('backToEditor')}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-neutral-700">
        {article.live ? (
          <a href={articlePath(article.locale, article.id, article.slug)} className="hover:underline">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </p>
      <p className="mt-3 text-sm text-neutral-600">{t('intro')}</p>
      {done || error ? (
        <p
          role={error ? 'alert' : 'status'}
          className={`mt-4 rounded-md border px-4 py-3 ${error ? 'border-accent/40 bg-red-50 text-accent' : 'border-green-700/40 bg-green-50 text-green-900'}`}
        >
          {done ? t('deleted') : t(`errors.${error!.value}`)}
        </p>
      ) : null}
      {notes.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ol className="mt-4 divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white">
          {notes.map((note) => (
            <li key={note.id} className="flex flex-wrap items-start gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="text-sm text-neutral-700">
                  <span className="font-semibold text-neutral-900">{t(`kinds.${note.kind}`)}</span> · <DateTime date={note.createdAt} locale={locale} /> ·{' '}
                  {note.authorName ?? '—'}
                </p>
                <p className="mt-1 whitespace-pre-line">{note.body}</p>
              </div>
              <form action={deleteNote}>
                <input type="hidden" name="noteId" value={note.id} />
                <button type="submit" className="admin-button-secondary px-3 py-1 text-sm" aria-label={t('deleteLabel', { kind: t(`kinds.${note.kind}`) })}>
                  {t('delete')}
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="add-note" className="mt-6 rounded-lg border border-neutral-200 bg-white p-4">
        <h2 id="add-note" className="text-xl font-bold">
          {t('addTitle')}
        </h2>
        {article.live ? (
          <ArticleNoteForm
            action={addNoteAction.bind(null, id)}
            permalink={`/admin/articles/${id}/notes`}
            labels={{
              kind: t('kind'),
              body: t('body'),
              bodyHint: t('bodyHint'),
              submit: t('submit'),
              update: t('kinds.update'),
              correction: t('kinds.correction'),
            }}
          />
        ) : (
          <p className="mt-2">{t('notPublishedYet')}</p>
        )}
      </section>
    </div>
  );
}
