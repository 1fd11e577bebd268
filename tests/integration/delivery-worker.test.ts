import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db, openDatabase } from '@/db/client';
import { retryDelivery } from '@/db/queries/admin-deliveries';
import { queueArticleDeliveries } from '@/db/queries/outbox';
import { auditLog, outbox, users } from '@/db/schema';
import { distributionConfig, type DistributionConfig } from '@/lib/distribution/config';
import { webhookSignature } from '@/lib/distribution/sign';
import { loadEnv } from '@/lib/env';
import { createDeliveryWorker } from '@/server/delivery-worker';
import { freePort } from '../../scripts/free-port';
import { startFake } from '../helpers/fake-service';

const SECRET = 'worker-test-secret-16';
const article = db.select({ id: outbox.id }).from(outbox).get(); // the table starts empty
expect(article).toBeUndefined();
const articleId = (db.$client.prepare("select id from articles where status = 'published' and locale = 'kk' order by id limit 1").get() as { id: number }).id;
const admin = db
  .insert(users)
  .values({ email: 'worker-admin@qamshy.test', name: 'Worker Admin', slug: `worker-admin-${Date.now()}`, role: 'admin' })
  .returning({ id: users.id, role: users.role })
  .get();

const configFor = (vars: Record<string, string>): DistributionConfig =>
  distributionConfig(loadEnv({ SITE_URL: 'http://qamshy.test', WEBHOOK_SECRET: SECRET, ...vars }));
const story = {
  id: articleId,
  locale: 'kk' as const,
  slug: 'x',
  title: 'Жаңалық',
  lead: 'Лид',
  thumbnail: '20260101000000000',
  status: 'published' as const,
  publishedAt: new Date(Date.now() - 1000),
};
/** Queues a first publish to `config`'s targets and returns the new rows' ids. */
function queue(config: DistributionConfig): number[] {
  const before = db.select({ id: outbox.id }).from(outbox).all().length;
  queueArticleDeliveries(db, null, story, config);
  return db
    .select({ id: outbox.id })
    .from(outbox)
    .orderBy(outbox.id)
    .all()
    .slice(before)
    .map((r) => r.id);
}
const rows = (ids: number[]) => db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(outbox.id).all();
const fakes: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

