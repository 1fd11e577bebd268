// No 'server-only' import: reader-routes.ts (bundled into proxy.ts) reads tag_timeline too.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Tables that triggers keep (migration 0007), declared here and not in db/schema.ts so
// drizzle-kit never tries to create or alter them: the triggers are the definition.

/** Per tag, its published or scheduled articles by publication time (readable once due). */
export const tagTimeline = sqliteTable('tag_timeline', {
  tagId: integer('tag_id').notNull(),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  articleId: integer('article_id').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Comments per status. */
export const commentCounts = sqliteTable('comment_counts', {
  status: text('status').notNull(),
  n: integer('n').notNull(),
});
