import type { LiveEntryRow } from '@/db/queries/live-entries';
import { formatArticleDate, toAlmatyIso } from '@/lib/format';
import type { Edition } from '@/lib/domain';

type Labels = { edit: string; remove: string; keyEvent: string; edited: string; empty: string; title: string };

/** The live blog's entries in the editors' area, newest first, each with its edit and remove links. */
export function LiveEntryList({
  articleId,
  entries,
  locale,
  labels,
}: {
  articleId: number;
  entries: readonly LiveEntryRow[];
  locale: Edition;
  labels: Labels;
}) {
  return (
    <section aria-labelledby="live-entries-admin-title" className="mt-10">
      <h2 id="live-entries-admin-title" className="text-xl font-bold">
        {labels.title}
      </h2>
      {entries.length === 0 ? <p className="mt-2 text-neutral-700">{labels.empty}</p> : null}
      <ol className="mt-3 divide-y divide-neutral-200 rounded-md border border-neutral-200">
        {entries.map((entry) => (
          <li key={entry.id} id={`admin-entry-${entry.id}`} className="p-4">
            <p className="flex flex-wrap items-center gap-x-3 text-sm text-neutral-600">
              <time dateTime={toAlmatyIso(entry.createdAt)}>{formatArticleDate(entry.createdAt, locale)}</time>
              {entry.keyEvent ? <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-bold text-white">{labels.keyEvent}</span> : null}
              {entry.editedAt ? <span className="italic">{labels.edited}</span> : null}
            </p>
            {entry.headline ? <h3 className="mt-1 font-bold">{entry.headline}</h3> : null}
            {/* Sanitized when saved. */}
            <div className="article-body mt-1 line-clamp-3 text-sm" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
            <p className="mt-2 flex gap-4 text-sm">
              <a href={`/admin/articles/${articleId}/live/${entry.id}`} className="font-semibold text-brand hover:underline">
                {labels.edit}
                <span className="sr-only"> #{entry.id}</span>
              </a>
              <a href={`/admin/articles/${articleId}/live/${entry.id}/remove`} className="font-semibold text-accent hover:underline">
                {labels.remove}
                <span className="sr-only"> #{entry.id}</span>
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
