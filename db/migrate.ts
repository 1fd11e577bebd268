import path from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';
import { backupToFile, fileTimestamp, pruneSnapshots } from './backup/sqlite-backup';
import { DatabaseNewerThanCodeError, MIGRATIONS_FOLDER, readMigrationState } from './migration-state';

export { DatabaseNewerThanCodeError, MIGRATIONS_FOLDER };

/** Snapshots older than the newest few are deleted: each is a full copy of the database. */
export const KEEP_PRE_MIGRATE_SNAPSHOTS = 3;

export type MigrationOutcome = { applied: number; snapshot: string | null };

/**
 * Applies pending migrations. A database that already holds tables is first copied next to
 * itself (`<db>.pre-migrate-<timestamp>.db`), so a migration that goes wrong costs no data.
 * A database migrated by a newer release is refused before anything is written.
 */
export async function migrateDatabase(database: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<MigrationOutcome> {
  const sqlite = database.$client;
  const state = readMigrationState(sqlite, migrationsFolder);
  if (state.unknown.length > 0) throw new DatabaseNewerThanCodeError(sqlite.name, state.unknown);
  if (state.pending === 0) return { applied: 0, snapshot: null };
  const snapshot = state.hasTables && !sqlite.memory ? await snapshotBeforeMigrating(sqlite) : null;
  migrate(database, { migrationsFolder });
  return { applied: state.pending, snapshot };
}

async function snapshotBeforeMigrating(sqlite: Database.Database): Promise<string> {
  const dir = path.dirname(sqlite.name);
  const prefix = `${path.basename(sqlite.name)}.pre-migrate-`;
  const file = path.join(dir, `${prefix}${fileTimestamp()}.db`);
  await backupToFile(sqlite, file);
  pruneSnapshots(dir, prefix, '.db', KEEP_PRE_MIGRATE_SNAPSHOTS);
  return file;
}
