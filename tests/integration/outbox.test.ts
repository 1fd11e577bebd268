import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Webhooks and IndexNow configured, Telegram not: set before lib/env.ts reads the environment.
vi.hoisted(() => {
  process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/hook';
  process.env.WEBHOOK_SECRET = 'outbox-test-secret-16';
  process.env.INDEXNOW_KEY = 'outbox-test-key';
  delete process.env.TELEGRAM_BOT_TOKEN;
});
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock('@/db/queries/audit', async (original) => {
  const real = await original<typeof import('@/db/queries/audit')>();
  return {
    ...real,
    recordAudit: (...args: Parameters<typeof real.recordAudit>) => {
      if (audit.fail) throw new Error('disk full');
      return real.recordAudit(...args);
    },
  };
});

import { db } from '@/db/client';
import { saveArticle, type SaveInput } from '@/db/queries/admin-articles';
import { queueArticleDeliveries } from '@/db/queries/outbox';
import { articles, categories, outbox, users } from '@/db/schema';
import { distributionConfig } from '@/lib/distribution/config';
import { loadEnv } from '@/lib/env';
import { articleInput } from '../helpers/article-input';

const editor = db
  .insert(users)
  .values({ email: 'outbox-editor@qamshy.test', name: 'Outbox Editor', slug: `outbox-editor-${Date.now()}`, role: 'editor' })
  .returning({ id: users.id, role: users.role })
  .get();
const category = db
  .select()
  .from(categories)
  .where(and(eq(categories.locale, 'kk'), eq(categories.slug, 'sport')))
  .get()!;
const input = (overrides: Partial<SaveInput> = {}) => articleInput(category.id, overrides);
const rowsOf = (articleId: number) => db.select().from(outbox).where(eq(outbox.articleId, articleId)).orderBy(outbox.id).all();
const version = (id: number) => db.select({ v: articles.version }).from(articles).where(eq(articles.id, id)).get()!.v;

afterEach(() => {
  audit.fail = false;
});

describe('queued with the publish', () => {
  it('a publish queues IndexNow (with the Latin and töte mirrors) and the webhook, and nothing for Telegram without a token', () => {
    const saved = saveArticle(editor, null, input({ intent: 'publish', title: 'Жарияланды' }));
    if (!saved.ok) throw new Error(saved.reason);
    const rows = rowsOf(saved.id);
    expect(rows.map((r) => [r.target, r.event, r.status])).toEqual([
      ['indexnow', 'article.published', 'pending'],
      ['webhook', 'article.published', 'pending'],
    ]);
    expect(JSON.parse(rows[0]!.body)).toMatchObject({
      key: 'outbox-test-key',
      urlList: [
        `http://qamshy.test/kk/article/${saved.id}-${saved.slug}`,
        `http://qamshy.test/kk-latn/article/${saved.id}-${saved.slug}`,
        `http://qamshy.test/kk-arab/article/${saved.id}-${saved.slug}`,
      ],
    });
    expect(JSON.parse(rows[1]!.body)).toMatchObject({ event: 'article.published', id: saved.id, locale: 'kk', title: 'Жарияланды' });
    expect(rows[0]!.deliveryId).not.toBe(rows[1]!.deliveryId);
    expect(Math.abs(rows[0]!.nextAttemptAt.getTime() - Date.now())).toBeLessThan(5000);
  });

  it('a publish that fails after queueing leaves neither the article nor a delivery', () => {
    const before = db.select().from(outbox).all().length;
    const articleCount = db.select().from(articles).all().length;
    audit.fail = true;
    expect(() => saveArticle(editor, null, input({ intent: 'publish', title: 'Сәтсіз' }))).toThrow('disk full');
    expect(db.select().from(outbox).all().length).toBe(before);
    expect(db.select().from(articles).all().length).toBe(articleCount);
  });

  it('a draft queues nothing; an edit of a live story is announced as an update', () => {
    const draft = saveArticle(editor, null, input({ title: 'Жоба' }));
    if (!draft.ok) throw new Error(draft.reason);
    expect(rowsOf(draft.id)).toEqual([]);
    saveArticle(editor, draft.id, input({ intent: 'publish', version: version(draft.id) }));
    saveArticle(editor, draft.id, input({ intent: 'save', title: 'Түзетілді', version: version(draft.id) }));
    expect(rowsOf(draft.id).map((r) => [r.target, r.event, r.status])).toEqual([
      ['indexnow', 'article.published', 'pending'],
      ['webhook', 'article.published', 'pending'],
      ['indexnow', 'article.updated', 'pending'],
      ['webhook', 'article.updated', 'pending'],
    ]);
  });

  it('a scheduled story waits for its time; rescheduling or unpublishing cancels what has not gone out', () => {
    const at = new Date(Date.now() + 3_600_000);
    const saved = saveArticle(editor, null, input({ intent: 'schedule', scheduledAt: at }));
    if (!saved.ok) throw new Error(saved.reason);
    expect(rowsOf(saved.id).map((r) => [r.status, r.nextAttemptAt.getTime()])).toEqual([
      ['pending', at.getTime()],
      ['pending', at.getTime()],
    ]);
    const later = new Date(at.getTime() + 86_400_000);
    saveArticle(editor, saved.id, input({ intent: 'schedule', scheduledAt: later, version: version(saved.id) }));
    expect(rowsOf(saved.id).map((r) => [r.status, r.nextAttemptAt.getTime()])).toEqual([
      ['cancelled', at.getTime()],
      ['cancelled', at.getTime()],
      ['pending', later.getTime()],
      ['pending', later.getTime()],
    ]);
    saveArticle(editor, saved.id, input({ intent: 'unpublish', version: version(saved.id) }));
    expect(rowsOf(saved.id).map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
  });
});

describe('Telegram', () => {
  const config = distributionConfig(loadEnv({ SITE_URL: 'http://qamshy.test', TELEGRAM_BOT_TOKEN: '1:abc', TELEGRAM_CHAT_KK: '@kk_channel' }));
  const story = (id: number, status: 'published' | 'draft' | 'scheduled', publishedAt: Date | null) => ({
    id,
    locale: 'kk' as const,
    slug: 's',
    title: 'T',
    lead: 'L',
    thumbnail: null,
    status,
    publishedAt,
  });

  it('posts on the first publish only: not on an edit, not again after a take-down and a new publish', () => {
    const article = saveArticle(editor, null, input({ title: 'Телеграм' }));
    if (!article.ok) throw new Error(article.reason);
    const id = article.id;
    const t0 = new Date(Date.now() - 1000);
    expect(queueArticleDeliveries(db, { status: 'draft', publishedAt: null }, story(id, 'published', t0), config)).toBe(1);
    expect(queueArticleDeliveries(db, { status: 'published', publishedAt: t0 }, story(id, 'published', t0), config)).toBe(0);
    db.update(outbox).set({ status: 'sent' }).where(eq(outbox.articleId, id)).run();
    queueArticleDeliveries(db, { status: 'published', publishedAt: t0 }, story(id, 'draft', null), config);
    expect(queueArticleDeliveries(db, { status: 'draft', publishedAt: null }, story(id, 'published', new Date()), config)).toBe(0);
    expect(rowsOf(id).map((r) => [r.target, r.destination, r.status])).toEqual([['telegram', '@kk_channel', 'sent']]);
  });

  it('a Russian story with no Russian channel configured is not posted', () => {
    expect(queueArticleDeliveries(db, null, { ...story(999_999, 'published', new Date()), locale: 'ru' }, config)).toBe(0);
  });
});
