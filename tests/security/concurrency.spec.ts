import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { e2eDb } from '../helpers/e2e-db';
import { postAdminForm, signInRaw } from '../helpers/raw-admin';
import { commentsMarked, formToken, minFillMs, newArticles, postRawComment, sleep, type PostResult } from '../helpers/raw-comments';
import { formWith, get, submit, visibleText, withValues } from '../helpers/raw-forms';
import { loopback } from '../helpers/raw-http';
import { uiText } from '../e2e/pages/ui-text';

/* Writes that race: two editors saving one article, and a backup taken while readers comment. */

type ArticleRow = { title: string; body_markdown: string; version: number };
const articleRow = (id: number) => {
  const db = e2eDb();
  try {
    return db.prepare('select title, body_markdown, version from articles where id = ?').get(id) as ArticleRow;
  } finally {
    db.close();
  }
};
const revisions = (id: number) => {
  const db = e2eDb();
  try {
    return db.prepare('select title, body_markdown as body, version from article_revisions where article_id = ? order by version').all(id) as {
      title: string;
      body: string;
      version: number;
    }[];
  } finally {
    db.close();
  }
};

test('two editors saving the same article at once: one is told of the conflict with their text kept, the other save is kept, nothing lost', async () => {
  const admin = await signInRaw(loopback(233), 'admin');
  const editor = await signInRaw(loopback(234), 'editor');
  const db = e2eDb();
  const category = db.prepare("select id from categories where locale = 'ru' order by id limit 1").get() as { id: number };
  db.close();
  const stamp = Date.now();
  const created = await postAdminForm(admin, '/admin/articles/new', 'title', {
    title: `Гонка сохранений ${stamp}`,
    body: 'Исходный текст.',
    locale: 'ru',
    categoryId: String(category.id),
    intent: 'save',
  });
  expect(created.status, 'draft saved').toBe(303);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(created.headers.location!)![1]);

  for (let round = 1; round <= 3; round += 1) {
    const before = articleRow(id);
    // Both open the editor on the same version…
    const [pageA, pageB] = await Promise.all([get(admin, `/admin/articles/${id}`), get(editor, `/admin/articles/${id}`)]);
    const formA = formWith(pageA.text, 'title');
    const formB = formWith(pageB.text, 'title');
    const edits = {
      admin: { title: `Правка администратора ${stamp}-${round}`, body: `Текст администратора, раунд ${round}.` },
      editor: { title: `Правка редактора ${stamp}-${round}`, body: `Текст редактора, раунд ${round}.` },
    };
    // …and press "save" at the same moment.
    const [a, b] = await Promise.all([
      submit(admin, formA.action, withValues(formA, { ...edits.admin, intent: 'save' })),
      submit(editor, formB.action, withValues(formB, { ...edits.editor, intent: 'save' })),
    ]);
    const winners = [a, b].filter((answer) => answer.status === 303);
    const losers = [a, b].filter((answer) => answer.status !== 303);
    expect(winners.length, `round ${round}: exactly one save wins (${a.status}, ${b.status})`).toBe(1);
    const winner = a.status === 303 ? edits.admin : edits.editor;
    const loser = a.status === 303 ? edits.editor : edits.admin;
    expect(losers[0].status).toBe(200);
    expect(visibleText(losers[0].text), 'the loser is told, in their language').toContain(uiText('kk', 'AdminArticleForm')('errors.conflict'));
    const kept = formWith(losers[0].text, 'title');
    expect(kept.fields.find(([name]) => name === 'title')?.[1], "the loser's title is still in the form").toBe(loser.title);
    expect(kept.fields.find(([name]) => name === 'body')?.[1], "the loser's text is still in the form").toBe(loser.body);
    const after = articleRow(id);
    expect(after, "the winner's save is the article").toEqual({ title: winner.title, body_markdown: winner.body, version: before.version + 1 });
    // The text it replaced is in the history, so nothing that was saved is gone.
    expect(
      revisions(id).some((r) => r.version === before.version && r.title === before.title && r.body === before.body_markdown),
      'the previous version is a revision',
    ).toBe(true);
  }
});

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(npm, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out });
    });
  });
}

