'use server';

import { redirect } from 'next/navigation';
import { requirePermission } from '@/app/admin/_auth/guard';
import { retryDelivery } from '@/db/queries/admin-deliveries';
import { idField } from '@/lib/domain';
import { withOutcome } from '@/lib/validation/action-state';
import { z } from 'zod';

const RetryForm = z.object({ id: idField(), back: z.string().startsWith('/admin/deliveries').catch('/admin/deliveries') });

/** The "retry" button of a failed delivery: a plain form post, so it works without JavaScript. */
export async function retry(form: FormData): Promise<void> {
  const user = await requirePermission('article.publish', '/admin/deliveries');
  const parsed = RetryForm.safeParse({ id: form.get('id'), back: form.get('back') ?? undefined });
  if (!parsed.success) redirect('/admin/deliveries');
  const result = retryDelivery(user, parsed.data.id);
  if (result === 'forbidden') redirect('/admin');
  redirect(withOutcome(parsed.data.back, { flag: 'done', value: result }));
}
