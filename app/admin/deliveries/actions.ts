'use server';

import { redirect } from 'next/navigation';
import { requirePermission } from '@/app/admin/_auth/guard';
import { retryDelivery } from '@/db/queries/admin-deliveries';
import { idField } from '@/lib/domain';

const ID = idField();

/** The "retry" button of a failed delivery: a plain form post, so it works without JavaScript. */
export async function retry(form: FormData): Promise<void> {
  const user = await requirePermission('article.publish', '/admin/deliveries');
  const back = String(form.get('back') ?? '');
  const target = back.startsWith('/admin/deliveries') ? back : '/admin/deliveries';
  const id = ID.safeParse(String(form.get('id') ?? ''));
  if (!id.success) redirect(target);
  const result = retryDelivery(user, id.data);
  if (result === 'forbidden') redirect('/admin');
  redirect(`${target}${target.includes('?') ? '&' : '?'}done=${result}`);
}
