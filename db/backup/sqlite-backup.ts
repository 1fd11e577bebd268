import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Copies a live database with SQLite's online backup API. Stepping in small chunks would restart
 * from scratch every time another connection writes, which under steady load may never finish;
 * one step reads a single consistent snapshot (WAL readers do not block the writers).
 */
export async function backupDatabase(source: Database.Database, destination: string): Promise<void> {
  await source.backup(destination, { progress: () => 0x7fffffff });
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
