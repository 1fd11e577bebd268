import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/ui/date-time';
import type { moderationQueue } from '@/db/queries/admin-comments';
import type { ModerationAction } from '@/lib/domain';
import { articlePath } from '@/lib/urls';

type Item = ReturnType<typeof moderationQueue>['items'][number];

/** One comment in the queue: a box for the bulk bar and its own action buttons. */
export async function ModerationItem({ comment, actions }: { comment: Item; actions: readonly ModerationAction[] }) {
  const t = await getTranslations('AdminComments');
  return (
    <li className="rounded-lg border border-neutral-200 bg-white p-4">
      {/* Every row of the page, ticked or not, for "all on this page". */}
      <input type="hidden" name="pageId" value={comment.id} />
      <div className="flex flex-wrap items-baseline gap-x-3 text-sm">
        <input type="checkbox" name="id" value={comment.id} id={`c-${comment.id}`} aria-label={t('select', { name: comment.authorName })} />
        <span className="font-bold">{comment.authorName}</span>
        <DateTime date={comment.createdAt} locale={comment.articleLocale} className="text-neutral-600" />
        <a href={articlePath(comment.articleLocale, comment.articleId, comment.articleSlug)} className="text-brand hover:underline">
          {comment.articleTitle}
        </a>
      </div>
      <p className="mt-2 whitespace-pre-line break-words">{comment.body}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {actions.map((action) => (
          <button key={action} type="submit" name="single" value={`${action}:${comment.id}`} className="admin-button-secondary px-3 py-1 text-sm">
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
}
