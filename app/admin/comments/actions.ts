'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { moderateComments } from '@/db/queries/admin-comments';
import { requirePermission } from '@/app/admin/_auth/guard';
import { idField, moderationActionEnum } from '@/lib/domain';
import { refreshArticlePages } from '@/lib/revalidate-readers';
import { withOutcome } from '@/lib/validation/action-state';

const ACTION = moderationActionEnum();
const ID = idField();
// A page shows 30; the cap only bounds what a forged form can ask for at once.
const IDS = z.array(ID).max(500);

const moderationForm = z.object({
  // A comment's own button names itself ("approve:42").
  single: z
    .string()
    .transform((value) => {
      const colon = value.indexOf(':');
      return colon < 0 ? {} : { action: value.slice(0, colon), id: value.slice(colon + 1) };
    })
    .pipe(z.object({ action: ACTION, id: ID }))
    .optional(),
  action: ACTION.optional(),
  scope: z.literal('page').optional(),
  id: IDS,
  pageId: IDS,
  back: z.string().max(500).optional(),
});

const field = (form: FormData, name: string) => (form.get(name) === null ? undefined : String(form.get(name)));

/** One handler for the per-comment buttons and the bulk bar (ticked boxes, or the whole page). */
export async function moderate(form: FormData): Promise<void> {
  const user = await requirePermission('comment.moderate', '/admin/comments');
  const back = field(form, 'back') ?? '';
  const target = back.startsWith('/admin/comments') ? back : '/admin/comments';
  const parsed = moderationForm.safeParse({
    single: field(form, 'single'),
    action: field(form, 'action'),
    scope: field(form, 'scope'),
    id: form.getAll('id').map(String),
    pageId: form.getAll('pageId').map(String),
    back,
  });
  if (!parsed.success) redirect(target);
  const { single, scope, id, pageId } = parsed.data;
  const action = single?.action ?? parsed.data.action;
  if (!action) redirect(target);
  const ids = single ? [single.id] : scope === 'page' ? pageId : id;
  const affected = moderateComments(user, ids, action);
  if (affected === null) redirect('/admin');
  // The article pages show approved comments: regenerate the ones this touched.
  refreshArticlePages(affected);
  redirect(withOutcome(target, { flag: 'done', value: action, count: ids.length }));
}
