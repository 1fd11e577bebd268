import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const BUSY_RETRY_MS = 50;
const BUSY_GIVE_UP_MS = 10_000;

/**
 * Copies a live database with SQLite's online backup API. Stepping in small chunks would restart
 * from scratch every time another connection writes, which under steady load may never finish;
 * one step reads a single consistent snapshot (WAL readers do not block the writers).
 *
 * better-sqlite3 reports a copy that could not lock the destination on its first step as done
 * with 0 pages (a real database has at least one), so that case is retried here.
 */
export async function backupDatabase(source: Database.Database, destination: string): Promise<void> {
  const deadline = Date.now() + BUSY_GIVE_UP_MS;
  for (;;) {
    const { totalPages } = await source.backup(destination, { progress: () => 0x7fffffff });
    if (totalPages > 0) return;
    if (Date.now() > deadline) throw new Error(`Could not lock ${destination} to copy the database into it (busy for ${BUSY_GIVE_UP_MS / 1000} s).`);
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
  }
}

/**
 * A copy to a new file that stands alone: the copy of a WAL database is in WAL mode too, and any
 * later reader would leave -wal and -shm files beside it; rollback mode keeps it one file.
 */
export async function backupToFile(source: Database.Database, destination: string): Promise<void> {
  await backupDatabase(source, destination);
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A file-name-safe UTC timestamp that sorts in time order: 2026-01-02T03-04-05-678Z. */
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Deletes all but the newest `keep` files in `dir` named `<prefix><timestamp><suffix>`. */
export function pruneSnapshots(dir: string, prefix: string, suffix: string, keep: number): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .sort();
  const removed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}