describe('delivery worker', () => {
  it('a receiver failing twice gets three attempts and one success, signed, with one delivery id; the sent row is never sent again', async () => {
    const fake = await startFake((_, i) => (i < 2 ? { status: 503, body: 'busy' } : { status: 200 }));
    fakes.push(fake);
    const config = configFor({ WEBHOOK_URLS: `${fake.url}/hook` });
    const ids = queue(config);
    expect(ids).toHaveLength(1);
    const worker = createDeliveryWorker({ db, config, backoff: () => 0 });
    for (let i = 0; i < 5; i += 1) await worker.runOnce();
    expect(fake.received).toHaveLength(3);
    const [row] = rows(ids);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastStatusCode: 200, lastError: null });
    expect(new Set(fake.received.map((r) => r.headers['x-qamshy-delivery']))).toEqual(new Set([row!.deliveryId]));
    for (const request of fake.received) {
      expect(request.headers['x-qamshy-signature']).toBe(webhookSignature(SECRET, request.body));
      expect(request.body).toBe(row!.body);
    }
    await worker.stop();
  });

  it('records the failure, waits the backoff, and gives up as failed after the last attempt; retry starts it over and it goes out', async () => {
    let up = false;
    const fake = await startFake(() => (up ? { status: 200 } : { status: 500, body: 'x'.repeat(5000) }));
    fakes.push(fake);
    const config = { ...configFor({ WEBHOOK_URLS: `${fake.url}/hook` }), maxAttempts: 3 };
    const ids = queue(config);
    const worker = createDeliveryWorker({ db, config, backoff: () => 60_000 });
    await worker.runOnce();
    const [waiting] = rows(ids);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    expect(waiting!.lastError!.length).toBeLessThanOrEqual(500);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    await worker.runOnce();
    expect(fake.received).toHaveLength(1); // not due yet
    db.update(outbox)
      .set({ nextAttemptAt: new Date(0) })
      .where(inArray(outbox.id, ids))
      .run();
    await worker.runOnce();
    db.update(outbox)
      .set({ nextAttemptAt: new Date(0) })
      .where(inArray(outbox.id, ids))
      .run();
    await worker.runOnce();
    expect(rows(ids)[0]).toMatchObject({ status: 'failed', attempts: 3 });
    await worker.runOnce();
    expect(fake.received).toHaveLength(3);

    up = true;
    expect(retryDelivery({ id: admin.id, role: 'author' }, ids[0]!)).toBe('forbidden');
    expect(retryDelivery(admin, ids[0]!)).toBe('retried');
    expect(retryDelivery(admin, ids[0]!)).toBe('notFailed');
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'delivery.retry')).all()).toMatchObject([
      { entity: 'delivery', entityId: ids[0], userId: admin.id },
    ]);
    await worker.runOnce();
    expect(rows(ids)[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(fake.received).toHaveLength(4);
    expect(retryDelivery(admin, ids[0]!)).toBe('notFailed');
    await worker.stop();
  });

  it('Telegram: sendPhoto to the edition’s chat with the token in the path; no token, no rows', async () => {
    const fake = await startFake(() => ({ status: 200, body: '{"ok":true,"result":{}}' }));
    fakes.push(fake);
    const config = configFor({ TELEGRAM_BOT_TOKEN: '42:secret-token', TELEGRAM_CHAT_KK: '@qamshy_kk', TELEGRAM_API_URL: fake.url });
    const ids = queue(config);
    const worker = createDeliveryWorker({ db, config });
    await worker.runOnce();
    expect(fake.received.map((r) => r.path)).toEqual(['/bot42:secret-token/sendPhoto']);
    expect(JSON.parse(fake.received[0]!.body)).toMatchObject({
      chat_id: '@qamshy_kk',
      parse_mode: 'HTML',
      photo: 'http://qamshy.test/uploads/thumbnail/20260101000000000_large.jpg',
    });
    expect(rows(ids)[0]).toMatchObject({ target: 'telegram', status: 'sent' });
    expect(queue(configFor({ TELEGRAM_CHAT_KK: '@qamshy_kk', TELEGRAM_API_URL: fake.url }))).toEqual([]);
    await worker.stop();
  });

  it('a receiver that does not answer times out as a failure with a readable reason, and the token never shows in it', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    fakes.push({ close: () => new Promise<void>((resolve) => (silent.closeAllConnections(), silent.close(() => resolve()))) });
    const config = configFor({
      TELEGRAM_BOT_TOKEN: '42:secret-token',
      TELEGRAM_CHAT_KK: '@channel',
      TELEGRAM_API_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
    });
    db.update(outbox).set({ status: 'cancelled' }).where(eq(outbox.target, 'telegram')).run();
    const ids = queue(config);
    const worker = createDeliveryWorker({ db, config, timeoutMs: 300 });
    await worker.runOnce();
    const [row] = rows(ids);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null, lastError: 'timed out after 300 ms' });
    const refused = createDeliveryWorker({ db, config: { ...config, telegram: { ...config.telegram!, apiUrl: `http://127.0.0.1:${await freePort()}` } } });
    db.update(outbox)
      .set({ nextAttemptAt: new Date(0) })
      .where(inArray(outbox.id, ids))
      .run();
    await refused.runOnce();
    expect(rows(ids)[0]!.lastError).toMatch(/fetch failed: .*ECONNREFUSED/);
    expect(rows(ids)[0]!.lastError).not.toContain('secret-token');
    db.update(outbox).set({ status: 'cancelled' }).where(inArray(outbox.id, ids)).run();
    await Promise.all([worker.stop(), refused.stop()]);
  });

  it('a row left "sending" by a process that died is sent again once its lease runs out, not before', async () => {
    const fake = await startFake();
    fakes.push(fake);
    const config = configFor({ WEBHOOK_URLS: `${fake.url}/lease` });
    const ids = queue(config);
    db.update(outbox).set({ status: 'sending', claimToken: 'dead', claimedAt: new Date() }).where(inArray(outbox.id, ids)).run();
    const worker = createDeliveryWorker({ db, config, leaseMs: 60_000 });
    await worker.runOnce();
    expect(fake.received).toHaveLength(0);
    db.update(outbox)
      .set({ claimedAt: new Date(Date.now() - 61_000) })
      .where(inArray(outbox.id, ids))
      .run();
    await worker.runOnce();
    expect(fake.received).toHaveLength(1);
    expect(rows(ids)[0]).toMatchObject({ status: 'sent', claimToken: null });
    await worker.stop();
  });

  it('two workers on two connections send each of 40 deliveries exactly once', async () => {
    const fake = await startFake();
    fakes.push(fake);
    const urls = Array.from({ length: 20 }, (_, i) => `${fake.url}/two/${i}`).join(',');
    const config = configFor({ WEBHOOK_URLS: urls });
    const ids = [...queue(config), ...queue(config)];
    expect(ids).toHaveLength(40);
    const other = openDatabase(process.env.DATABASE_URL!);
    const a = createDeliveryWorker({ db, config, batch: 3 });
    const b = createDeliveryWorker({ db: other, config, batch: 3 });
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    await Promise.all([a.stop(), b.stop()]);
    other.$client.close();
    const seen = fake.received.map((r) => r.headers['x-qamshy-delivery']);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    expect(rows(ids).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('claims race across two processes: no row is claimed twice', async () => {
    const config = configFor({ WEBHOOK_URLS: Array.from({ length: 20 }, (_, i) => `http://127.0.0.1:1/race/${i}`).join(',') });
    const ids = Array.from({ length: 10 }, () => queue(config)).flat();
    expect(ids).toHaveLength(200);
    // Each child claims in a loop (two rows at a time) until nothing is due, and prints what it got.
    const script =
      "import { db } from '@/db/client'; import { claimDueDeliveries } from '@/db/queries/outbox'; const got = []; for (;;) { const rows = claimDueDeliveries(db, 2, 600000); if (!rows.length) break; got.push(...rows.map((r) => r.id)); } console.log(JSON.stringify(got));";
    const run = () =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--eval', script], {
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (c) => (out += c));
        child.stderr.on('data', (c) => (err += c));
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as number[]) : reject(new Error(err))));
      });
    const [first, second] = await Promise.all([run(), run()]);
    const all = [...first!, ...second!];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(ids));
    db.update(outbox).set({ status: 'cancelled' }).where(inArray(outbox.id, ids)).run();
  }, 60_000);
});
