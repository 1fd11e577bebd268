'use server';

import crypto from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { createUser, setPassword, updateUser } from '@/db/queries/admin-users';
import { requirePermission } from '@/app/admin/_auth/guard';
import { hashPassword } from '@/lib/auth/password';
import { newUserInput, userUpdateInput } from '@/lib/validation/user';
import { fieldErrors, refused, succeeded, textFields, type ActionState } from '@/lib/validation/action-state';

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const values = textFields(form, ['email', 'name', 'role', 'password']);
  const parsed = newUserInput.safeParse(values);
  // The typed values come back, except a password: it is never echoed into the page.
  const typed = { ...values, password: '' };
  if (!parsed.success)
    return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (key) => t(`errors.${key}` as 'errors.form')), values: typed });
  const generated = parsed.data.password === '' ? crypto.randomBytes(15).toString('base64url') : null;
  const result = createUser(actor, { ...parsed.data, passwordHash: await hashPassword(generated ?? parsed.data.password) });
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values: typed, reason: result.reason });
  revalidatePath('/admin/users');
  return succeeded(form, generated ? t('createdWithPassword', { email: parsed.data.email, password: generated }) : t('created', { email: parsed.data.email }));
}

export async function updateUserAction(id: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const parsed = userUpdateInput.safeParse({ role: form.get('role'), active: form.get('active') });
  if (!parsed.success) return refused(form, t('errors.roleInvalid'), { reason: 'invalid' });
  const result = updateUser(actor, id, parsed.data);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { reason: result.reason });
  revalidatePath('/admin/users');
  return succeeded(form, t('updated'));
}

export async function resetPasswordAction(id: number, _prev: ActionState, form?: FormData): Promise<ActionState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const generated = crypto.randomBytes(15).toString('base64url');
  const result = setPassword(actor, id, await hashPassword(generated));
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { reason: result.reason });
  return succeeded(form, t('passwordReset', { password: generated }));
}
