import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, tempPortal } from '../helpers/temp-portal';

let portal: Awaited<ReturnType<typeof tempPortal>>;

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: portal.databaseFile, UPLOADS_DIR: portal.uploadsDir },
    encoding: 'utf8',
  });

beforeEach(async () => {
  portal = await tempPortal('qamshy-backup-cli-');
  portal.sqlite.prepare("INSERT INTO comments (article_id, author_name, body) VALUES (?, 'Асхат', 'сақталады')").run(portal.articleId);
  fs.mkdirSync(path.join(portal.uploadsDir, 'thumbnail'), { recursive: true });
  fs.writeFileSync(path.join(portal.uploadsDir, 'thumbnail', 'a.jpg'), 'jpeg');
});

afterEach(() => portal.cleanup());

describe('npm run db:backup / db:restore', () => {
  it('backs up into --out, says what it wrote, and restores it once the database is closed', () => {
    const out = path.join(portal.dir, 'elsewhere');
    const backup = run('db-backup', '--out', out);
    expect(backup.status).toBe(0);
    const dir = /Backup written to (\S+)/.exec(backup.stdout)![1];
    expect(path.dirname(dir)).toBe(out);
    expect(backup.stdout).toMatch(/database\.db .*migrations/);
    expect(backup.stdout).toMatch(/uploads\.tar\.gz .*1 files/);

    portal.sqlite.prepare('DELETE FROM comments').run();
    const refused = run('db-restore', dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/seems to be in use/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);

    portal.sqlite.close();
    const restored = run('db-restore', dir);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/Restored 1 files into/);
    expect(countRows(portal.databaseFile, 'SELECT count(*) FROM comments')).toBe(1);
  });

  it('explains a missing backup or a bad argument without a stack trace', () => {
    const missing = run('db-restore', path.join(portal.dir, 'nope'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/There is no backup at .*nope/);
    expect(run('db-restore').status).toBe(2);
    const unknown = run('db-backup', '--outt', 'x');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Usage: npm run db:backup/);
  });
});
