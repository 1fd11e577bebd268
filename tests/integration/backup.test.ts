import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '@/db/backup/backup-error';
import { createBackup } from '@/db/backup/create-backup';
import { restoreBackup } from '@/db/backup/restore-backup';
import { countRows, tempPortal } from '../helpers/temp-portal';

// A second process that commits one comment at a time as fast as it can, as the portal would
// under a comment flood, until told to stop.
const WRITER = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2], { timeout: 5000 });
db.pragma('journal_mode = WAL');
const insert = db.prepare("INSERT INTO comments (article_id, author_name, body) VALUES (?, 'writer', ?)");
let n = 0, stop = false;
process.on('SIGTERM', () => { stop = true; });
(function tick() {
  if (stop) { db.close(); process.stdout.write('wrote ' + n + '\\n'); return; }
  for (let i = 0; i < 10; i++) insert.run(Number(process.argv[3]), 'row ' + n++);
  if (n === 10) process.stdout.write('ready\\n');
  setImmediate(tick);
})();
`;

let portal: Awaited<ReturnType<typeof tempPortal>>;
let writer: ChildProcess | null = null;

function startWriter(): Promise<void> {
  writer = spawn(process.execPath, ['-e', WRITER, createRequire(import.meta.url).resolve('better-sqlite3'), portal.databaseFile, String(portal.articleId)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    writer!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    writer!.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
  });
}

async function stopWriter(): Promise<void> {
  if (!writer || writer.exitCode !== null) return;
  const exited = once(writer, 'exit');
  writer.kill('SIGTERM');
  await exited;
  writer = null;
}

function writeUploads(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>([
    ['thumbnail/20170708195532885_small.jpg', crypto.randomBytes(5000)],
    ['thumbnail/20170708195532885_small.webp', crypto.randomBytes(3000)],
    ['2026/05/photo.png', crypto.randomBytes(70_000)],
    ['readme.jpg', Buffer.from('Қамшы')],
  ]);
  for (const [name, data] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return files;
}

function readTree(dir: string, prefix = ''): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const name = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of readTree(path.join(dir, entry.name), name)) found.set(k, v);
    else found.set(name, fs.readFileSync(path.join(dir, entry.name)));
  }
  return found;
}

const integrity = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.pragma('integrity_check', { simple: true });
  } finally {
    sqlite.close();
  }
};

beforeEach(async () => {
  portal = await tempPortal('qamshy-backup-');
  // Enough rows that the copy takes a while (a few MB) and the writer runs during it.
  const insert = portal.sqlite.prepare("INSERT INTO comments (article_id, author_name, body) VALUES (?, 'seed', ?)");
  portal.sqlite.transaction(() => {
    for (let i = 0; i < 20_000; i++) insert.run(portal.articleId, `earlier comment ${i} ${'x'.repeat(100)}`);
  })();
});

afterEach(async () => {
  await stopWriter();
  portal.cleanup();
});

describe('backup and restore', () => {
  it('a backup taken while another process keeps committing restores every row committed before it started, and the uploads', async () => {
    const uploads = writeUploads(portal.uploadsDir);
    fs.symlinkSync('/etc/passwd', path.join(portal.uploadsDir, 'passwd.jpg'));
    await startWriter();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const before = portal.sqlite.prepare('SELECT count(*) AS n, max(id) AS last FROM comments').get() as { n: number; last: number };
    const { dir, manifest } = await createBackup({
      databaseFile: portal.databaseFile,
      uploadsDir: portal.uploadsDir,
      outDir: path.join(portal.dir, 'backups'),
    });
    const after = portal.sqlite.prepare('SELECT count(*) FROM comments').pluck().get() as number;
    await stopWriter();

    expect(after).toBeGreaterThan(before.n); // the writer really was committing around the backup
    expect(path.basename(dir)).toMatch(/^qamshy-backup-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(fs.readdirSync(dir).sort()).toEqual(['database.db', 'manifest.json', 'uploads.tar.gz']);
    expect(manifest.uploads.files).toBe(uploads.size);

    const restoredDb = path.join(portal.dir, 'restored', 'portal.db');
    const restoredUploads = path.join(portal.dir, 'restored', 'uploads');
    const outcome = await restoreBackup({ source: dir, databaseFile: restoredDb, uploadsDir: restoredUploads });

    expect(outcome).toMatchObject({ previousDatabase: null, previousUploads: null, uploads: { files: uploads.size } });
    expect(integrity(restoredDb)).toBe('ok');
    expect(countRows(restoredDb, 'SELECT count(*) FROM comments WHERE id <= ?', before.last)).toBe(before.n);
    expect(countRows(restoredDb, 'SELECT count(*) FROM comments')).toBeGreaterThanOrEqual(before.n);
    expect(countRows(restoredDb, 'SELECT count(*) FROM __drizzle_migrations')).toBe(manifest.database.migrations);
    expect(readTree(restoredUploads)).toEqual(uploads); // the symlink was not carried over
  });

  it('refuses a database another process has open unless forced, and then the open connection sees the restored data', async () => {
    writeUploads(portal.uploadsDir);
    const { dir } = await createBackup({ databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir, outDir: path.join(portal.dir, 'backups') });
    const backedUp = countRows(portal.databaseFile, 'SELECT count(*) FROM comments');
    portal.sqlite.prepare('DELETE FROM comments').run();
    fs.writeFileSync(path.join(portal.uploadsDir, 'later.jpg'), 'after the backup');

    const request = { source: dir, databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir };
    await expect(restoreBackup(request)).rejects.toThrow(/seems to be in use.*--force/);
    expect(portal.sqlite.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(0);

    const outcome = await restoreBackup({ ...request, force: true });

    expect(portal.sqlite.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(backedUp);
    expect(countRows(outcome.previousDatabase!, 'SELECT count(*) FROM comments')).toBe(0);
    expect(fs.existsSync(path.join(portal.uploadsDir, 'later.jpg'))).toBe(false);
    expect(fs.readFileSync(path.join(outcome.previousUploads!, 'later.jpg'), 'utf8')).toBe('after the backup');
  });

  it('restores into a database nobody has open without --force, keeping the replaced one', async () => {
    const { dir } = await createBackup({ databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir, outDir: path.join(portal.dir, 'backups') });
    portal.sqlite.prepare('DELETE FROM comments').run();
    portal.sqlite.close();

    const outcome = await restoreBackup({ source: dir, databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir });

    expect(countRows(portal.databaseFile, 'SELECT count(*) FROM comments')).toBe(20_000);
    expect(countRows(outcome.previousDatabase!, 'SELECT count(*) FROM comments')).toBe(0);
    expect(outcome.uploads).toEqual({ archive: path.join(dir, 'uploads.tar.gz'), files: 0 });
  });

  it.each([
    ['a changed database file', (dir: string) => fs.appendFileSync(path.join(dir, 'database.db'), 'x'), /does not match the checksum/],
    ['a truncated uploads archive', (dir: string) => fs.truncateSync(path.join(dir, 'uploads.tar.gz'), 100), /does not match the checksum/],
    ['a missing manifest', (dir: string) => fs.rmSync(path.join(dir, 'manifest.json')), /manifest\.json cannot be read/],
    ['a missing part', (dir: string) => fs.rmSync(path.join(dir, 'uploads.tar.gz')), /uploads\.tar\.gz is missing/],
  ])('refuses a backup with %s before touching anything', async (_what, damage, message) => {
    writeUploads(portal.uploadsDir);
    const { dir } = await createBackup({ databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir, outDir: path.join(portal.dir, 'backups') });
    damage(dir);
    portal.sqlite.prepare('DELETE FROM comments').run();
    portal.sqlite.close();

    const restoring = restoreBackup({ source: dir, databaseFile: portal.databaseFile, uploadsDir: portal.uploadsDir, force: true });

    await expect(restoring).rejects.toThrow(BackupError);
    await expect(restoring).rejects.toThrow(message);
    expect(countRows(portal.databaseFile, 'SELECT count(*) FROM comments')).toBe(0);
    expect(fs.readdirSync(portal.dir).filter((name) => name.includes('pre-restore') || name.includes('restoring'))).toEqual([]);
  });

  it('refuses a lone file that is not a Qamshy database, and restores one that is (a pre-migrate snapshot)', async () => {
    const stranger = path.join(portal.dir, 'other.db');
    new Database(stranger).exec('CREATE TABLE t (x)').close();
    const notSqlite = path.join(portal.dir, 'notes.db');
    fs.writeFileSync(notSqlite, 'not a database at all, just text '.repeat(100));
    portal.sqlite.close();
    const request = { databaseFile: path.join(portal.dir, 'restored.db'), uploadsDir: portal.uploadsDir };

    await expect(restoreBackup({ ...request, source: stranger })).rejects.toThrow(/no __drizzle_migrations table/);
    await expect(restoreBackup({ ...request, source: notSqlite })).rejects.toThrow(BackupError);
    const outcome = await restoreBackup({ ...request, source: portal.databaseFile });

    expect(outcome).toMatchObject({ uploads: null, previousDatabase: null });
    expect(countRows(request.databaseFile, 'SELECT count(*) FROM comments')).toBe(20_000);
  });
});
