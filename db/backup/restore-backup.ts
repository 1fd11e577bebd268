import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupError } from './backup-error';
import { databaseInUse } from './database-in-use';
import { checkedPart, MANIFEST_FILE, readManifest } from './manifest';
import { backupDatabase, backupToFile, fileTimestamp } from './sqlite-backup';
import { countArchivedFiles, unpackUploads } from './uploads-archive';
import { verifyDatabaseFile } from './verify-database';

export type RestoreRequest = { source: string; databaseFile: string; uploadsDir: string; force?: boolean };

type Plan = { database: string; uploads: { archive: string; files: number } | null; createdAt: string | null };

export type RestoreOutcome = Plan & { previousDatabase: string | null; previousUploads: string | null };

/**
 * Everything is checked before anything is replaced: the manifest's checksums, the database
 * (opens, integrity_check, migrations table, not newer than this code) and the whole uploads
 * archive. A bare .db file (a pre-migrate snapshot) restores the database alone.
 */
async function verifyBackup(source: string): Promise<Plan> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no backup at ${source}.`);
  const dir = fs.statSync(source).isDirectory() ? source : path.basename(source) === MANIFEST_FILE ? path.dirname(source) : null;
  if (!dir) {
    verifyDatabaseFile(source);
    return { database: source, uploads: null, createdAt: null };
  }
  const manifest = readManifest(dir);
  const database = await checkedPart(dir, manifest.database);
  verifyDatabaseFile(database);
  const archive = await checkedPart(dir, manifest.uploads);
  const files = await countArchivedFiles(archive);
  if (files !== manifest.uploads.files) throw new BackupError(`${archive} holds ${files} files, the manifest says ${manifest.uploads.files}.`);
  return { database, uploads: { archive, files }, createdAt: manifest.createdAt };
}

/**
 * Replaces the database and the uploads folder with the backup's. The current ones are kept
 * beside them (`<db>.pre-restore-<timestamp>.db`, `<uploads>.pre-restore-<timestamp>`). The
 * database is written through SQLite's backup API, so with --force a running portal's
 * connections see the restored data instead of a file swapped under them.
 */
export async function restoreBackup({ source, databaseFile, uploadsDir, force = false }: RestoreRequest): Promise<RestoreOutcome> {
  const plan = await verifyBackup(source);
  if (!force && databaseInUse(databaseFile)) {
    throw new BackupError(
      `${databaseFile} seems to be in use (another process has it open). Stop the portal first, or pass --force to restore into it while it runs.`,
    );
  }
  const stamp = fileTimestamp();
  const staging = `${uploadsDir}.restoring-${stamp}`;
  try {
    if (plan.uploads) await unpackUploads(plan.uploads.archive, staging);
    const previousDatabase = await replaceDatabase(plan.database, databaseFile, stamp);
    const previousUploads = plan.uploads ? swapFolder(staging, uploadsDir, stamp) : null;
    return { ...plan, previousDatabase, previousUploads };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function replaceDatabase(backupFile: string, target: string, stamp: string): Promise<string | null> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.pre-restore-${stamp}.db`;
    await copyDatabase(target, previous, false, backupToFile);
  }
  // Into the live file through SQLite, not a file swap: connections still open stay consistent.
  await copyDatabase(backupFile, target, true, backupDatabase);
  verifyDatabaseFile(target);
  return previous;
}

async function copyDatabase(from: string, to: string, readonly: boolean, copy: typeof backupDatabase): Promise<void> {
  const source = new Database(from, { fileMustExist: true, readonly, timeout: 5000 });
  try {
    await copy(source, to);
  } finally {
    source.close();
  }
}

function swapFolder(replacement: string, target: string, stamp: string): string | null {
  const previous = fs.existsSync(target) ? `${target}.pre-restore-${stamp}` : null;
  if (previous) fs.renameSync(target, previous);
  else fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(replacement, target);
  return previous;
}
