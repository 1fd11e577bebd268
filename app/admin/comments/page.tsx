import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/ui/date-time';
import { commentCounts, listComments, type CommentStatus } from '@/db/queries/admin-comments';
import { COMMENT_STATUSES } from '@/db/schema';
import { requirePermission } from '@/lib/auth/guard';
import { parsePageParam } from '@/lib/pagination';
import { articlePath } from '@/lib/urls';
import { moderate } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminComments'))('title') };
}

const ACTIONS_FOR: Record<CommentStatus, ('approve' | 'spam' | 'delete' | 'restore')[]> = {
  pending: ['approve', 'spam', 'delete'],
  approved: ['spam', 'delete'],
  spam: ['restore', 'delete'],
  deleted: ['restore'],
};

export default async function ModerationPage({ searchParams }: PageProps<'/admin/comments'>) {
  await requirePermission('comment.moderate', '/admin/comments');
  const t = await getTranslations('AdminComments');
  const params = await searchParams;
  const status = COMMENT_STATUSES.includes(params.status as CommentStatus) ? (params.status as CommentStatus) : 'pending';
  const page = parsePageParam(params.page) ?? 1;
  const counts = commentCounts();
  const items = listComments(status, page);
  const back = `/admin/comments?status=${status}`;
  const done = typeof params.done === 'string' && ['approve', 'spam', 'delete', 'restore'].includes(params.done) ? params.done : null;

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
          {t(`done.${done as 'approve'}`, { count: Number(params.n) || 0 })}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <form action={moderate} className="mt-4">
          <input type="hidden" name="back" value={back} />
          <div className="flex flex-wrap items-center gap-2 rounded-lg border border-neutral-200 bg-white p-3">
            <span className="text-sm font-semibold">{t('bulk')}</span>
            {ACTIONS_FOR[status].map((action) => (
              <button key={action} type="submit" name="action" value={action} className="admin-button-secondary text-sm">
                {t(`actions.${action}`)}
              </button>
            ))}
          </div>
          <ul className="mt-3 space-y-3">
            {items.map((comment) => (
              <li key={comment.id} className="rounded-lg border border-neutral-200 bg-white p-4">
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
                  {ACTIONS_FOR[status].map((action) => (
                    <button
                      key={action}
                      type="submit"
                      name="single"
                      value={`${action}:${comment.id}`}
                      className="admin-button-secondary px-3 py-1 text-sm"
                    >
                      {t(`actions.${action}`)}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </form>
      )}
    </div>
  );
}
