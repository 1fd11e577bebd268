import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LiveEntryForm } from '@/components/admin/live-entry-form';
import { editEntryAction } from '../actions';
import { liveEntryFormLabels } from '../labels';
import { loadLiveEntry } from '../load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminLive'))('editTitle') };
}

export default async function EditLiveEntryPage({ params }: PageProps<'/admin/articles/[id]/live/[entryId]'>) {
  const { id: rawId, entryId: rawEntry } = await params;
  const { id, entryId, entry, blog } = await loadLiveEntry(rawId, rawEntry, `/admin/articles/${rawId}/live/${rawEntry}`);
  const t = await getTranslations('AdminLive');
  return (
    <div>
      <p className="text-sm">
        <a href={`/admin/articles/${id}/live`} className="font-semibold text-brand hover:underline">
          ← {t('backToLive')}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('editTitle')}</h1>
      <p className="mt-1 text-neutral-700">{blog.title}</p>
      <div className="mt-4 rounded-lg border border-neutral-200 p-4 sm:p-6">
        <LiveEntryForm
          action={editEntryAction.bind(null, id, entryId)}
          permalink={`/admin/articles/${id}/live/${entryId}`}
          labels={await liveEntryFormLabels('save')}
          initial={{ headline: entry.headline, body: entry.bodyMarkdown, imageAlt: entry.imageAlt, keyEvent: entry.keyEvent, hasImage: entry.image !== null }}
        />
      </div>
    </div>
  );
}
