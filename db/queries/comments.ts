import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, comments } from '@/db/schema';
import { readable } from './visibility';

export type PublicComment = { id: number; authorName: string; body: string; createdAt: Date };

export function listApprovedComments(articleId: number): PublicComment[] {
  return db
    .select({ id: comments.id, authorName: comments.authorName, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

export type NewComment = { articleId: number; name: string; body: string; spam?: boolean };

/** Saves a reader's comment for moderation; false when the article is not open to comments. */
export function addPendingComment(input: NewComment): boolean {
  return db.transaction((tx) => {
    const target = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), eq(articles.commentsOpen, true), readable()))
      .get();
    if (!target) return false;
    tx.insert(comments)
      .values({ articleId: input.articleId, authorName: input.name, body: input.body, status: input.spam ? 'spam' : 'pending' })
      .run();
    return true;
  });
}
