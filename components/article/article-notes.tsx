import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/ui/date-time';
import type { ArticleNote } from '@/db/queries/article-notes';
import type { PathLocale } from '@/lib/domain';

/** Updates and corrections under the headline, oldest first, each with its Almaty date and time. */
export async function ArticleNotes({ notes, locale }: { notes: ArticleNote[]; locale: PathLocale }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'ArticleNotes' });
  return (
    <ul aria-label={t('label')} className="mt-4 space-y-2">
      {notes.map((note) => (
        <li
          key={note.id}
          id={`note-${note.id}`}
          className={`rounded-md border-s-4 px-3 py-2 text-[0.95rem] leading-relaxed ${note.kind === 'correction' ? 'border-accent bg-red-50' : 'border-brand bg-sky-50'}`}
        >
          <strong className="font-bold">{t(note.kind)}</strong> <DateTime date={note.createdAt} locale={locale} className="text-sm text-neutral-700" />
          <span className="block whitespace-pre-line text-neutral-900">{note.body}</span>
        </li>
      ))}
    </ul>
  );
}
