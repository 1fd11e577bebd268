'use server';

import { refreshReaderPages } from '@/lib/revalidate-readers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { saveArticle, type NewThumbnail } from '@/db/queries/admin-articles';
import { requireUser } from '@/app/admin/_auth/guard';
import { can } from '@/lib/auth/permissions';
import { parseId } from '@/lib/domain';
import { parseAlmatyLocal } from '@/lib/format';
import { existingThumbnail, storeThumbnail } from '@/lib/images/upload';
import { articleFieldErrors, articleInput } from '@/lib/validation/article';
import { translationInput } from '@/lib/validation/translation';

export type ArticleFormValues = Record<string, string>;
export type ArticleFormState =
  | { status: 'idle' }
  | { status: 'error'; message: string; errors: Record<string, string>; values: ArticleFormValues; attempt: number };

const FIELDS = ['title', 'lead', 'body', 'locale', 'categoryId', 'tags', 'slug', 'sourceName', 'sourceUrl', 'thumbnailAlt', 'publishAt', 'version', 'thumbnailUrl', 'translationId', 'translationRef', 'authorId'] as const;

export async function saveArticleAction(articleId: number | null, _prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const user = await requireUser(articleId ? `/admin/articles/${articleId}` : '/admin/articles/new');
  const t = await getTranslations('AdminArticleForm');
  const values: ArticleFormValues = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
  values.featured = form.get('featured') === 'on' ? 'on' : '';
  values.commentsOpen = form.get('commentsOpen') === 'on' ? 'on' : '';
  const parsed = articleInput.safeParse({ ...values, intent: form.get('intent') ?? 'save' });
  // Only editors pair translations; an author's form has no such field and leaves it alone.
  const translation = can(user, 'article.editAny') ? translationInput.safeParse(values) : null;
  if (!parsed.success || translation?.success === false) {
    const keys = { ...(parsed.success ? {} : articleFieldErrors(parsed.error)), ...(translation?.success === false ? fieldKeys(translation.error) : {}) };
    const errors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t.has(`errors.${key}` as 'errors.invalid') ? t(`errors.${key}` as 'errors.invalid') : t('errors.invalid')]));
    return { status: 'error', message: t('errors.form'), errors, values, attempt: Date.now() };
  }
  const scheduledAt = parsed.data.intent === 'schedule' ? parseAlmatyLocal(parsed.data.publishAt) : null;
  const file = form.get('thumbnailFile');
  let thumbnail: NewThumbnail | null = null;
  if (file instanceof File && file.size > 0) {
    const stored = await storeThumbnail(file);
    if (!stored.ok) {
      const message = t(stored.reason === 'tooLarge' ? 'errors.imageTooLarge' : 'errors.imageType');
      return { status: 'error', message, errors: { thumbnailFile: message }, values, attempt: Date.now() };
    }
    thumbnail = stored;
    values.thumbnailUrl = `/uploads/thumbnail/${stored.stem}_small.jpg`;
  } else {
    const earlier = existingThumbnail(values.thumbnailUrl);
    if (earlier?.ok) thumbnail = earlier;
  }
  // Only editors see the author field; a number is all it may carry.
  const authorId = (can(user, 'article.editAny') && parseId(values.authorId)) || undefined;
  let result;
  try {
    result = saveArticle(user, articleId, { ...parsed.data, scheduledAt, thumbnail, translationId: translation ? translation.data : undefined, authorId });
  } catch (error) {
    console.error('Saving an article failed', error);
    return { status: 'error', message: t('errors.failed'), errors: {}, values, attempt: Date.now() };
  }
  if (!result.ok) {
    const message = t(`errors.${result.reason}`);
    const field = result.reason.startsWith('translation') ? (values.translationRef.trim() ? 'translationRef' : 'translationId') : result.reason === 'author' ? 'authorId' : null;
    return { status: 'error', message, errors: field ? { [field]: message } : {}, values, attempt: Date.now() };
  }
  // Readers see the change at once: every page under the editions' layout (front pages,
  // listings, related blocks, the article) is regenerated on its next visit. A draft's save
  // leaves the cache alone, so editors at work do not empty it for every reader.
  if (result.readersAffected) refreshReaderPages();
  // "Save and choose from the library": the text is safe before the editor leaves the page.
  if (form.get('then') === 'media') redirect(`/admin/media?pick=${result.id}`);
  redirect(`/admin/articles/${result.id}?saved=${parsed.data.intent}`);
}

function fieldKeys(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]).reverse());
}
