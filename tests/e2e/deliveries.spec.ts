import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/free-port';
import { ACCOUNTS } from '../helpers/accounts';
import { startFake, type Received } from '../helpers/fake-service';
import { shootPage } from '../helpers/screenshots';
import { ArticleEditor } from './pages/article-editor';
import { signIn } from './pages/sign-in';
import { uiText } from './pages/ui-text';

const t = uiText('kk', 'AdminDeliveries');
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';

/** A failed delivery written straight into the e2e server's outbox, aimed at `url`. */
function failedDelivery(url: string, title: string): number {
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const article = db.prepare("select id from articles where status = 'published' and locale = 'kk' order by id limit 1").get() as { id: number };
    const body = JSON.stringify({
      host: '127.0.0.1',
      key: 'e2e-key-123',
      keyLocation: 'http://127.0.0.1/e2e-key-123.txt',
      urlList: ['http://127.0.0.1/kk/article/1-x'],
    });
    return Number(
      db
        .prepare(
          "insert into outbox (delivery_id, event, target, destination, article_id, locale, title, body, status, attempts, next_attempt_at, last_status_code, last_error, updated_at) values (?, 'article.published', 'indexnow', ?, ?, 'kk', ?, ?, 'failed', 8, 0, 500, 'HTTP 500: the receiver was down', ?)",
        )
        .run(crypto.randomUUID(), url, article.id, title, body, Date.now()).lastInsertRowid,
    );
  } finally {
    db.close();
  }
}

function deliveryRow(id: number) {
  const db = new Database(process.env.E2E_DATABASE_URL!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('select status, attempts from outbox where id = ?').get(id) as { status: string; attempts: number };
  } finally {
    db.close();
  }
}

test.describe('the deliveries page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor filters failed deliveries and retries one; it goes out and the retry is in the audit log', async ({ page, browser }) => {
    const fake = await startFake();
    try {
      const title = `Қайта жіберілетін ${Date.now()}`;
      const id = failedDelivery(`${fake.url}/indexnow`, title);
      await signIn(page, 'editor');
      await page
        .getByRole('navigation', { name: 'Редакция мәзірі' })
        .getByRole('link', { name: uiText('kk', 'AdminLayout')('deliveries') })
        .click();
      await expect(page).toHaveURL(/\/admin\/deliveries$/);
      await page.getByRole('link', { name: new RegExp(`^${t('statuses.failed')} \\(\\d+\\)$`) }).click();
      await expect(page).toHaveURL(/\/admin\/deliveries\?status=failed$/);
      const row = page.locator(`#delivery-${id}`);
      await expect(row).toContainText(title);
      await expect(row).toContainText('HTTP 500: the receiver was down');
      await expect(row).toContainText(t('statuses.failed'));
      await row.getByRole('button', { name: t('retryLabel', { target: t('targets.indexnow'), title }) }).click();
      await expect(page.getByRole('status')).toHaveText(t('done.retried'));
      await expect(page).toHaveURL(/\/admin\/deliveries\?status=failed&done=retried$/);
      // The server's worker sends it: once, with its delivery id.
      await expect.poll(() => deliveryRow(id), { timeout: 15_000 }).toEqual({ status: 'sent', attempts: 1 });
      expect(fake.received).toHaveLength(1);
      expect(fake.received[0]!.headers['x-qamshy-delivery']).toMatch(/^[0-9a-f-]{36}$/);
      await page.goto('/admin/deliveries?status=sent');
      await expect(page.locator(`#delivery-${id}`)).toContainText(t('statuses.sent'));
      await expect(page.locator(`#delivery-${id}`).getByRole('button')).toHaveCount(0);
      const adminContext = await browser.newContext({ javaScriptEnabled: false });
      const admin = await adminContext.newPage();
      await signIn(admin, 'admin', '/admin/audit');
      await expect(
        admin
          .getByRole('row')
          .filter({ hasText: 'delivery.retry' })
          .filter({ hasText: `delivery #${id}` }),
      ).toHaveCount(1);
      await adminContext.close();
    } finally {
      await fake.close();
    }
  });

  test('an author may not open the deliveries page nor sees it in the menu', async ({ page }) => {
    await signIn(page, 'author');
    await expect(page.getByRole('link', { name: uiText('kk', 'AdminLayout')('deliveries') })).toHaveCount(0);
    const answer = await page.goto('/admin/deliveries');
    expect(answer?.status()).toBe(403);
  });
});