test('a backup taken while readers comment restores every comment committed before it started', async () => {
  test.setTimeout(240_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-sec-backup-'));
  const marker = `backup-load-${Date.now()}`;
  const articles = newArticles(3);
  // 15 readers (127.0.0.240–254), 3 comments each on 3 articles: within every per-client limit.
  const posts: { address: string; article: (typeof articles)[number]; token: string; i: number }[] = [];
  for (let c = 0; c < 15; c += 1) for (let k = 0; k < 3; k += 1) posts.push({ address: loopback(240 + c), article: articles[k], token: '', i: c * 3 + k });
  for (const post of posts) post.token = await formToken(post.address);
  await sleep(minFillMs() + 300);

  const acceptedAt: { body: string; at: number }[] = [];
  const results: PostResult[] = [];
  let stop = false;
  // The load: one post every 100 ms, each awaited by its own promise (several in flight).
  const load = (async () => {
    const inFlight: Promise<void>[] = [];
    for (const post of posts) {
      if (stop) break;
      inFlight.push(
        postRawComment({ address: post.address, article: post.article, token: post.token, name: 'Оқырман', body: `${marker}-${post.i} жүктеме` }).then(
          (result) => {
            results.push(result);
            if (result.outcome === 'accepted') acceptedAt.push({ body: result.body, at: Date.now() });
          },
        ),
      );
      await sleep(100);
    }
    await Promise.all(inFlight);
  })();

  // Start the backup once some comments are in, while the rest keep coming.
  await expect.poll(() => acceptedAt.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
  const committedBefore = acceptedAt.map((a) => a.body);
  const backupStarted = Date.now();
  const dataDir = path.dirname(process.env.E2E_DATABASE_URL!);
  const backup = await run(['run', '--silent', 'db:backup', '--', '--out', path.join(work, 'out')], {
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    UPLOADS_DIR: path.join(dataDir, 'uploads'),
  });
  const backupEnded = Date.now();
  stop = true;
  await load;
  expect(backup.code, `db:backup: ${backup.out}`).toBe(0);
  const duringBackup = acceptedAt.filter((a) => a.at >= backupStarted && a.at <= backupEnded).length;
  const [dir] = fs.readdirSync(path.join(work, 'out')).filter((name) => name.startsWith('qamshy-backup-') && !name.endsWith('.partial'));
  expect(dir, 'a finished backup folder').toBeTruthy();

  const restoredDb = path.join(work, 'restored', 'portal.db');
  fs.mkdirSync(path.dirname(restoredDb), { recursive: true });
  const restore = await run(['run', '--silent', 'db:restore', '--', path.join(work, 'out', dir)], {
    DATABASE_URL: restoredDb,
    UPLOADS_DIR: path.join(work, 'restored', 'uploads'),
  });
  expect(restore.code, `db:restore: ${restore.out}`).toBe(0);

  const restored = new Database(restoredDb, { readonly: true, fileMustExist: true });
  const integrity = restored.pragma('integrity_check', { simple: true });
  const inBackup = new Set((restored.prepare('select body from comments where body like ?').all(`%${marker}%`) as { body: string }[]).map((row) => row.body));
  restored.close();
  const missing = committedBefore.filter((body) => !inBackup.has(body));
  const live = commentsMarked(marker).length;
  console.log(
    `backup under load: ${results.length} posts, ${acceptedAt.length} accepted (${committedBefore.length} before the backup started, ${duringBackup} while it ran), ` +
      `backup ${backupEnded - backupStarted} ms, restored ${inBackup.size} of them, missing ${missing.length}; live database holds ${live}`,
  );
  expect(integrity).toBe('ok');
  expect(missing, 'comments committed before the backup started but not restored').toEqual([]);
  expect(inBackup.size).toBeLessThanOrEqual(live);
  expect(
    results.filter((r) => r.outcome === 'other').map((r) => r.response.status),
    'every post answered',
  ).toEqual([]);
  fs.rmSync(work, { recursive: true, force: true });
});
