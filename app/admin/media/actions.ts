'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import { setArticleThumbnail } from '@/db/queries/admin-articles';
import { requirePermission } from '@/app/admin/_auth/guard';
import { parseId } from '@/lib/domain';
import { existingThumbnail } from '@/lib/images/upload';

/** The library's "Choose" button: a plain form post that sets the article's picture. */
export async function pickThumbnail(form: FormData): Promise<void> {
  const articleId = parseId(form.get('articleId'));
  const page = parseId(form.get('page')) ?? 1;
  const back = articleId ? `/admin/media?pick=${articleId}&page=${page}` : '/admin/media';
  const user = await requirePermission('article.create', back);
  if (!articleId) redirect(back);
  // Only a stem that names an upload on disk is accepted; anything else is refused here.
  const image = existingThumbnail(`/uploads/thumbnail/${String(form.get('stem'))}_small.jpg`);
  if (!image?.ok) redirect(`${back}&error=image`);
  const result = setArticleThumbnail(user, articleId, image);
  if (!result.ok) redirect(`${back}&error=${result.reason}`);
  refreshReaderPages();
  redirect(`/admin/articles/${articleId}?saved=thumbnail`);
}
