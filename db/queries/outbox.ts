import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { outbox } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { distributionConfig, type DistributionConfig } from '@/lib/distribution/config';
import { kickDeliveries } from '@/lib/distribution/kick';
import { indexNowBody, storyUrls, telegramBody, webhookBody, type KeyEventSnapshot, type StorySnapshot } from '@/lib/distribution/payloads';
import type { ArticleStatus, DeliveryEvent, DeliveryTarget } from '@/lib/domain';
import { env } from '@/lib/env';

// No 'server-only': the delivery worker in server/ claims and settles rows through this module,
// and the publish (db/queries/admin-articles.ts) queues them here inside its own transaction.
export type Writer = Db | Tx;

let configured: DistributionConfig | null = null;
const defaultConfig = () => (configured ??= distributionConfig(env));

type Row = { event: DeliveryEvent; target: DeliveryTarget; destination: string; body: object };

function insertRows(tx: Writer, story: Pick<StorySnapshot, 'id' | 'locale' | 'title'>, rows: Row[], notBefore: Date): number {
  const now = new Date();
  for (const row of rows) {
    tx.insert(outbox)
      .values({
        deliveryId: crypto.randomUUID(),
        event: row.event,
        target: row.target,
        destination: row.destination,
        articleId: story.id,
        locale: story.locale,
        title: story.title.slice(0, 300),
        body: JSON.stringify(row.body),
        nextAttemptAt: notBefore,
        updatedAt: now,
      })
      .run();
  }
  if (rows.length) kickDeliveries();
  return rows.length;
}

/** Rows for IndexNow and every webhook: sent on a first publish and on every update alike. */
function announceRows(config: DistributionConfig, event: DeliveryEvent, story: StorySnapshot, keyEvent?: KeyEventSnapshot): Row[] {
  const rows: Row[] = [];
  if (config.indexNow)
    rows.push({
      event,
      target: 'indexnow',
      destination: config.indexNow.endpoint,
      body: indexNowBody(config.siteUrl, config.indexNow.key, storyUrls(config.siteUrl, story)),
    });
  for (const url of config.webhooks.urls) rows.push({ event, target: 'webhook', destination: url, body: webhookBody(config.siteUrl, event, story, keyEvent) });
  return rows;
}

function telegramRow(config: DistributionConfig, event: DeliveryEvent, story: StorySnapshot, keyEvent?: KeyEventSnapshot): Row[] {
  const chat = config.telegram?.chats[story.locale];
  return chat ? [{ event, target: 'telegram', destination: chat, body: telegramBody(config.siteUrl, chat, story, keyEvent) }] : [];
}

/** Deliveries of this article not yet attempted or waiting for a retry are dropped. */
function cancelPendingDeliveries(tx: Writer, articleId: number): number {
  return tx
    .update(outbox)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(outbox.articleId, articleId), eq(outbox.status, 'pending')))
    .run().changes;
}

function telegramPostedOrQueued(tx: Writer, articleId: number): boolean {
  return !!tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.articleId, articleId), eq(outbox.target, 'telegram'), ne(outbox.status, 'cancelled')))
    .limit(1)
    .get();
}

export type ArticleState = { status: ArticleStatus; publishedAt: Date | null };
const liveAt = (state: ArticleState | null, now: Date) =>
  !!state && (state.status === 'published' || state.status === 'scheduled') && !!state.publishedAt && state.publishedAt <= now;
const dueLater = (state: ArticleState, now: Date) => state.status === 'scheduled' && !!state.publishedAt && state.publishedAt > now;

/**
 * Called inside the transaction that saves an article, so a save that rolls back queues nothing.
 * A story going live (now, or at its scheduled time as not-before) is announced as published and
 * posted to Telegram once per article; a live story saved again is announced as updated (not
 * reposted); taking it down or moving its time drops what has not gone out yet.
 */
export function queueArticleDeliveries(
  tx: Writer,
  before: ArticleState | null,
  after: ArticleState & Omit<StorySnapshot, 'publishedAt'>,
  config: DistributionConfig = defaultConfig(),
  now = new Date(),
): number {
  const wasLive = liveAt(before, now);
  const isLive = liveAt(after, now);
  if (wasLive && isLive) {
    return insertRows(tx, after, announceRows(config, 'article.updated', { ...after, publishedAt: after.publishedAt! }), now);
  }
  const wasWaiting = !!before && dueLater(before, now);
  if (wasLive || wasWaiting || (!isLive && !dueLater(after, now))) cancelPendingDeliveries(tx, after.id);
  if (!isLive && !dueLater(after, now)) return 0;
  const story = { ...after, publishedAt: after.publishedAt! };
  const rows = [
    ...(telegramPostedOrQueued(tx, after.id) ? [] : telegramRow(config, 'article.published', story)),
    ...announceRows(config, 'article.published', story),
  ];
  return insertRows(tx, story, rows, isLive ? now : story.publishedAt);
}

/** For the live blog: a key event is posted to Telegram and announced like an update. */
export function queueKeyEventDeliveries(tx: Writer, story: StorySnapshot, keyEvent: KeyEventSnapshot, config: DistributionConfig = defaultConfig()): number {
  const rows = [...telegramRow(config, 'liveblog.key_event', story, keyEvent), ...announceRows(config, 'liveblog.key_event', story, keyEvent)];
  return insertRows(tx, story, rows, new Date());
}

export type ClaimedDelivery = typeof outbox.$inferSelect;

/**
 * Takes up to `limit` due rows for one worker in one immediate transaction: a row is "sending"
 * under this worker's token before any other worker can read it as due. A row left "sending" by a
 * process that died is taken again once its lease has run out (the at-least-once edge).
 */
export function claimDueDeliveries(database: Db, limit: number, leaseMs: number, now = new Date()): ClaimedDelivery[] {
  const token = crypto.randomUUID();
  return database.transaction(
    (tx) => {
      const due = tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          or(
            and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)),
            and(eq(outbox.status, 'sending'), or(isNull(outbox.claimedAt), lt(outbox.claimedAt, new Date(now.getTime() - leaseMs)))),
          ),
        )
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit)
        .all()
        .map((row) => row.id);
      if (!due.length) return [];
      return tx.update(outbox).set({ status: 'sending', claimToken: token, claimedAt: now, updatedAt: now }).where(inArray(outbox.id, due)).returning().all();
    },
    { behavior: 'immediate' },
  );
}

/** Settles a claimed row; a no-op when the claim was lost (its lease ran out and another took it). */
export function settleDelivery(
  database: Db,
  row: Pick<ClaimedDelivery, 'id' | 'claimToken' | 'attempts'>,
  outcome: { ok: boolean; status: number | null; error: string | null },
  retryAt: Date | null,
  now = new Date(),
): boolean {
  const attempts = row.attempts + 1;
  const common = { attempts, lastStatusCode: outcome.status, claimToken: null, claimedAt: null, updatedAt: now };
  const set = outcome.ok
    ? { ...common, status: 'sent' as const, sentAt: now, lastError: null }
    : retryAt
      ? { ...common, status: 'pending' as const, nextAttemptAt: retryAt, lastError: outcome.error }
      : { ...common, status: 'failed' as const, lastError: outcome.error };
  const where = and(eq(outbox.id, row.id), eq(outbox.status, 'sending'), row.claimToken ? eq(outbox.claimToken, row.claimToken) : sql`0`);
  return database.update(outbox).set(set).where(where).run().changes === 1;
}
