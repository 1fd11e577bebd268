import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ModerationItem } from '@/components/admin/moderation-item';
import { Pagination } from '@/components/ui/pagination';
import { commentCounts, moderationQueue } from '@/db/queries/admin-comments';
import { requirePermission } from '@/app/admin/_auth/guard';
import { COMMENT_STATUSES, isCommentStatus, MODERATION_ACTIONS, MODERATION_ACTIONS_FOR, parseId, type CommentStatus, type PathLocale } from '@/lib/domain';
import { parsePageParam } from '@/lib/pagination';
import { outcomeIn } from '@/lib/validation/action-state';
import { moderate } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminComments'))('title') };
}

const queuePath = (status: CommentStatus, page: number, upto: number) =>
  `/admin/comments?${new URLSearchParams({ status, page: String(page), upto: String(upto) })}`;

export default async function ModerationPage({ searchParams }: PageProps<'/admin/comments'>) {
  await requirePermission('comment.moderate', '/admin/comments');
  const [t, locale, params] = await Promise.all([getTranslations('AdminComments'), getLocale(), searchParams]);
  const status: CommentStatus = isCommentStatus(params.status) ? params.status : 'pending';
  const upto = parseId(params.upto);
  const counts = commentCounts();
  const queue = moderationQueue({ status, page: parsePageParam(params.page) ?? 1, upto });
  const back = queuePath(status, queue.page, queue.upto);
  const done = outcomeIn(params, 'done', MODERATION_ACTIONS);

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <nav aria-label={t('filter')} className="mt-4 flex flex-wrap gap-2">
        {COMMENT_STATUSES.map((s) => (
          <a
            key={s}
            href={`/admin/comments?status=${s}`}
            aria-current={s === status ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm font-semibold ${s === status ? 'bg-brand text-white' : 'border border-neutral-300 bg-white'}`}
          >
            {t(`statuses.${s}`)} ({counts[s]})
          </a>
        ))}
      </nav>
      {done ? (
        <p role="status" className="mt-4 rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900">
          {t(`done.${done.value}`, { count: done.count })}
        </p>
      ) : null}
      {queue.newer > 0 ? (
        <p className="mt-4 text-sm">
          {t('newer', { count: queue.newer })}{' '}
          <a href={`/admin/comments?status=${status}`} className="font-semibold text-brand hover:underline">
            {t('showNewer')}
          </a>
        </p>
      ) : null}
      {queue.items.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <form action={moderate} className="mt-4">
          <input type="hidden" name="back" value={back} />
          <div className="flex flex-wrap items-center gap-2 rounded-lg border border-neutral-200 bg-white p-3">
            <span className="text-sm font-semibold">{t('bulk')}</span>
            {MODERATION_ACTIONS_FOR[status].map((action) => (
              <button key={action} type="submit" name="action" value={action} className="admin-button-secondary text-sm">
                {t(`actions.${action}`)}
              </button>
            ))}
            {/* Works without JavaScript: the action reads every id of the page when this is ticked. */}
            <label className="ml-auto flex items-center gap-2 text-sm">
              <input type="checkbox" name="scope" value="page" />
              {t('selectPage', { count: queue.items.length })}
            </label>
          </div>
          <ul className="mt-3 space-y-3">
            {queue.items.map((comment) => (
              <ModerationItem key={comment.id} comment={comment} actions={MODERATION_ACTIONS_FOR[status]} />
            ))}
          </ul>
        </form>
      )}
      <Pagination locale={locale as PathLocale} page={queue.page} pages={queue.pages} hrefFor={(page) => queuePath(status, page, queue.upto)} />
    </div>
  );
}
