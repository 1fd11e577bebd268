import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, sha256File, UPLOADS_FILE, writeManifest, type Manifest } from './manifest';
import { backupToFile, fileTimestamp } from './sqlite-backup';
import { BackupError } from './backup-error';
import { packUploads } from './uploads-archive';
import { verifyDatabaseFile } from './verify-database';

export type BackupTarget = { databaseFile: string; uploadsDir: string; outDir: string };

/**
 * Writes `<outDir>/qamshy-backup-<timestamp>/` holding database.db (an online copy), uploads.tar.gz
 * and manifest.json (sizes, checksums, counts). The portal may keep serving and writing: the
 * database is copied first, as one consistent snapshot, then the uploads (names are never reused,
 * so files added meanwhile are harmless extras). The folder appears under its final name only
 * once complete and verified.
 */
export async function createBackup({ databaseFile, uploadsDir, outDir }: BackupTarget): Promise<{ dir: string; manifest: Manifest }> {
  if (!fs.existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile}.`);
  const createdAt = new Date();
  const dir = path.join(outDir, `qamshy-backup-${fileTimestamp(createdAt)}`);
  const partial = `${dir}.partial`;
  fs.mkdirSync(partial, { recursive: true });
  try {
    const dbCopy = path.join(partial, DATABASE_FILE);
    const source = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
    try {
      await backupToFile(source, dbCopy);
    } finally {
      source.close();
    }
    const { migrations } = verifyDatabaseFile(dbCopy);
    const archive = path.join(partial, UPLOADS_FILE);
    const { files } = await packUploads(uploadsDir, archive);
    const manifest: Manifest = {
      format: 'qamshy-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      database: { file: DATABASE_FILE, bytes: fs.statSync(dbCopy).size, sha256: await sha256File(dbCopy), source: databaseFile, migrations },
      uploads: { file: UPLOADS_FILE, bytes: fs.statSync(archive).size, sha256: await sha256File(archive), source: uploadsDir, files },
    };
    writeManifest(partial, manifest);
    fs.renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
