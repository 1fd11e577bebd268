'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/app/admin/_auth/guard';
import { clearBanner, moveTopStory, pinArticle, setBanner, unpin, type FrontResult } from '@/db/queries/admin-front';
import { EDITIONS, isEdition, parseId, type Edition } from '@/lib/domain';
import { refreshReaderPages } from '@/lib/revalidate-readers';
import { fieldErrors, refused, succeeded, textFields, withOutcome, type ActionState } from '@/lib/validation/action-state';
import { bannerInput } from '@/lib/validation/breaking';

const PAGE = '/admin/front';
const pageOf = (edition: Edition) => `${PAGE}?edition=${edition}`;
const editionOf = (form: FormData): Edition => {
  const value = form.get('edition');
  return isEdition(value) ? value : EDITIONS[0];
};
const positionOf = (form: FormData) => {
  const value = String(form.get('position') ?? '');
  return /^\d$/.test(value) ? Number(value) : -1;
};

// The curation forms carry no free text: each posts, changes, and comes back to the page with
// its outcome in the URL (works without JavaScript; a reload does not post again).
function back(edition: Edition, result: FrontResult): never {
  const changed = result === 'pinned' || result === 'moved' || result === 'removed';
  if (changed) refreshReaderPages();
  redirect(withOutcome(pageOf(edition), changed ? { flag: 'done', value: result } : { flag: 'error', value: result }));
}

export async function pinAction(form: FormData): Promise<void> {
  const actor = await requirePermission('article.publish', PAGE);
  const edition = editionOf(form);
  const articleId = parseId(form.get('articleId'));
  back(edition, articleId === null ? 'notReadable' : pinArticle(actor, edition, positionOf(form), articleId));
}

export async function moveAction(form: FormData): Promise<void> {
  const actor = await requirePermission('article.publish', PAGE);
  const edition = editionOf(form);
  const direction = form.get('direction') === 'up' ? 'up' : 'down';
  back(edition, moveTopStory(actor, edition, positionOf(form), direction));
}

export async function unpinAction(form: FormData): Promise<void> {
  const actor = await requirePermission('article.publish', PAGE);
  const edition = editionOf(form);
  back(edition, unpin(actor, edition, positionOf(form)));
}

export async function bannerAction(edition: Edition, _prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requirePermission('article.publish', PAGE);
  const t = await getTranslations('AdminFront');
  const values = textFields(form, ['text', 'url', 'expiresAt']);
  const parsed = bannerInput(new Date()).safeParse(values);
  if (!parsed.success) return refused(form, t('errors.form'), { errors: fieldErrors(parsed.error, (k) => t(`errors.${k}` as 'errors.form')), values });
  if (!setBanner(actor, edition, parsed.data)) return refused(form, t('errors.forbidden'), { values, reason: 'forbidden' });
  refreshReaderPages();
  revalidatePath(PAGE);
  return succeeded(form, t('banner.saved'));
}

export async function clearBannerAction(form: FormData): Promise<void> {
  const actor = await requirePermission('article.publish', PAGE);
  const edition = editionOf(form);
  const cleared = clearBanner(actor, edition);
  if (cleared) refreshReaderPages();
  redirect(withOutcome(pageOf(edition), cleared ? { flag: 'done', value: 'cleared' } : { flag: 'error', value: 'nothing' }));
}
