'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import { restoreRevision } from '@/db/queries/article-revisions';
import { requirePermission } from '@/app/admin/_auth/guard';

/** Restores a revision's title, lead and body; a plain form post, so it works without JavaScript. */
export async function restoreRevisionAction(articleId: number, revisionId: number, form: FormData): Promise<void> {
  const page = `/admin/articles/${articleId}/revisions/${revisionId}`;
  const user = await requirePermission('article.editAny', page);
  const version = Number(form.get('version'));
  const result = Number.isSafeInteger(version) ? restoreRevision(user, articleId, revisionId, version) : ({ ok: false, reason: 'conflict' } as const);
  // Nothing was typed on this page, so an error can travel in the URL without losing anything.
  if (!result.ok) redirect(`${page}?error=${result.reason}`);
  refreshReaderPages();
  redirect(`/admin/articles/${articleId}?saved=restore`);
}
