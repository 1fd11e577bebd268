import type Database from 'better-sqlite3';

// The triggers of migration 0001 re-read an article's whole search text on every insert into
// articles and again on every insert into article_tags: five FTS reindexes for an article with
// four tags. A bulk fill suspends those two and indexes each new article once at the end, through
// the same view and the same article_search_text trigger the application relies on, so the index
// is exactly what the triggers would have built. Run inside the fill's transaction: a failed fill
// rolls the triggers back with everything else.
const PER_ROW_TRIGGERS = ['articles_search_ai', 'article_tags_search_ai'];

export function suspendSearchTriggers(sqlite: Database.Database): () => void {
  const saved = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${PER_ROW_TRIGGERS.map(() => '?').join(', ')})`)
    .all(...PER_ROW_TRIGGERS) as { name: string; sql: string }[];
  if (saved.length !== PER_ROW_TRIGGERS.length) throw new Error('The search triggers of migration 0001 are missing: migrate the database first.');
  for (const { name } of saved) sqlite.exec(`DROP TRIGGER \`${name}\``);
  return () => {
    for (const { sql } of saved) sqlite.exec(sql);
  };
}

/** Indexes the articles with an id above `afterId` (the ones the fill added), once each. */
export function indexNewArticles(sqlite: Database.Database, afterId: number): number {
  return sqlite
    .prepare(
      `INSERT INTO article_search_text (article_id, title, lead, body, tags)
       SELECT article_id, title, lead, body, tags FROM article_search_source WHERE article_id > ?`,
    )
    .run(afterId).changes;
}
