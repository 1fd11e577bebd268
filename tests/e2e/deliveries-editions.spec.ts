import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import type { Edition } from '../../lib/domain';
import { freePort } from '../../scripts/free-port';
import { ACCOUNTS } from '../helpers/accounts';
import { startFake, type Answer, type Received } from '../helpers/fake-service';
import { ArticleEditor } from './pages/article-editor';
import { signIn } from './pages/sign-in';

// Issue 11's "done when", in both editions: a story published in kk and one in ru, with Telegram
// (one channel per edition), IndexNow and a signed webhook configured against local fakes that
// each fail every delivery twice before taking it, and the portal restarted between the failures.
// Each edition's story must reach each service exactly once. The webhook fake checks the
// signature itself, with the secret, and refuses a bad one (so a wrong signature is never "sent").

const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';
const SECRET = 'e2e-editions-webhook-secret';
const KEY = 'e2e-editions-indexnow-key';
const CHATS: Record<Edition, string> = { kk: '@qamshy_kk_editions', ru: '@qamshy_ru_editions' };

type Answered = Received & { status: number };

/** A fake that fails the first two attempts of every delivery (by X-Qamshy-Delivery), then answers `ok`. */
async function failingTwice(ok: Answer, check: (request: Received) => Answer | null = () => null) {
  const attempts = new Map<string, number>();
  const answered: Answered[] = [];
  const fake = await startFake((request) => {
    const id = String(request.headers['x-qamshy-delivery']);
    const n = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, n);
    const answer = check(request) ?? (n <= 2 ? { status: 503, body: '{"ok":false,"description":"try later"}' } : ok);
    answered.push({ ...request, status: answer.status });
    return answer;
  });
  return { ...fake, answered, succeeded: () => answered.filter((r) => r.status >= 200 && r.status < 300) };
}

/** The webhook receiver's own check, as a partner would write it: HMAC of the raw body, constant-time compare. */
function badSignature(request: Received): Answer | null {
  const expected = Buffer.from(`sha256=${crypto.createHmac('sha256', SECRET).update(request.body, 'utf8').digest('hex')}`);
  const given = Buffer.from(String(request.headers['x-qamshy-signature'] ?? ''));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? null : { status: 401, body: 'bad signature' };
}

