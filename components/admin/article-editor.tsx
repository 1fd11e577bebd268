import { getTranslations } from 'next-intl/server';
import { saveArticleAction } from '@/app/admin/articles/actions';
import type { ArticleFormValues } from '@/app/admin/articles/actions';
import { listAuthorOptions, listCategoryOptions } from '@/db/queries/admin-articles';
import { listTranslationOptions } from '@/db/queries/article-translations';
import type { SessionUser } from '@/db/queries/sessions';
import { can } from '@/lib/auth/permissions';
import { ArticleForm } from './article-form';

type Partner = { id: number; title: string } | null;
type Props = { user: SessionUser; articleId: number | null; status: string; initial: ArticleFormValues; partner?: Partner };

/** Server half of the editor: labels, categories and the buttons this role may press. */
export async function ArticleEditor({ user, articleId, status, initial, partner = null }: Props) {
  const t = await getTranslations('AdminArticleForm');
  const publisher = can(user, 'article.publish');
  const intents = [{ value: 'save', label: t('intents.save'), primary: !publisher }];
  if (!publisher && (status === 'draft' || status === 'submitted')) intents.push({ value: 'submit', label: t('intents.submit'), primary: false });
  if (publisher) {
    intents.push({ value: 'publish', label: t('intents.publish'), primary: true }, { value: 'schedule', label: t('intents.schedule'), primary: false });
    if (status === 'published' || status === 'scheduled') intents.push({ value: 'unpublish', label: t('intents.unpublish'), primary: false });
  }
  const fields = ['title', 'lead', 'body', 'locale', 'categoryId', 'tags', 'slug', 'sourceName', 'sourceUrl', 'thumbnailFile', 'thumbnailAlt', 'publishAt'] as const;
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f, t(`fields.${f}`)]));
  Object.assign(labels, {
    bodyHint: t('hints.body'),
    tagsHint: t('hints.tags'),
    slugHint: t('hints.slug'),
    publishAtHint: t('hints.publishAt'),
    thumbnailHint: t('hints.thumbnail'),
    imageTooLarge: t('errors.imageTooLarge'),
    featured: t('fields.featured'),
    commentsOpen: t('fields.commentsOpen'),
    translation: t('fields.translation'),
    translationId: t('fields.translationId'),
    translationRef: t('fields.translationRef'),
    translationNone: t('translationNone'),
    translationHint: t('hints.translation'),
    authorId: t('fields.authorId'),
    library: t('library'),
    libraryHint: t('hints.library'),
  });
  const previewLabels = {
    show: t('preview.show'),
    hide: t('preview.hide'),
    title: t('preview.title'),
    loading: t('preview.loading'),
    failed: t('preview.failed'),
    empty: t('preview.empty'),
  };
  let translations: { id: number; title: string }[] | null = null;
  if (can(user, 'article.editAny')) {
    translations = listTranslationOptions(initial.locale === 'ru' ? 'ru' : 'kk', articleId);
    // The current partner stays choosable even when it is older than the list reaches.
    if (partner && !translations.some((a) => a.id === partner.id)) translations.unshift(partner);
  }
  return (
    <ArticleForm
      action={saveArticleAction.bind(null, articleId)}
      permalink={articleId ? `/admin/articles/${articleId}` : '/admin/articles/new'}
      initial={initial}
      categories={listCategoryOptions()}
      intents={intents}
      labels={labels}
      previewLabels={previewLabels}
      translations={translations}
      authors={can(user, 'article.editAny') ? listAuthorOptions() : null}
    />
  );
}
