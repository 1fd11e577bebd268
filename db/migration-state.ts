import path from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
export const MIGRATIONS_TABLE = '__drizzle_migrations';

type Applied = { hash: string; createdAt: number };

export type MigrationState = {
  /** Rows of the migrations table that this code's journal does not list (a newer release wrote them). */
  unknown: Applied[];
  /** Journal entries drizzle will apply: those later than the last applied one (drizzle's own rule). */
  pending: number;
  /** The database holds tables already, so applying migrations changes existing data. */
  hasTables: boolean;
};

export class DatabaseNewerThanCodeError extends Error {
  constructor(file: string, unknown: Applied[]) {
    const latest = new Date(Math.max(...unknown.map((row) => row.createdAt))).toISOString();
    super(
      `The database ${file} was migrated by a newer version of Qamshy: it records ${unknown.length} ` +
        `migration(s) this code does not know (the latest from ${latest}). Run the newer version, ` +
        `or restore a backup taken before it (npm run db:restore).`,
    );
    this.name = 'DatabaseNewerThanCodeError';
  }
}

export function readMigrationState(sqlite: Database.Database, folder = MIGRATIONS_FOLDER): MigrationState {
  const code = readMigrationFiles({ migrationsFolder: folder });
  const hasTables = !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 1").get();
  const hasTable = !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
  const applied: Applied[] = hasTable
    ? (sqlite.prepare(`SELECT hash, created_at AS createdAt FROM "${MIGRATIONS_TABLE}"`).all() as { hash: string; createdAt: number | string }[]).map(
        (row) => ({
          hash: row.hash,
          createdAt: Number(row.createdAt),
        }),
      )
    : [];
  const knownTimes = new Set(code.map((m) => m.folderMillis));
  const knownHashes = new Set(code.map((m) => m.hash));
  // A known time with another hash is an edited migration file, not a newer release.
  const unknown = applied.filter((row) => !knownTimes.has(row.createdAt) && !knownHashes.has(row.hash));
  const last = applied.reduce((max, row) => Math.max(max, row.createdAt), -Infinity);
  return { unknown, pending: code.filter((m) => m.folderMillis > last).length, hasTables };
}
