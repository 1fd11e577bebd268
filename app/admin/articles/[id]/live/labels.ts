import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { LiveEntryFormLabels } from '@/components/admin/live-entry-form';

/** The entry form's labels, shared by the add and edit pages. */
export async function liveEntryFormLabels(submit: 'add' | 'save'): Promise<LiveEntryFormLabels> {
  const t = await getTranslations('AdminLive');
  return {
    headline: t('headline'),
    headlineHint: t('headlineHint'),
    body: t('body'),
    bodyHint: t('bodyHint'),
    image: t('image'),
    imageAlt: t('imageAlt'),
    removeImage: t('removeImage'),
    keyEvent: t('keyEvent'),
    keyEventHint: t('keyEventHint'),
    submit: t(submit),
    submitting: t('submitting'),
  };
}
