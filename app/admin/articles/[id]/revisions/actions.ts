'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { restoreRevision } from '@/db/queries/article-revisions';
import { requirePermission } from '@/app/admin/_auth/guard';
import { withOutcome } from '@/lib/validation/action-state';

// The article's version the page showed: a restore over a newer save is a conflict.
const restoreForm = z.object({ version: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

/** Restores a revision's title, lead and body; a plain form post, so it works without JavaScript. */
export async function restoreRevisionAction(articleId: number, revisionId: number, form: FormData): Promise<void> {
  const page = `/admin/articles/${articleId}/revisions/${revisionId}`;
  const user = await requirePermission('article.editAny', page);
  const parsed = restoreForm.safeParse({ version: form.get('version') });
  const result = parsed.success ? restoreRevision(user, articleId, revisionId, parsed.data.version) : ({ ok: false, reason: 'conflict' } as const);
  // Nothing was typed on this page, so an error can travel in the URL without losing anything.
  if (!result.ok) redirect(withOutcome(page, { flag: 'error', value: result.reason }));
  refreshReaderPages();
  redirect(withOutcome(`/admin/articles/${articleId}`, { flag: 'saved', value: 'restore' }));
}
