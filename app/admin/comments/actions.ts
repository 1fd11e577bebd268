'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { moderateComments, type ModerationAction } from '@/db/queries/admin-comments';
import { requirePermission } from '@/lib/auth/guard';
import { articlePath } from '@/lib/urls';

const ACTIONS = new Set<ModerationAction>(['approve', 'spam', 'delete', 'restore']);

/** One handler for the per-comment buttons and the bulk bar: both post ids and an action. */
export async function moderate(form: FormData): Promise<void> {
  const user = await requirePermission('comment.moderate', '/admin/comments');
  // A comment's own button names itself ("approve:42"); the bulk bar uses the ticked boxes.
  const single = /^(approve|spam|delete|restore):([1-9]\d{0,15})$/.exec(String(form.get('single') ?? ''));
  const action = (single ? single[1] : String(form.get('action'))) as ModerationAction;
  const back = String(form.get('back') ?? '');
  const ids = single
    ? [Number(single[2])]
    : form
        .getAll('id')
        .map(String)
        .filter((v) => /^[1-9]\d{0,15}$/.test(v))
        .map(Number)
        .slice(0, 500);
  const target = back.startsWith('/admin/comments') ? back : '/admin/comments';
  if (!ACTIONS.has(action)) redirect(target);
  const affected = moderateComments(user, ids, action);
  if (affected === null) redirect('/admin');
  // The article pages show approved comments: regenerate the ones this touched.
  for (const article of affected) revalidatePath(articlePath(article.locale, article.id, article.slug));
  redirect(`${target}${target.includes('?') ? '&' : '?'}done=${action}&n=${ids.length}`);
}
