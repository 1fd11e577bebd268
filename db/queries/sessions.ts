import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';

export type SessionUser = { id: number; name: string; email: string; role: Role; expiresAt: Date };

export function insertSession(idHash: string, userId: number, expiresAt: Date): void {
  db.insert(sessions).values({ idHash, userId, expiresAt }).run();
}

/** The active user behind a live session, or null (unknown, expired or deactivated). */
export function findSessionUser(idHash: string, now = new Date()): SessionUser | null {
  const row = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.active, true)))
    .get();
  return row && row.email ? { ...row, email: row.email } : null;
}

export function extendSession(idHash: string, expiresAt: Date): void {
  db.update(sessions).set({ expiresAt }).where(eq(sessions.idHash, idHash)).run();
}

export function deleteSession(idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

export function deleteUserSessions(userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function purgeExpiredSessions(now = new Date()): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
}
