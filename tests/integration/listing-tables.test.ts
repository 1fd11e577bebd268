import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { articles, articleTags, comments, tags } from '@/db/schema';
import { commentCountDrift, timelineDrift } from '../helpers/listing-tables';

// tag_timeline and comment_counts (migration 0007) are kept by triggers; whatever writes to
// articles, tags, article_tags or comments, they must match a recount. Each test's writes are
// rolled back, so every test starts from the seeded rows.
const sqlite = db.$client;
const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;

function rolledBack(fn: () => void) {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    fn();
  } finally {
    sqlite.exec('ROLLBACK');
  }
}

const article = (status: 'draft' | 'published' | 'scheduled', publishedAt: Date | null) =>
  db
    .insert(articles)
    .values({
      locale: 'kk',
      slug: `timeline-${Math.random().toString(36).slice(2)}`,
      title: 'Т',
      bodyMarkdown: 'м',
      bodyHtml: '<p>м</p>',
      authorId: seed.authorId,
      status,
      publishedAt,
    })
    .returning({ id: articles.id })
    .get().id;

describe('tag_timeline', () => {
  it('starts consistent with the seed', () => expect(timelineDrift(sqlite)).toBe(0));

  it('follows tagging, publishing, rescheduling, unpublishing and deletes', () => {
    rolledBack(() => {
      const tag = db.insert(tags).values({ locale: 'kk', slug: 'timeline-tag', name: 'уақыт' }).returning({ id: tags.id }).get().id;
      const draft = article('draft', null);
      const live = article('published', new Date(Date.now() - 60_000));
      const later = article('scheduled', new Date(Date.now() + 3_600_000));
      for (const id of [draft, live, later]) db.insert(articleTags).values({ articleId: id, tagId: tag }).run();
      expect(timelineDrift(sqlite)).toBe(0);
      expect(sqlite.prepare('SELECT article_id FROM tag_timeline WHERE tag_id = ? ORDER BY article_id').pluck().all(tag)).toEqual([live, later]);

      db.update(articles).set({ status: 'published', publishedAt: new Date(), updatedAt: new Date() }).where(eq(articles.id, draft)).run();
      db.update(articles)
        .set({ publishedAt: new Date(Date.now() + 7_200_000) })
        .where(eq(articles.id, later))
        .run();
      db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.id, live)).run();
      db.update(articles).set({ viewCount: 5 }).where(eq(articles.id, draft)).run();
      expect(timelineDrift(sqlite)).toBe(0);

      const other = db.insert(tags).values({ locale: 'kk', slug: 'timeline-other', name: 'басқа' }).returning({ id: tags.id }).get().id;
      db.update(articleTags).set({ tagId: other }).where(eq(articleTags.articleId, later)).run();
      expect(sqlite.prepare('SELECT tag_id FROM tag_timeline WHERE article_id = ?').pluck().all(later)).toEqual([other]);
      db.delete(articleTags).where(eq(articleTags.articleId, draft)).run();
      expect(timelineDrift(sqlite)).toBe(0);
      db.delete(articles).where(eq(articles.id, later)).run();
      db.insert(articleTags).values({ articleId: seed.id, tagId: tag }).run();
      db.delete(tags).where(eq(tags.id, tag)).run();
      expect(timelineDrift(sqlite)).toBe(0);
    });
  });
});

describe('comment_counts', () => {
  it('starts consistent with the seed', () => expect(commentCountDrift(sqlite)).toBe(0));

  it('follows new comments, moderation and deletes, also of the whole article', () => {
    rolledBack(() => {
      const id = article('published', new Date(Date.now() - 60_000));
      const ids = db
        .insert(comments)
        .values(
          ['pending', 'pending', 'spam', 'approved'].map((status) => ({ articleId: id, authorName: 'Оқырман', body: 'Пікір', status: status as 'pending' })),
        )
        .returning({ id: comments.id })
        .all()
        .map((row) => row.id);
      expect(commentCountDrift(sqlite)).toBe(0);
      db.update(comments).set({ status: 'approved' }).where(eq(comments.id, ids[0])).run();
      db.update(comments).set({ status: 'approved' }).where(eq(comments.id, ids[3])).run(); // unchanged status
      db.update(comments).set({ body: 'Өзгерді' }).where(eq(comments.id, ids[1])).run();
      db.delete(comments).where(eq(comments.id, ids[2])).run();
      expect(commentCountDrift(sqlite)).toBe(0);
      db.delete(articles).where(eq(articles.id, id)).run(); // cascades to its comments
      expect(commentCountDrift(sqlite)).toBe(0);
    });
  });
});
