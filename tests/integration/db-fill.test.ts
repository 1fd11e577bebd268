import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { fillDatabase } from '@/db/fill/fill';
import { migrateDatabase } from '@/db/migrate';
import { commentCountDrift, timelineDrift } from '../helpers/listing-tables';

// The fill suspends two search triggers and indexes once at the end: the index must come out as
// the triggers would have built it, and the triggers must be back.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-fill-'));
const database = openDatabase(path.join(dir, 'fill.db'));
const sqlite = database.$client;
afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const triggers = () => sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

describe('db:fill', () => {
  it('fills both editions with a realistic mix and keeps search, tag_timeline and comment_counts right', async () => {
    await migrateDatabase(database);
    const before = triggers();
    const result = fillDatabase(database, { articles: 400, comments: 3000, seed: 7 });
    expect(result).toEqual({ articles: 400, comments: 3000, indexed: 400 });
    expect(triggers()).toEqual(before);

    const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(DISTINCT locale) FROM articles')).toBe(2);
    expect(count("SELECT count(*) FROM articles WHERE status = 'published'")).toBeGreaterThan(300);
    expect(count("SELECT count(*) FROM articles WHERE status <> 'published'")).toBeGreaterThan(0);
    expect(count('SELECT count(DISTINCT status) FROM comments')).toBe(4);
    expect(count('SELECT count(*) FROM articles WHERE translation_id IS NOT NULL')).toBeGreaterThan(0);

    const mismatched = `SELECT count(*) FROM article_search_text t JOIN article_search_source s USING (article_id)
      WHERE t.title <> s.title OR t.lead <> s.lead OR t.body <> s.body OR t.tags <> s.tags`;
    expect(count(mismatched)).toBe(0);
    expect(count('SELECT count(*) FROM article_search_text')).toBe(400);
    const { id, title } = sqlite.prepare('SELECT id, title FROM articles ORDER BY id DESC LIMIT 1').get() as { id: number; title: string };
    const word = title
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]
      .replace(/ё/g, 'е');
    expect(sqlite.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').pluck().all(`"${word}"`)).toContain(id);
    expect(timelineDrift(sqlite)).toBe(0);
    expect(commentCountDrift(sqlite)).toBe(0);

    // A save after the fill goes through the restored triggers.
    sqlite.prepare("UPDATE articles SET title = 'Жаңа тақырып' WHERE id = ?").run(id);
    expect(sqlite.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').pluck().all('"тақырып"')).toContain(id);
  });
});
