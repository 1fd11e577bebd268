import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { outbox } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { kickDeliveries } from '@/lib/distribution/kick';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@/lib/domain';
import { recordAudit } from './audit';

const DELIVERIES_PAGE_SIZE = 30;

export function deliveryCounts(): Record<DeliveryStatus, number> {
  const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
  for (const row of db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status).all()) counts[row.status] = row.n;
  return counts;
}

/** Newest first, optionally one status; the page is clamped to the last one. */
export function listDeliveries(filters: { status: DeliveryStatus | null; page: number }) {
  const where = filters.status ? eq(outbox.status, filters.status) : undefined;
  const total = db.select({ n: count() }).from(outbox).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / DELIVERIES_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const items = db
    .select({
      id: outbox.id,
      deliveryId: outbox.deliveryId,
      event: outbox.event,
      target: outbox.target,
      destination: outbox.destination,
      articleId: outbox.articleId,
      locale: outbox.locale,
      title: outbox.title,
      status: outbox.status,
      attempts: outbox.attempts,
      nextAttemptAt: outbox.nextAttemptAt,
      lastStatusCode: outbox.lastStatusCode,
      lastError: outbox.lastError,
      sentAt: outbox.sentAt,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.id))
    .limit(DELIVERIES_PAGE_SIZE)
    .offset((page - 1) * DELIVERIES_PAGE_SIZE)
    .all();
  return { items, total, page, pages };
}

export type RetryResult = 'retried' | 'notFailed' | 'forbidden';

/**
 * A failed delivery starts over: attempts back to zero, due now. Only failed ones: a sent
 * delivery is never sent again, and a cancelled one belongs to a story taken down.
 */
export function retryDelivery(actor: Actor, id: number): RetryResult {
  if (!can(actor, 'article.publish')) return 'forbidden';
  const result = db.transaction((tx): RetryResult => {
    const row = tx.select({ target: outbox.target, destination: outbox.destination, articleId: outbox.articleId }).from(outbox).where(eq(outbox.id, id)).get();
    const now = new Date();
    const changed = tx
      .update(outbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
      .where(and(eq(outbox.id, id), inArray(outbox.status, ['failed'])))
      .run().changes;
    if (!row || changed !== 1) return 'notFailed';
    recordAudit(actor.id, 'delivery.retry', 'delivery', id, `${row.target} ${row.destination}${row.articleId ? ` article #${row.articleId}` : ''}`);
    return 'retried';
  });
  if (result === 'retried') kickDeliveries();
  return result;
}
