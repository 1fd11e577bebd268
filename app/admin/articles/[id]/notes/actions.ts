'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/app/admin/_auth/guard';
import { addArticleNote, deleteArticleNote } from '@/db/queries/article-notes';
import { parseId } from '@/lib/domain';
import { refreshReaderPages } from '@/lib/revalidate-readers';
import { fieldErrors, refused, succeeded, textFields, withOutcome, type ActionState } from '@/lib/validation/action-state';
import { noteInput } from '@/lib/validation/breaking';

const pageOf = (articleId: number) => `/admin/articles/${articleId}/notes`;

export async function addNoteAction(articleId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('article.editAny', pageOf(articleId));
  const t = await getTranslations('AdminNotes');
  const values = textFields(form, ['kind', 'body']);
  const parsed = noteInput.safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = addArticleNote(actor, articleId, parsed.data.kind, parsed.data.body);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values, reason: result.reason });
  // The article page, feeds and sitemaps all show the new date.
  refreshReaderPages();
  revalidatePath(pageOf(articleId));
  return succeeded(form, t('added'));
}

export async function deleteNoteAction(articleId: number, form: FormData): Promise<void> {
  const actor = await requirePermission('article.editAny', pageOf(articleId));
  const noteId = parseId(form.get('noteId'));
  const result = noteId === null ? ({ ok: false, reason: 'notFound' } as const) : deleteArticleNote(actor, articleId, noteId);
  if (result.ok) refreshReaderPages();
  redirect(withOutcome(pageOf(articleId), result.ok ? { flag: 'done', value: 'deleted' } : { flag: 'error', value: result.reason }));
}
