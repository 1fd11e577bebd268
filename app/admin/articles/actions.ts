'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { saveArticle, type NewThumbnail } from '@/db/queries/admin-articles';
import { requireUser } from '@/app/admin/_auth/guard';
import { can } from '@/lib/auth/permissions';
import { parseAlmatyLocal } from '@/lib/format';
import { existingThumbnail, storeThumbnail } from '@/lib/images/upload';
import { fieldErrors, refused, textFields, withOutcome, type ActionState } from '@/lib/validation/action-state';
import { ARTICLE_FIELDS, articleInput } from '@/lib/validation/article';
import { chosenPartner } from '@/lib/validation/translation';

export async function saveArticleAction(articleId: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(articleId ? `/admin/articles/${articleId}` : '/admin/articles/new');
  const t = await getTranslations('AdminArticleForm');
  const values = textFields(form, ARTICLE_FIELDS);
  const refuse = (message: string, errors: Record<string, string> = {}, reason?: string) => refused(form, message, { errors, values, reason });
  const parsed = articleInput.safeParse({ ...values, intent: form.get('intent') ?? 'save' });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, (key) =>
      t.has(`errors.${key}` as 'errors.invalid') ? t(`errors.${key}` as 'errors.invalid') : t('errors.invalid'),
    );
    return refuse(t('errors.form'), errors, 'invalid');
  }
  const { authorId, translationId, translationRef, thumbnailStem, ...article } = parsed.data;
  const editor = can(user, 'article.editAny');
  const scheduledAt = article.intent === 'schedule' ? parseAlmatyLocal(article.publishAt) : null;
  const file = form.get('thumbnailFile');
  let thumbnail: NewThumbnail | null = null;
  if (file instanceof File && file.size > 0) {
    const stored = await storeThumbnail(file);
    if (!stored.ok) {
      const message = t(stored.reason === 'tooLarge' ? 'errors.imageTooLarge' : 'errors.imageType');
      return refuse(message, { thumbnailFile: message }, stored.reason);
    }
    thumbnail = stored;
    // A refusal below still shows (and a second attempt keeps) the picture just uploaded.
    values.thumbnailStem = stored.stem;
  } else if (thumbnailStem) {
    const earlier = existingThumbnail(thumbnailStem);
    if (earlier?.ok) thumbnail = earlier;
  }
  let result;
  try {
    result = saveArticle(user, articleId, {
      ...article,
      scheduledAt,
      thumbnail,
      // Only editors pair translations and choose the author; an author's form has neither field.
      translationId: editor ? chosenPartner({ translationId, translationRef }) : undefined,
      authorId: (editor && authorId) || undefined,
    });
  } catch (error) {
    console.error('Saving an article failed', error);
    return refuse(t('errors.failed'), {}, 'failed');
  }
  if (!result.ok) {
    const message = t(`errors.${result.reason}`);
    const field = result.reason.startsWith('translation')
      ? translationRef
        ? 'translationRef'
        : 'translationId'
      : result.reason === 'author'
        ? 'authorId'
        : null;
    return refuse(message, field ? { [field]: message } : {}, result.reason);
  }
  // Readers see the change at once: every page under the editions' layout (front pages,
  // listings, related blocks, the article) is regenerated on its next visit. A draft's save
  // leaves the cache alone, so editors at work do not empty it for every reader.
  if (result.readersAffected) refreshReaderPages();
  // "Save and choose from the library": the text is safe before the editor leaves the page.
  if (form.get('then') === 'media') redirect(`/admin/media?pick=${result.id}`);
  redirect(withOutcome(`/admin/articles/${result.id}`, { flag: 'saved', value: article.intent }));
}
