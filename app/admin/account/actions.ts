'use server';

import { getTranslations } from 'next-intl/server';
import { passwordHashOf, setPassword } from '@/db/queries/admin-users';
import { requireUser } from '@/app/admin/_auth/guard';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { startSession } from '@/app/admin/_auth/session';
import { firstErrors, type FormState } from '@/lib/validation/form-state';
import { passwordChangeInput } from '@/lib/validation/user';

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/admin/account');
  const t = await getTranslations('AdminAccount');
  const parsed = passwordChangeInput.safeParse({ current: form.get('current') ?? '', next: form.get('next') ?? '', confirm: form.get('confirm') ?? '' });
  if (!parsed.success) return { status: 'error', message: t('errors.form'), errors: firstErrors(parsed.error, (key) => t(`errors.${key}` as 'errors.form')) };
  if (!(await verifyPassword(passwordHashOf(user.id), parsed.data.current))) return { status: 'error', message: t('errors.currentWrong'), errors: { current: t('errors.currentWrong') } };
  const result = setPassword(user, user.id, await hashPassword(parsed.data.next));
  if (!result.ok) return { status: 'error', message: t('errors.failed') };
  // Every session of this account ended with the old password; this browser gets a fresh one.
  await startSession(user.id);
  return { status: 'ok', message: t('changed') };
}
