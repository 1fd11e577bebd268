import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { env } from '@/lib/env';
import * as schema from './schema';

// No 'server-only' here: scripts and tests import this module too (next.js#60038).
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle({ client: sqlite, schema });
}

const cache = globalThis as unknown as { qamshyDb?: Db };
// One connection per process; kept on globalThis so dev hot reloads don't open a new one each edit.
export const db: Db = cache.qamshyDb ?? openDatabase(env.DATABASE_URL);
cache.qamshyDb = db;
