import 'server-only';
import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { loginFailures } from '@/db/schema';

export function countFailuresSince(key: string, since: Date): number {
  return db.select({ n: count() }).from(loginFailures).where(and(eq(loginFailures.key, key), gt(loginFailures.at, since))).get()?.n ?? 0;
}

export function recordFailures(keys: string[], at = new Date()): void {
  db.transaction((tx) => {
    for (const key of keys) tx.insert(loginFailures).values({ key, at }).run();
    // Keep the table small: nothing older than a day matters to any window we use.
    tx.delete(loginFailures).where(lt(loginFailures.at, new Date(at.getTime() - 86_400_000))).run();
  });
}

export function clearFailures(keys: string[]): void {
  if (keys.length) db.delete(loginFailures).where(inArray(loginFailures.key, keys)).run();
}
