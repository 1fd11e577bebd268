import 'server-only';
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, comments } from '@/db/schema';
import { HOUR_MS, judgeCounts, MINUTE_MS, type ClientCounts, type CommentLimits, type LimitRefusal } from '@/lib/comments/limits';
import { COMMENTS_PAGE_SIZE } from '@/lib/page-size';
import { pageCount, pageOffset, type Paged } from '@/lib/pagination';
import { readable } from './visibility';

export type PublicComment = { id: number; authorName: string; body: string; createdAt: Date };

const approved = (articleId: number) => and(eq(comments.articleId, articleId), eq(comments.status, 'approved'));

/** One page of an article's approved comments, oldest first, walked in comments_article_idx. */
export function listApprovedComments(articleId: number, page = 1): Paged<PublicComment> {
  const total = db.select({ n: count() }).from(comments).where(approved(articleId)).get()?.n ?? 0;
  const items = db
    .select({ id: comments.id, authorName: comments.authorName, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(approved(articleId))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(COMMENTS_PAGE_SIZE)
    .offset(pageOffset(page, COMMENTS_PAGE_SIZE))
    .all();
  return { items, total, page, pages: pageCount(total, COMMENTS_PAGE_SIZE) };
}

export type NewComment = {
  articleId: number;
  name: string;
  body: string;
  /** Straight to the spam queue (honeypot filled, too many links). */
  spam: boolean;
  clientKey: string;
  /** The form-start token's nonce; null when the fill-time check is turned off. */
  formNonce: string | null;
  at: Date;
};

export type SaveResult = 'saved' | 'closed' | 'tokenUsed' | LimitRefusal;

function clientCounts(q: Pick<typeof db, 'select'>, input: NewComment): ClientCounts {
  const now = input.at.getTime();
  const recent = q
    .select({ at: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.clientKey, input.clientKey), gt(comments.createdAt, new Date(now - HOUR_MS))))
    .all();
  const here = q
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.clientKey, input.clientKey), eq(comments.articleId, input.articleId), inArray(comments.status, ['pending', 'spam'])))
    .get();
  return {
    lastMinute: recent.filter((row) => row.at.getTime() > now - MINUTE_MS).length,
    lastHour: recent.length,
    inModerationHere: here?.n ?? 0,
  };
}

/**
 * Saves a reader's comment for moderation unless the article is closed, the form token was
 * used already, or the client is over a limit. The check and the insert share one synchronous
 * IMMEDIATE transaction: the write lock is taken before counting, so parallel posts, in this
 * process or another, are counted one after the other and cannot all pass the same check.
 */
export function saveReaderComment(input: NewComment, limits: Pick<CommentLimits, 'perMinute' | 'perHour' | 'pendingPerArticle'>): SaveResult {
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.id, input.articleId), eq(articles.commentsOpen, true), readable()))
        .get();
      if (!target) return 'closed';
      if (input.formNonce !== null && tx.select({ id: comments.id }).from(comments).where(eq(comments.formNonce, input.formNonce)).get()) return 'tokenUsed';
      const refusal = judgeCounts(clientCounts(tx, input), limits);
      if (refusal) return refusal;
      tx.insert(comments)
        .values({
          articleId: input.articleId,
          authorName: input.name,
          body: input.body,
          status: input.spam ? 'spam' : 'pending',
          clientKey: input.clientKey,
          formNonce: input.formNonce,
          createdAt: input.at,
        })
        .run();
      return 'saved';
    },
    { behavior: 'immediate' },
  );
}
