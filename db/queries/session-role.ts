// No 'server-only' import: proxy.ts (bundled outside the react-server condition) asks this.
import { and, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';

/** The active account behind a live session hash, as far as permissions are concerned. */
export function actorOfSession(idHash: string, now = new Date()): Actor | null {
  return (
    db
      .select({ id: users.id, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.active, true)))
      .get() ?? null
  );
}