for (const width of [375, 1280]) {
  test(`the deliveries page reads well at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    failedDelivery('http://127.0.0.1:1/never', `Скриншот үшін жеткізу ${width}`);
    await signIn(page, 'editor');
    await page.goto('/admin/deliveries');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('title'));
    await shootPage(page, 'admin-deliveries', width);
  });
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

test('publishing with the three services down: the portal restarts, the fakes come up, and exactly one post, one submission and one signed webhook arrive', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-deliveries-'));
  const [port, telegramPort, indexNowPort, webhookPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const origin = `http://127.0.0.1:${port}`;
  const secret = 'e2e-webhook-secret-0123';
  const key = 'e2e-indexnow-key-42';
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
    TELEGRAM_BOT_TOKEN: '4242:e2e-token',
    TELEGRAM_CHAT_KK: '@qamshy_kk_test',
    TELEGRAM_API_URL: `http://127.0.0.1:${telegramPort}`,
    INDEXNOW_KEY: key,
    INDEXNOW_ENDPOINT: `http://127.0.0.1:${indexNowPort}/indexnow`,
    WEBHOOK_URLS: `http://127.0.0.1:${webhookPort}/hook`,
    WEBHOOK_SECRET: secret,
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
  const outbox = () => {
    const db = new Database(env.DATABASE_URL!, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('select target, status, attempts, delivery_id as deliveryId from outbox order by id').all() as {
        target: string;
        status: string;
        attempts: number;
        deliveryId: string;
      }[];
    } finally {
      db.close();
    }
  };
  const fakes: { close(): Promise<void> }[] = [];
  try {
    let server = await start();
    // The IndexNow key file is served at the site root.
    const keyFile = await fetch(`${origin}/${key}.txt`);
    expect(keyFile.status).toBe(200);
    expect(await keyFile.text()).toBe(key);

    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await signIn(page, 'editor');
    const title = `Қайта іске қосу <тексеру> ${Date.now()}`;
    const id = await new ArticleEditor(page).write({ title, lead: 'Қызметтер уақытша қолжетімсіз.', body: 'Мәтін.', category: 'KK · Қоғам' });
    await context.close();
    // Each target tried once while down, then waiting for its next attempt.
    await expect
      .poll(() => outbox().map((r) => [r.target, r.status, r.attempts]), { timeout: 15_000 })
      .toEqual([
        ['telegram', 'pending', 1],
        ['indexnow', 'pending', 1],
        ['webhook', 'pending', 1],
      ]);
    expect(await stop(server)).toBe(0);

    const telegram = await startFake(() => ({ status: 200, body: '{"ok":true,"result":{"message_id":1}}' }), telegramPort);
    const indexNow = await startFake(() => ({ status: 202, body: '' }), indexNowPort);
    // The webhook receiver still fails once after the restart.
    const webhook = await startFake((_, i) => (i === 0 ? { status: 502, body: 'bad gateway' } : { status: 204, body: '' }), webhookPort);
    fakes.push(telegram, indexNow, webhook);
    server = await start();
    await expect.poll(() => outbox().map((r) => r.status), { timeout: 90_000, intervals: [1000] }).toEqual(['sent', 'sent', 'sent']);
    // A few more polls of the worker send nothing more.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rows = outbox();
    const byId = (received: Received[]) => received.map((r) => r.headers['x-qamshy-delivery']);
    expect(telegram.received.map((r) => r.path)).toEqual(['/bot4242:e2e-token/sendMessage']);
    expect(JSON.parse(telegram.received[0]!.body)).toMatchObject({ chat_id: '@qamshy_kk_test', parse_mode: 'HTML' });
    expect(JSON.parse(telegram.received[0]!.body).text).toContain('Қайта іске қосу &lt;тексеру&gt;');
    expect(indexNow.received).toHaveLength(1);
    const submission = JSON.parse(indexNow.received[0]!.body) as { key: string; keyLocation: string; urlList: string[] };
    expect(submission.key).toBe(key);
    expect(submission.keyLocation).toBe(`${origin}/${key}.txt`);
    expect(submission.urlList).toEqual([
      expect.stringMatching(new RegExp(`^${origin}/kk/article/${id}-`)),
      expect.stringMatching(new RegExp(`^${origin}/kk-latn/article/${id}-`)),
      expect.stringMatching(new RegExp(`^${origin}/kk-arab/article/${id}-`)),
    ]);
    expect(webhook.received).toHaveLength(2);
    for (const request of webhook.received) {
      expect(request.headers['x-qamshy-signature']).toBe(`sha256=${crypto.createHmac('sha256', secret).update(request.body).digest('hex')}`);
      expect(JSON.parse(request.body)).toMatchObject({ event: 'article.published', id, locale: 'kk', title });
    }
    expect(byId(telegram.received)).toEqual([rows[0]!.deliveryId]);
    expect(byId(indexNow.received)).toEqual([rows[1]!.deliveryId]);
    expect(byId(webhook.received)).toEqual([rows[2]!.deliveryId, rows[2]!.deliveryId]);
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 3]);
    expect(await stop(server)).toBe(0);
  } finally {
    for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
    await Promise.all(fakes.map((f) => f.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