async function waitForHealth(origin: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (server.exitCode !== null) throw new Error('the server exited before answering');
    try {
      if ((await fetch(`${origin}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not become healthy');
}

test('a kk and a ru story, services failing twice and the portal restarted in between: one post per channel, one submission and one signed webhook each', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-deliveries-editions-'));
  const telegram = await failingTwice({ status: 200, body: '{"ok":true,"result":{"message_id":7}}' });
  const indexNow = await failingTwice({ status: 200, body: '' });
  const webhook = await failingTwice({ status: 204, body: '' }, badSignature);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: path.join(dir, 'portal.db'),
    UPLOADS_DIR: path.join(dir, 'uploads'),
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_URL: origin,
    SHUTDOWN_DRAIN_MS: '0',
    TELEGRAM_BOT_TOKEN: '777:editions-token',
    TELEGRAM_CHAT_KK: CHATS.kk,
    TELEGRAM_CHAT_RU: CHATS.ru,
    TELEGRAM_API_URL: telegram.url,
    INDEXNOW_KEY: KEY,
    INDEXNOW_ENDPOINT: `${indexNow.url}/indexnow`,
    WEBHOOK_URLS: `${webhook.url}/hook`,
    WEBHOOK_SECRET: SECRET,
  };
  const tsx = (...args: string[]) => expect(spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], { env, encoding: 'utf8' }).status).toBe(0);
  tsx('scripts/seed.ts');
  const editor = ACCOUNTS.editor;
  tsx('scripts/admin-create.ts', '--email', editor.email, '--name', editor.name, '--password', editor.password, '--role', 'editor');
  const servers: ChildProcess[] = [];
  const start = async () => {
    const server = spawn(process.execPath, [path.join(distDir, 'qamshy-server.mjs')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    servers.push(server);
    await waitForHealth(origin, server);
    return server;
  };
  const stop = (server: ChildProcess) => new Promise<number | null>((resolve) => (server.once('exit', (code) => resolve(code)), server.kill('SIGTERM')));
  type Row = { articleId: number; locale: Edition; target: string; status: string; attempts: number; deliveryId: string; destination: string };
  const outbox = (): Row[] => {
    const db = new Database(env.DATABASE_URL!, { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare('select article_id as articleId, locale, target, status, attempts, delivery_id as deliveryId, destination from outbox order by locale, target')
        .all() as Row[];
    } finally {
      db.close();
    }
  };
  try {
    let server = await start();
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await signIn(page, 'editor');
    const stamp = Date.now();
    const stories = {
      kk: {
        title: `Екі басылым: қазақша хабар ${stamp}`,
        id: 0,
      },
      ru: {
        title: `Две редакции: новость на русском ${stamp}`,
        id: 0,
      },
    };
    const write = new ArticleEditor(page);
    stories.kk.id = await write.write({ title: stories.kk.title, lead: 'Қызметтер алдымен жауап бермейді.', body: 'Мәтін.', category: 'KK · Қоғам' });
    stories.ru.id = await write.write({
      title: stories.ru.title,
      lead: 'Сервисы сначала не отвечают.',
      body: 'Текст.',
      category: 'RU · Общество',
      locale: 'ru',
    });
    await context.close();

    // Every delivery refused at least once, then the portal goes down and comes back before it is taken.
    const summary = () => outbox().map((r) => [r.locale, r.target, r.status, r.attempts > 0]);
    await expect
      .poll(summary, { timeout: 20_000 })
      .toEqual(['kk', 'ru'].flatMap((locale) => ['indexnow', 'telegram', 'webhook'].map((target) => [locale, target, 'pending', true])));
    expect(await stop(server)).toBe(0);
    server = await start();
    await expect.poll(() => outbox().map((r) => r.status), { timeout: 120_000, intervals: [1000] }).toEqual(Array(6).fill('sent'));
    // A few more turns of the worker send nothing more.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rows = outbox();
    expect(rows.map((r) => r.attempts)).toEqual(Array(6).fill(3));
    expect(telegram.answered).toHaveLength(6);
    expect(indexNow.answered).toHaveLength(6);
    expect(webhook.answered).toHaveLength(6);
    expect(webhook.answered.map((r) => r.status)).not.toContain(401);

    for (const locale of ['kk', 'ru'] as const) {
      const story = stories[locale];
      const row = (target: string) => rows.find((r) => r.locale === locale && r.target === target)!;
      const url = (prefix: string) => expect.stringMatching(new RegExp(`^${origin}/${prefix}/article/${story.id}-[a-z0-9-]+$`));
      const ofDelivery = (fake: { answered: Answered[] }, target: string) =>
        fake.answered.filter((r) => r.headers['x-qamshy-delivery'] === row(target).deliveryId);
      for (const [fake, target] of [
        [telegram, 'telegram'],
        [indexNow, 'indexnow'],
        [webhook, 'webhook'],
      ] as const) {
        expect(row(target).articleId, `${locale} ${target}`).toBe(story.id);
        // Three tries of one delivery, the same bytes each time, and only the last one taken.
        const tries = ofDelivery(fake, target);
        expect(tries.map((r) => r.status)).toEqual([503, 503, target === 'webhook' ? 204 : 200]);
        expect(new Set(tries.map((r) => r.body)).size).toBe(1);
        expect(fake.succeeded().filter((r) => r.headers['x-qamshy-delivery'] === row(target).deliveryId)).toHaveLength(1);
      }

      // Telegram: the edition's own channel, one post with the story's title and link.
      expect(row('telegram').destination).toBe(CHATS[locale]);
      const post = ofDelivery(telegram, 'telegram').at(-1)!;
      expect(post.path).toBe('/bot777:editions-token/sendMessage');
      const message = JSON.parse(post.body) as { chat_id: string; text: string };
      expect(message.chat_id).toBe(CHATS[locale]);
      expect(message.text).toContain(story.title);
      expect(message.text).toMatch(new RegExp(`${origin}/${locale}/article/${story.id}-`));

      // IndexNow: the key, its file, and the article's URL in the edition (and its Latin and töte views for kk).
      const submission = JSON.parse(ofDelivery(indexNow, 'indexnow').at(-1)!.body) as { key: string; keyLocation: string; urlList: string[] };
      expect(submission).toMatchObject({ key: KEY, keyLocation: `${origin}/${KEY}.txt` });
      expect(submission.urlList[0]).toEqual(url(locale));
      if (locale === 'ru') expect(submission.urlList).toEqual([url('ru')]);
      else expect(submission.urlList).toEqual([url('kk'), url('kk-latn'), url('kk-arab')]);

      // The webhook: signed (checked by the fake above and again here), the story's own fields.
      const hook = ofDelivery(webhook, 'webhook').at(-1)!;
      expect(hook.headers['x-qamshy-signature']).toBe(`sha256=${crypto.createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
      expect(JSON.parse(hook.body)).toMatchObject({ event: 'article.published', id: story.id, locale, title: story.title, url: url(locale) });
    }
    // The posts went to two different channels, one each.
    expect(
      telegram
        .succeeded()
        .map((r) => (JSON.parse(r.body) as { chat_id: string }).chat_id)
        .sort(),
    ).toEqual([CHATS.kk, CHATS.ru].sort());
    expect(await stop(server)).toBe(0);
  } finally {
    for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
    await Promise.all([telegram.close(), indexNow.close(), webhook.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
