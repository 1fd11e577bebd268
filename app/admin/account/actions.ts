'use server';

import { getTranslations } from 'next-intl/server';
import { passwordHashOf, setPassword } from '@/db/queries/admin-users';
import { requireUser } from '@/app/admin/_auth/guard';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { startSession } from '@/app/admin/_auth/session';
import { fieldErrors, refused, succeeded, type ActionState } from '@/lib/validation/action-state';
import { passwordChangeInput } from '@/lib/validation/user';

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser('/admin/account');
  const t = await getTranslations('AdminAccount');
  const parsed = passwordChangeInput.safeParse({ current: form.get('current') ?? '', next: form.get('next') ?? '', confirm: form.get('confirm') ?? '' });
  // Passwords are never given back: a refusal carries no values.
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (key) => t(`errors.${key}` as 'errors.form')) });
  if (!(await verifyPassword(passwordHashOf(user.id), parsed.data.current)))
    return refused(form, t('errors.currentWrong'), { errors: { current: t('errors.currentWrong') }, reason: 'currentWrong' });
  const result = setPassword(user, user.id, await hashPassword(parsed.data.next));
  if (!result.ok) return refused(form, t('errors.failed'), { reason: result.reason });
  // Every session of this account ended with the old password; this browser gets a fresh one.
  await startSession(user.id);
  return succeeded(form, t('changed'));
}
