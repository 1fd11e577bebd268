import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { DatabaseNewerThanCodeError, KEEP_PRE_MIGRATE_SNAPSHOTS, MIGRATIONS_FOLDER, migrateDatabase } from '@/db/migrate';

let dir: string;
let file: string;
const opened: Db[] = [];
const open = () => {
  const database = openDatabase(file);
  opened.push(database);
  return database;
};
const snapshots = () => fs.readdirSync(dir).filter((name) => name.startsWith('portal.db.pre-migrate-'));

/** The real migrations plus one more, as the next release would ship them. */
function nextReleaseMigrations(): string {
  const folder = path.join(dir, 'next-migrations');
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_next_release' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, '9999_next_release.sql'), 'CREATE TABLE `next_release` (`x` integer);');
  return folder;
}

const tableExists = (sqlite: Database.Database, name: string) => !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-migrate-'));
  file = path.join(dir, 'portal.db');
});

afterEach(() => {
  for (const database of opened.splice(0)) if (database.$client.open) database.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('takes no snapshot of a new, empty database', async () => {
    const outcome = await migrateDatabase(open());
    expect(outcome.applied).toBeGreaterThan(0);
    expect(outcome.snapshot).toBeNull();
    expect(snapshots()).toEqual([]);
    expect(await migrateDatabase(open())).toEqual({ applied: 0, snapshot: null });
  });

  it('copies a database with data next to it before applying a pending migration', async () => {
    const database = open();
    await migrateDatabase(database);
    database.$client.prepare("INSERT INTO users (name, slug) VALUES ('Автор', 'avtor')").run();

    const outcome = await migrateDatabase(database, nextReleaseMigrations());

    expect(outcome.applied).toBe(1);
    expect(path.dirname(outcome.snapshot!)).toBe(dir);
    expect(path.basename(outcome.snapshot!)).toMatch(/^portal\.db\.pre-migrate-\d{4}-\d\d-\d\dT[\d-]+Z\.db$/);
    const snapshot = new Database(outcome.snapshot!, { readonly: true });
    try {
      expect(snapshot.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(snapshot.prepare('SELECT name FROM users').pluck().all()).toEqual(['Автор']);
      expect(tableExists(snapshot, 'next_release')).toBe(false);
    } finally {
      snapshot.close();
    }
    expect(tableExists(database.$client, 'next_release')).toBe(true);
  });

  it(`keeps only the newest ${KEEP_PRE_MIGRATE_SNAPSHOTS} snapshots`, async () => {
    const database = open();
    await migrateDatabase(database);
    const old = ['2020-01-01T00-00-00-000Z', '2021-01-01T00-00-00-000Z', '2022-01-01T00-00-00-000Z', '2023-01-01T00-00-00-000Z'];
    for (const stamp of old) fs.writeFileSync(path.join(dir, `portal.db.pre-migrate-${stamp}.db`), '');
    fs.writeFileSync(path.join(dir, 'unrelated.db'), '');

    const { snapshot } = await migrateDatabase(database, nextReleaseMigrations());

    expect(snapshots().sort()).toEqual([...old.slice(-2).map((stamp) => `portal.db.pre-migrate-${stamp}.db`), path.basename(snapshot!)]);
    expect(fs.existsSync(path.join(dir, 'unrelated.db'))).toBe(true);
  });

  it('refuses a database migrated by a newer release, changing nothing', async () => {
    const database = open();
    await migrateDatabase(database);
    database.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), Date.UTC(2099, 0, 1));
    const recorded = () => database.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
    const before = recorded();

    await expect(migrateDatabase(database)).rejects.toThrow(DatabaseNewerThanCodeError);
    await expect(migrateDatabase(database)).rejects.toThrow(/newer version of Qamshy.*1 migration\(s\).*2099-01-01/s);
    expect(snapshots()).toEqual([]);
    expect(recorded()).toBe(before);
  });

  it('npm run db:migrate explains the refusal without a stack trace', async () => {
    const database = open();
    await migrateDatabase(database);
    database.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('e'.repeat(64), Date.UTC(2099, 0, 1));
    database.$client.close();

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env: { ...process.env, DATABASE_URL: file }, encoding: 'utf8' });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`The database ${file} was migrated by a newer version of Qamshy`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
