import 'server-only';
import { and, count, desc, eq, gt, inArray, lte, max } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, comments } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { COMMENT_STATUSES, MODERATION_TARGET, type CommentStatus, type Edition, type ModerationAction } from '@/lib/domain';
import { recordAudit } from './audit';
import { commentCounts as commentCountsTable } from './trigger-tables';

export const MODERATION_PAGE_SIZE = 30;

// Kept per status by triggers (migration 0007): counting 850,000 approved comments, even in an
// index, takes tens of milliseconds.
export function commentCounts(): Record<CommentStatus, number> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const row of db.select().from(commentCountsTable).all()) if (row.status in counts) counts[row.status as CommentStatus] = row.n;
  return counts;
}

export type QueueRequest = { status: CommentStatus; page: number; upto: number | null };

/**
 * The queue: one status at a time, newest first (pending is the default view), paged over the
 * comments that existed when the moderator opened it (`upto`, the highest id then). Comments
 * arriving meanwhile would otherwise push rows onto the next page and show them twice; they are
 * counted as `newer` instead.
 */
export function moderationQueue({ status, page, upto }: QueueRequest) {
  // One read transaction, so the per-status count and the arrivals since `upto` agree.
  const { anchor, total, newer } = db.transaction(() => {
    const anchor =
      upto ??
      db
        .select({ id: max(comments.id) })
        .from(comments)
        .get()?.id ??
      0;
    // Arrivals are a short range of comments_status_id_idx; what was there at `upto` is the rest.
    const newer =
      db
        .select({ n: count() })
        .from(comments)
        .where(and(eq(comments.status, status), gt(comments.id, anchor)))
        .get()?.n ?? 0;
    return { anchor, total: commentCounts()[status] - newer, newer };
  });
  const pages = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  // Past the end (the last page was just emptied by moderation) shows the new last page.
  const shown = Math.min(page, pages);
  // The page's ids come from comments_queue_idx alone (it holds status, time and id), so a deep
  // page skips its offset without joining an article per skipped comment.
  const ids = db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.status, status), lte(comments.id, anchor)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(MODERATION_PAGE_SIZE)
    .offset((shown - 1) * MODERATION_PAGE_SIZE)
    .all()
    .map((row) => row.id);
  const items = db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      articleLocale: articles.locale,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(inArray(comments.id, ids.length ? ids : [0]))
    .all()
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  return { items, page: shown, pages, total, newer, upto: anchor };
}

/** Moves comments to the status the action names; returns the affected articles to revalidate. */
export function moderateComments(actor: Actor, ids: number[], action: ModerationAction): { locale: Edition; id: number; slug: string }[] | null {
  if (!can(actor, 'comment.moderate')) return null;
  if (ids.length === 0) return [];
  return db.transaction((tx) => {
    const affected = tx
      .selectDistinct({ locale: articles.locale, id: articles.id, slug: articles.slug })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(inArray(comments.id, ids))
      .all();
    tx.update(comments).set({ status: MODERATION_TARGET[action] }).where(inArray(comments.id, ids)).run();
    for (const id of ids) recordAudit(actor.id, `comment.${action}`, 'comment', id);
    return affected;
  });
}
