'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setArticleThumbnail } from '@/db/queries/admin-articles';
import { requirePermission } from '@/app/admin/_auth/guard';
import { idField } from '@/lib/domain';
import { existingThumbnail } from '@/lib/images/upload';
import { THUMBNAIL_STEM } from '@/lib/images/thumbnail-name';
import { withOutcome } from '@/lib/validation/action-state';

// The library's page the editor came from, to return to after a refusal.
const pickTarget = z.object({ articleId: idField(), page: idField().catch(1) });
const pickedStem = z.string().regex(THUMBNAIL_STEM);

/** The library's "Choose" button: a plain form post that sets the article's picture. */
export async function pickThumbnail(form: FormData): Promise<void> {
  const target = pickTarget.safeParse({ articleId: form.get('articleId'), page: form.get('page') });
  const back = target.success ? `/admin/media?pick=${target.data.articleId}&page=${target.data.page}` : '/admin/media';
  const user = await requirePermission('article.create', back);
  if (!target.success) redirect(back);
  const { articleId } = target.data;
  // Only a stem that names an upload on disk is accepted; anything else is refused here.
  const stem = pickedStem.safeParse(form.get('stem'));
  const image = stem.success ? existingThumbnail(stem.data) : null;
  if (!image?.ok) redirect(withOutcome(back, { flag: 'error', value: 'image' }));
  const result = setArticleThumbnail(user, articleId, image);
  if (!result.ok) redirect(withOutcome(back, { flag: 'error', value: result.reason }));
  refreshReaderPages();
  redirect(withOutcome(`/admin/articles/${articleId}`, { flag: 'saved', value: 'thumbnail' }));
}
