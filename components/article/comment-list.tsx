import type { PublicComment } from '@/db/queries/comments';
import { CommentText } from '@/components/article/comment-text';
import { DateTime } from '@/components/ui/date-time';
import type { PathLocale } from '@/lib/domain';

export function CommentList({ comments, locale, emptyLabel }: { comments: PublicComment[]; locale: PathLocale; emptyLabel: string }) {
  if (comments.length === 0) return <p className="mt-3 text-neutral-600">{emptyLabel}</p>;
  return (
    <ol className="mt-4 space-y-4">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className="rounded-lg bg-neutral-50 p-4">
          <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
            <span className="font-bold text-neutral-900">{comment.authorName}</span>
            <DateTime date={comment.createdAt} locale={locale} className="text-neutral-600" />
          </p>
          {/* Text, never HTML: React escapes it and CSS keeps the reader's line breaks. */}
          <p className="mt-2 whitespace-pre-line break-words">
            <CommentText text={comment.body} />
          </p>
        </li>
      ))}
    </ol>
  );
}
