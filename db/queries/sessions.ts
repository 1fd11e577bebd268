import 'server-only';
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { SESSION_MAX_AGE_MS } from '@/lib/auth/cookie';
import type { Role } from '@/lib/domain';
import { liveSession } from './session-role';

export type SessionUser = { id: number; name: string; email: string; role: Role; createdAt: Date; expiresAt: Date };

export function insertSession(idHash: string, userId: number, expiresAt: Date, createdAt = new Date()): void {
  db.insert(sessions).values({ idHash, userId, expiresAt, createdAt }).run();
}

/** The active user behind a live session, or null (unknown, expired, too old or deactivated). */
export function findSessionUser(idHash: string, now = new Date()): SessionUser | null {
  const row = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), liveSession(now), eq(users.active, true)))
    .get();
  return row && row.email ? { ...row, email: row.email } : null;
}

/** Slides the expiry, never past the absolute lifetime counted from sign-in. */
export function extendSession(idHash: string, expiresAt: Date): void {
  db.update(sessions)
    .set({ expiresAt: sql`min(${expiresAt.getTime()}, ${sessions.createdAt} + ${SESSION_MAX_AGE_MS})` })
    .where(eq(sessions.idHash, idHash))
    .run();
}

export function deleteSession(idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

export function deleteUserSessions(userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Deletes at most `limit` sessions that can no longer be used; returns how many went. */
export function purgeExpiredSessions(now = new Date(), limit = 500): number {
  const dead = or(lt(sessions.expiresAt, now), lt(sessions.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_MS)));
  const batch = db.select({ idHash: sessions.idHash }).from(sessions).where(dead).limit(limit);
  return db.delete(sessions).where(inArray(sessions.idHash, batch)).run().changes;
}
