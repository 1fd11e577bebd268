'use server';

import { revalidatePath } from 'next/cache';
import { refreshReaderPages } from '@/lib/revalidate-readers';
import { getTranslations } from 'next-intl/server';
import { deleteCategory, renameTag, saveCategory } from '@/db/queries/admin-taxonomy';
import { requirePermission } from '@/app/admin/_auth/guard';
import { firstErrors, scoped, type FormState } from '@/lib/validation/form-state';
import { categoryInput, tagRenameInput } from '@/lib/validation/taxonomy';

const read = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '')]));


export async function saveCategoryAction(id: number | null, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const values = read(form, ['locale', 'name', 'slug', 'position']);
  const parsed = categoryInput.safeParse(values);
  if (!parsed.success) return scoped(form, { status: 'error', message: t('errors.form'), errors: firstErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = saveCategory(actor, id, parsed.data);
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`), values });
  refreshReaderPages();
  revalidatePath('/admin/categories');
  return scoped(form, { status: 'ok', message: t('saved') });
}

export async function deleteCategoryAction(id: number, _prev: FormState, form?: FormData): Promise<FormState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const result = deleteCategory(actor, id);
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`) });
  refreshReaderPages();
  revalidatePath('/admin/categories');
  return scoped(form, { status: 'ok', message: t('deleted') });
}

export async function renameTagAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const values = read(form, ['name', 'slug']);
  const parsed = tagRenameInput.safeParse(values);
  if (!parsed.success) return scoped(form, { status: 'error', message: t('errors.form'), errors: firstErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = renameTag(actor, id, parsed.data);
  if (!result.ok) return scoped(form, { status: 'error', message: t(`errors.${result.reason}`), values });
  refreshReaderPages();
  return scoped(form, { status: 'ok', message: t('saved') });
}
