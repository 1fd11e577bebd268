import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, readMigrationState } from '../migration-state';
import { BackupError } from './backup-error';

/**
 * Checks a database file before it replaces the live one: it opens, passes integrity_check, was
 * made by this portal (has the migrations table) and is not from a newer release than this code.
 */
export function verifyDatabaseFile(file: string): { migrations: number } {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} does not open as a SQLite database (${(error as Error).message}).`);
  }
  try {
    let problems: string[];
    try {
      problems = sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
    } catch (error) {
      throw new BackupError(`${file} is not a readable SQLite database (${(error as Error).message}).`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') throw new BackupError(`${file} fails PRAGMA integrity_check: ${problems.slice(0, 5).join('; ')}`);
    const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
    if (!hasTable) throw new BackupError(`${file} has no ${MIGRATIONS_TABLE} table: it is not a Qamshy database.`);
    const state = readMigrationState(sqlite);
    if (state.unknown.length > 0)
      throw new BackupError(
        `${file} was written by a newer version of Qamshy (${state.unknown.length} migration(s) this code does not know): restore it with that version.`,
      );
    return { migrations: sqlite.prepare(`SELECT count(*) FROM "${MIGRATIONS_TABLE}"`).pluck().get() as number };
  } finally {
    sqlite.close();
  }
}
