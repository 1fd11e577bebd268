'use server';

import crypto from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { createUser, setPassword, updateUser } from '@/db/queries/admin-users';
import { requirePermission } from '@/app/admin/_auth/guard';
import { hashPassword } from '@/lib/auth/password';
import { newUserInput, userUpdateInput } from '@/lib/validation/user';
import { firstErrors, scoped, type FormState } from '@/lib/validation/form-state';

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const values = { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? ''), role: String(form.get('role') ?? 'author'), password: String(form.get('password') ?? '') };
  const parsed = newUserInput.safeParse(values);
  if (!parsed.success) return scoped(form, { status: 'error', message: t('errors.form'), errors: firstErrors(parsed.error, (key) => t(`errors.${key}` as 'errors.form')), values: { ...values, password: '' } });
  const generated = parsed.data.password === '' ? crypto.randomBytes(15).toString('base64url') : null;
  const result = createUser(actor, { ...parsed.data, passwordHash: await hashPassword(generated ?? parsed.data.password) });
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`), errors: {}, values: { ...values, password: '' } });
  revalidatePath('/admin/users');
  return scoped(form, { status: 'ok', message: generated ? t('createdWithPassword', { email: parsed.data.email, password: generated }) : t('created', { email: parsed.data.email }) });
}

export async function updateUserAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const parsed = userUpdateInput.safeParse({ role: form.get('role'), active: form.get('active') });
  if (!parsed.success) return scoped(form, { status: 'error', message: t('errors.roleInvalid') });
  const result = updateUser(actor, id, parsed.data);
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`) });
  revalidatePath('/admin/users');
  return scoped(form, { status: 'ok', message: t('updated') });
}

export async function resetPasswordAction(id: number, _prev: FormState, form?: FormData): Promise<FormState> {
  const actor = await requirePermission('user.manage', '/admin/users');
  const t = await getTranslations('AdminUsers');
  const generated = crypto.randomBytes(15).toString('base64url');
  const result = setPassword(actor, id, await hashPassword(generated));
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`) });
  return scoped(form, { status: 'ok', message: t('passwordReset', { password: generated }) });
}
