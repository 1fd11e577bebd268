import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listApprovedComments, saveReaderComment, type NewComment } from '@/db/queries/comments';
import { articles, comments } from '@/db/schema';

// The seed story: published and open to comments.
const article = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;

// Limits are tested in comment-limits.test.ts; here they stay out of the way.
const unlimited = { perMinute: 1e6, perHour: 1e6, pendingPerArticle: 1e6 };
const save = (input: Pick<NewComment, 'articleId' | 'name' | 'body'> & { spam?: boolean }) =>
  saveReaderComment({ spam: false, clientKey: 'comments-test', formNonce: null, at: new Date(), ...input }, unlimited);

describe('comment saving', () => {
  it('saves a reader comment as pending and does not show it', () => {
    expect(save({ articleId: article.id, name: 'Асхат', body: 'Жақсы мақала.\nРақмет!' })).toBe('saved');
    const saved = db.select().from(comments).where(eq(comments.articleId, article.id)).orderBy(desc(comments.id)).get()!;
    expect(saved).toMatchObject({ authorName: 'Асхат', body: 'Жақсы мақала.\nРақмет!', status: 'pending' });
    expect(listApprovedComments(article.id).items.some((c) => c.id === saved.id)).toBe(false);
  });

  it('shows approved comments oldest first', () => {
    const older = db
      .insert(comments)
      .values({ articleId: article.id, authorName: 'Бірінші', body: 'ерте', status: 'approved', createdAt: new Date('2026-01-01T00:00:00Z') })
      .returning()
      .get();
    const newer = db
      .insert(comments)
      .values({ articleId: article.id, authorName: 'Екінші', body: 'кеш', status: 'approved', createdAt: new Date('2026-01-02T00:00:00Z') })
      .returning()
      .get();
    const ids = listApprovedComments(article.id).items.map((c) => c.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
  });

  it('refuses comments on closed, unknown or unpublished articles', () => {
    db.update(articles).set({ commentsOpen: false }).where(eq(articles.id, article.id)).run();
    try {
      expect(save({ articleId: article.id, name: 'Асхат', body: 'жабық' })).toBe('closed');
    } finally {
      db.update(articles).set({ commentsOpen: true }).where(eq(articles.id, article.id)).run();
    }
    expect(save({ articleId: 99_999_999, name: 'Асхат', body: 'жоқ мақала' })).toBe('closed');
  });

  it('files honeypot submissions as spam', () => {
    expect(save({ articleId: article.id, name: 'Bot', body: 'buy now', spam: true })).toBe('saved');
    const row = db
      .select()
      .from(comments)
      .where(and(eq(comments.articleId, article.id), eq(comments.authorName, 'Bot')))
      .get()!;
    expect(row.status).toBe('spam');
  });
});
