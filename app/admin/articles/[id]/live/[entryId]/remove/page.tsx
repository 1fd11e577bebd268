import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { removeEntryAction } from '../../actions';
import { loadLiveEntry } from '../../load';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminLive'))('removeTitle') };
}

/** Removing an entry asks first, on a page of its own, so it works the same without JavaScript. */
export default async function RemoveLiveEntryPage({ params }: PageProps<'/admin/articles/[id]/live/[entryId]/remove'>) {
  const { id: rawId, entryId: rawEntry } = await params;
  const { id, entryId, entry } = await loadLiveEntry(rawId, rawEntry, `/admin/articles/${rawId}/live/${rawEntry}/remove`);
  const t = await getTranslations('AdminLive');
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('removeTitle')}</h1>
      <p className="mt-2 text-neutral-700">{t('removeQuestion')}</p>
      <blockquote className="mt-4 rounded-md border border-neutral-200 bg-neutral-50 p-4">
        {entry.headline ? <p className="font-bold">{entry.headline}</p> : null}
        {/* Sanitized when saved. */}
        <div className="article-body text-sm" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
      </blockquote>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <form action={removeEntryAction.bind(null, id, entryId)}>
          <button type="submit" className="admin-button bg-accent hover:bg-accent/90">
            {t('removeConfirm')}
          </button>
        </form>
        <a href={`/admin/articles/${id}/live`} className="font-semibold text-brand hover:underline">
          {t('cancel')}
        </a>
      </div>
    </div>
  );
}
