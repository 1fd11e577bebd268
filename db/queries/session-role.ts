// No 'server-only' import: proxy.ts (bundled outside the react-server condition) asks this.
import { and, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { SESSION_MAX_AGE_MS } from '@/lib/auth/cookie';

/** A session row still valid at `now`: within its sliding expiry and its absolute lifetime. */
export const liveSession = (now: Date) => and(gt(sessions.expiresAt, now), gt(sessions.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_MS)));

/** The active account behind a live session hash, as far as permissions are concerned. */
export function actorOfSession(idHash: string, now = new Date()): Actor | null {
  return (
    db
      .select({ id: users.id, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.idHash, idHash), liveSession(now), eq(users.active, true)))
      .get() ?? null
  );
}
