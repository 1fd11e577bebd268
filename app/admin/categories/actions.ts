'use server';

import { revalidatePath } from 'next/cache';
import { refreshReaderPages } from '@/lib/revalidate-readers';
import { getTranslations } from 'next-intl/server';
import { deleteCategory, renameTag, saveCategory } from '@/db/queries/admin-taxonomy';
import { requirePermission } from '@/app/admin/_auth/guard';
import { fieldErrors, refused, succeeded, textFields, type ActionState } from '@/lib/validation/action-state';
import { categoryInput, tagRenameInput } from '@/lib/validation/taxonomy';

export async function saveCategoryAction(id: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const values = textFields(form, ['locale', 'name', 'slug', 'position']);
  const parsed = categoryInput.safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = saveCategory(actor, id, parsed.data);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values, reason: result.reason });
  refreshReaderPages();
  revalidatePath('/admin/categories');
  return succeeded(form, t('saved'));
}

export async function deleteCategoryAction(id: number, _prev: ActionState, form?: FormData): Promise<ActionState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const result = deleteCategory(actor, id);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { reason: result.reason });
  refreshReaderPages();
  revalidatePath('/admin/categories');
  return succeeded(form, t('deleted'));
}

export async function renameTagAction(id: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('taxonomy.manage', '/admin/categories');
  const t = await getTranslations('AdminTaxonomy');
  const values = textFields(form, ['name', 'slug']);
  const parsed = tagRenameInput.safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = renameTag(actor, id, parsed.data);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values, reason: result.reason });
  refreshReaderPages();
  return succeeded(form, t('saved'));
}
