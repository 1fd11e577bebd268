'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireUser } from '@/app/admin/_auth/guard';
import { addLiveEntry, editLiveEntry, removeLiveEntry, setArticleFormat, setLiveOpen, type LiveChange } from '@/db/queries/live-entries';
import type { ArticleFormat } from '@/lib/domain';
import { storeThumbnail } from '@/lib/images/upload';
import { refreshLiveBlog, refreshReaderPages } from '@/lib/revalidate-readers';
import { fieldErrors, refused, textFields, withOutcome, type ActionState } from '@/lib/validation/action-state';
import { LIVE_ENTRY_TEXT_FIELDS, liveEntrySchema } from '@/lib/validation/live-entry';

const livePage = (articleId: number) => `/admin/articles/${articleId}/live`;

type Parsed = { ok: true; input: Parameters<typeof addLiveEntry>[2]; removeImage: boolean } | { ok: false; state: ActionState };

// Checks the text first, so a refused form never leaves an orphan upload behind.
async function parseEntry(form: FormData): Promise<Parsed> {
  const t = await getTranslations('AdminLive');
  const values = textFields(form, LIVE_ENTRY_TEXT_FIELDS);
  const parsed = liveEntrySchema.safeParse({ ...values, keyEvent: form.get('keyEvent') ?? undefined, removeImage: form.get('removeImage') ?? undefined });
  if (!parsed.success)
    return { ok: false, state: refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (key) => t(`errors.${key}` as 'errors.form')), values }) };
  const file = form.get('image');
  let image = null;
  if (file instanceof File && file.size > 0) {
    const stored = await storeThumbnail(file);
    if (!stored.ok) return { ok: false, state: refused(form, t('errors.form'), { errors: { image: t(`errors.${stored.reason}`) }, values }) };
    image = { stem: stored.stem, width: stored.width, height: stored.height };
  }
  const { headline, body, imageAlt, keyEvent, removeImage } = parsed.data;
  return { ok: true, input: { headline, bodyMarkdown: body, imageAlt, keyEvent, image }, removeImage };
}

async function failure(result: Extract<LiveChange, { ok: false }>, form: FormData): Promise<ActionState> {
  const t = await getTranslations('AdminLive');
  return refused(form, t(`errors.${result.reason}`), { values: textFields(form, LIVE_ENTRY_TEXT_FIELDS), reason: result.reason });
}

export async function addEntryAction(articleId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(livePage(articleId));
  const parsed = await parseEntry(form);
  if (!parsed.ok) return parsed.state;
  const result = addLiveEntry(user, articleId, parsed.input);
  if (!result.ok) return failure(result, form);
  refreshLiveBlog(result.article);
  redirect(withOutcome(livePage(articleId), { flag: 'saved', value: 'added' }));
}

export async function editEntryAction(articleId: number, entryId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(`${livePage(articleId)}/${entryId}`);
  const parsed = await parseEntry(form);
  if (!parsed.ok) return parsed.state;
  const result = editLiveEntry(user, articleId, entryId, { ...parsed.input, keepImage: !parsed.removeImage });
  if (!result.ok) return failure(result, form);
  refreshLiveBlog(result.article);
  redirect(withOutcome(livePage(articleId), { flag: 'saved', value: 'edited' }));
}

/** The confirm page's "Remove" button: a plain post, then back to the list. */
export async function removeEntryAction(articleId: number, entryId: number): Promise<void> {
  const user = await requireUser(livePage(articleId));
  const result = removeLiveEntry(user, articleId, entryId);
  if (!result.ok) redirect(withOutcome(livePage(articleId), { flag: 'error', value: result.reason }));
  refreshLiveBlog(result.article);
  redirect(withOutcome(livePage(articleId), { flag: 'saved', value: 'removed' }));
}

export async function setOpenAction(articleId: number, open: boolean): Promise<void> {
  const user = await requireUser(livePage(articleId));
  const result = setLiveOpen(user, articleId, open);
  if (!result.ok) redirect(withOutcome(livePage(articleId), { flag: 'error', value: result.reason }));
  // The badge shows on listings too, and the poll answers "closed".
  refreshReaderPages();
  redirect(withOutcome(livePage(articleId), { flag: 'saved', value: open ? 'reopened' : 'closed' }));
}

export async function setFormatAction(articleId: number, format: ArticleFormat): Promise<void> {
  const user = await requireUser(livePage(articleId));
  const result = setArticleFormat(user, articleId, format);
  if (!result.ok) redirect(withOutcome(livePage(articleId), { flag: 'error', value: result.reason }));
  refreshReaderPages();
  redirect(withOutcome(livePage(articleId), { flag: 'saved', value: format }));
}
