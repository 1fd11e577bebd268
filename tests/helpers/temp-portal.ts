import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

/** A migrated database and an uploads folder of its own in a temp dir, with one article to comment on. */
export async function tempPortal(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseFile = path.join(dir, 'portal.db');
  const uploadsDir = path.join(dir, 'uploads');
  const database = openDatabase(databaseFile);
  await migrateDatabase(database);
  const sqlite = database.$client;
  sqlite.prepare("INSERT INTO users (name, slug) VALUES ('Автор', 'avtor')").run();
  const articleId = Number(
    sqlite
      .prepare(
        "INSERT INTO articles (locale, slug, title, body_markdown, body_html, author_id, status, published_at) VALUES ('kk', 'maqala', 'Мақала', 'md', '<p>md</p>', 1, 'published', 0)",
      )
      .run().lastInsertRowid,
  );
  return { dir, databaseFile, uploadsDir, sqlite, articleId, cleanup: () => (sqlite.open && sqlite.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

export function countRows(file: string, sql: string, ...params: unknown[]): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  } finally {
    sqlite.close();
  }
}
