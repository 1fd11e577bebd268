'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { refreshReaderPages } from '@/lib/revalidate-readers';
import { getTranslations } from 'next-intl/server';
import { deleteCategory, renameTag, saveCategory } from '@/db/queries/admin-taxonomy';
import { requirePermission } from '@/app/admin/_auth/guard';
import { fieldErrors, refused, succeeded, textFields, withOutcome, type ActionState } from '@/lib/validation/action-state';
import { categoryInput, tagRenameInput } from '@/lib/validation/taxonomy';

const PAGE = '/admin/categories';

export async function saveCategoryAction(id: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('taxonomy.manage', PAGE);
  const t = await getTranslations('AdminTaxonomy');
  const values = textFields(form, ['locale', 'name', 'slug', 'position']);
  const parsed = categoryInput.safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = saveCategory(actor, id, parsed.data);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values, reason: result.reason });
  refreshReaderPages();
  revalidatePath(PAGE);
  return succeeded(form, t('saved'));
}

// Redirect-after-post: the deleted row takes its form with it, so the outcome is the page's to show.
export async function deleteCategoryAction(id: number): Promise<void> {
  const actor = await requirePermission('taxonomy.manage', PAGE);
  const result = deleteCategory(actor, id);
  if (result.ok) {
    refreshReaderPages();
    revalidatePath(PAGE);
  }
  redirect(withOutcome(PAGE, result.ok ? { flag: 'done', value: 'deleted' } : { flag: 'error', value: result.reason }));
}

export async function renameTagAction(id: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('taxonomy.manage', PAGE);
  const t = await getTranslations('AdminTaxonomy');
  const values = textFields(form, ['name', 'slug']);
  const parsed = tagRenameInput.safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  const result = renameTag(actor, id, parsed.data);
  if (!result.ok) return refused(form, t(`errors.${result.reason}`), { values, reason: result.reason });
  refreshReaderPages();
  return succeeded(form, t('saved'));
}
