import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Whether another connection has the database open. The portal runs it in WAL mode, and SQLite
 * leaves WAL mode only when no other connection is attached, so the switch itself is the test; it
 * also folds the WAL into the file. A database in rollback mode shows only its active transactions.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma('journal_mode = DELETE');
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') || (error as { code?: string }).code?.startsWith('SQLITE_LOCKED')) return true;
    throw error;
  } finally {
    sqlite.close();
  }
}
