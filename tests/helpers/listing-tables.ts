import type Database from 'better-sqlite3';

// What the trigger-kept tables of migration 0007 must hold, recomputed from scratch.

export function timelineDrift(sqlite: Database.Database): number {
  const expected = `SELECT at.tag_id, a.published_at, a.id, a.updated_at FROM article_tags at JOIN articles a ON a.id = at.article_id
    WHERE a.status IN ('published', 'scheduled') AND a.published_at IS NOT NULL`;
  const kept = 'SELECT tag_id, published_at, article_id, updated_at FROM tag_timeline';
  return sqlite
    .prepare(`SELECT (SELECT count(*) FROM (${expected} EXCEPT ${kept})) + (SELECT count(*) FROM (${kept} EXCEPT ${expected}))`)
    .pluck()
    .get() as number;
}

export function commentCountDrift(sqlite: Database.Database): number {
  const counted = 'SELECT status, count(*) AS n FROM comments GROUP BY status';
  const kept = 'SELECT status, n FROM comment_counts WHERE n <> 0';
  return sqlite
    .prepare(`SELECT (SELECT count(*) FROM (${counted} EXCEPT ${kept})) + (SELECT count(*) FROM (${kept} EXCEPT ${counted}))`)
    .pluck()
    .get() as number;
}
