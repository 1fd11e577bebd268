import 'server-only';
import { and, count, eq, gt, inArray, lt, max, min, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginFailures } from '@/db/schema';

/** Failures of one key since a moment: how many, and the oldest and newest of them. */
export type FailureStats = { count: number; first: Date | null; last: Date | null };

export type ReserveRequest = { keys: string[]; since: Record<string, Date>; now: Date };
/** Either the ids of the rows written for this attempt, or how long the caller must wait. */
export type Reservation = { ok: true; ids: number[] } | { ok: false; waitMs: number };

function stats(q: Pick<typeof db, 'select'>, key: string, since: Date): FailureStats {
  const row = q
    .select({ count: count(), first: min(loginFailures.at), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
    .get();
  return { count: row?.count ?? 0, first: row?.first ?? null, last: row?.last ?? null };
}

/**
 * Reads the failures of every key and, when `waitMs` allows it, writes this attempt as a failure
 * of each key, all in one synchronous IMMEDIATE transaction: no other attempt, in this process or
 * another, can read the counts between the check and the write.
 */
export function reserveAttempt(request: ReserveRequest, waitMs: (seen: Record<string, FailureStats>) => number): Reservation {
  return db.transaction(
    (tx) => {
      const seen = Object.fromEntries(request.keys.map((key) => [key, stats(tx, key, request.since[key]!)]));
      const wait = waitMs(seen);
      if (wait > 0) return { ok: false as const, waitMs: wait };
      const ids = request.keys.map((key) => tx.insert(loginFailures).values({ key, at: request.now }).returning({ id: loginFailures.id }).get().id);
      return { ok: true as const, ids };
    },
    { behavior: 'immediate' },
  );
}

/** A right password: forget every failure of `clearKeys` and this attempt's own rows. */
export function releaseAttempt(ids: number[], clearKeys: string[]): void {
  const conditions = [ids.length ? inArray(loginFailures.id, ids) : undefined, clearKeys.length ? inArray(loginFailures.key, clearKeys) : undefined].filter(Boolean);
  if (conditions.length) db.delete(loginFailures).where(or(...conditions)).run();
}

/** Deletes at most `limit` rows older than `before`; returns how many went. */
export function purgeFailuresBefore(before: Date, limit = 500): number {
  const batch = db.select({ id: loginFailures.id }).from(loginFailures).where(lt(loginFailures.at, before)).limit(limit);
  return db.delete(loginFailures).where(inArray(loginFailures.id, batch)).run().changes;
}
