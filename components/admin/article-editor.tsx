import type { ComponentProps } from 'react';
import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/db/queries/sessions';
import { can } from '@/lib/auth/permissions';
import { ARTICLE_FIELDS } from '@/lib/validation/article';
import { ArticleForm } from './article-form';

type FormProps = ComponentProps<typeof ArticleForm>;
type Props = Pick<FormProps, 'action' | 'permalink' | 'initial' | 'categories' | 'translations' | 'authors'> & { user: SessionUser; status: string };

/** Server half of the editor: labels and the buttons this role may press. The page brings the data. */
export async function ArticleEditor({ user, status, ...form }: Props) {
  const t = await getTranslations('AdminArticleForm');
  const publisher = can(user, 'article.publish');
  const intents = [{ value: 'save', label: t('intents.save'), primary: !publisher }];
  if (!publisher && (status === 'draft' || status === 'submitted')) intents.push({ value: 'submit', label: t('intents.submit'), primary: false });
  if (publisher) {
    intents.push({ value: 'publish', label: t('intents.publish'), primary: true }, { value: 'schedule', label: t('intents.schedule'), primary: false });
    if (status === 'published' || status === 'scheduled') intents.push({ value: 'unpublish', label: t('intents.unpublish'), primary: false });
  }
  // Every field of the one definition that has a label, plus the two the form adds around them.
  const labelled = [...ARTICLE_FIELDS, 'thumbnailFile', 'translation'].filter((f) => t.has(`fields.${f}` as 'fields.title'));
  const labels: Record<string, string> = Object.fromEntries(labelled.map((f) => [f, t(`fields.${f}` as 'fields.title')]));
  Object.assign(labels, {
    bodyHint: t('hints.body'),
    tagsHint: t('hints.tags'),
    slugHint: t('hints.slug'),
    publishAtHint: t('hints.publishAt'),
    thumbnailHint: t('hints.thumbnail'),
    imageTooLarge: t('errors.imageTooLarge'),
    translationNone: t('translationNone'),
    translationHint: t('hints.translation'),
    library: t('library'),
    libraryHint: t('hints.library'),
    formatHint: t('hints.format'),
    formatStandard: t('formats.standard'),
    formatLive: t('formats.live'),
  });
  const previewLabels = {
    show: t('preview.show'),
    hide: t('preview.hide'),
    title: t('preview.title'),
    loading: t('preview.loading'),
    failed: t('preview.failed'),
    empty: t('preview.empty'),
  };
  return <ArticleForm {...form} intents={intents} labels={labels} previewLabels={previewLabels} />;
}
