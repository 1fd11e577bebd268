import 'server-only';
import { and, count, eq, gt, inArray, lt, max, min, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginFailures } from '@/db/schema';
import { FAILURE_MEMORY_MS, failureWindows, throttleKeys, throttleWaitMs, type FailureStats, type ThrottleKeys } from '@/lib/auth/throttle';

type ReserveRequest = { keys: string[]; since: Record<string, Date>; now: Date };
/** Either the ids of the rows written for this attempt, or how long the caller must wait. */
type Reservation = { ok: true; ids: number[] } | { ok: false; waitMs: number };

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
function reserveAttempt(request: ReserveRequest, waitMs: (seen: Record<string, FailureStats>) => number): Reservation {
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
function releaseAttempt(ids: number[], clearKeys: string[]): void {
  const conditions = [ids.length ? inArray(loginFailures.id, ids) : undefined, clearKeys.length ? inArray(loginFailures.key, clearKeys) : undefined].filter(
    Boolean,
  );
  if (conditions.length)
    db.delete(loginFailures)
      .where(or(...conditions))
      .run();
}

/** Deletes at most `limit` rows older than `before`; returns how many went. */
function purgeFailuresBefore(before: Date, limit = 500): number {
  const batch = db.select({ id: loginFailures.id }).from(loginFailures).where(lt(loginFailures.at, before)).limit(limit);
  return db.delete(loginFailures).where(inArray(loginFailures.id, batch)).run().changes;
}

export type Attempt = { ok: true; ids: number[]; keys: ThrottleKeys } | { ok: false; waitMs: number };

/**
 * Checks and records the attempt as a failure before the password is verified, atomically, so
 * parallel guesses cannot all pass one check. Refused attempts are not recorded: waiting out the
 * delay is enough to be let in again.
 */
export function reserveSignIn(email: string, ip: string, now = new Date()): Attempt {
  const keys = throttleKeys(email, ip);
  const result = reserveAttempt({ keys: [keys.pair, keys.ip], since: failureWindows(keys, now), now }, (seen) => throttleWaitMs(keys, now, seen));
  return result.ok ? { ...result, keys } : result;
}

/** The password was right: the pair starts afresh; the IP keeps its other failures. */
export function signInSucceeded(attempt: Extract<Attempt, { ok: true }>): void {
  releaseAttempt(attempt.ids, [attempt.keys.pair]);
}

export function purgeOldFailures(now = new Date(), limit = 500): number {
  return purgeFailuresBefore(new Date(now.getTime() - FAILURE_MEMORY_MS), limit);
}
