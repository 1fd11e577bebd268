import 'server-only';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, users } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import type { Role } from '@/lib/domain';
import { slugify } from '@/lib/slug';
import { recordAudit } from './audit';
import { deleteUserSessions } from './sessions';

export function listUsers(actor: Actor) {
  if (!can(actor, 'user.manage')) return null;
  const written = db
    .select({ authorId: articles.authorId, n: count().as('n') })
    .from(articles)
    .groupBy(articles.authorId)
    .as('written');
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, articles: sql<number>`coalesce(${written.n}, 0)` })
    .from(users)
    .leftJoin(written, eq(written.authorId, users.id))
    .orderBy(asc(users.name))
    .all();
}

export type UserChange = { ok: true; id: number } | { ok: false; reason: 'forbidden' | 'emailTaken' | 'lastAdmin' | 'notFound' };

export function createUser(actor: Actor, input: { email: string; name: string; role: Role; passwordHash: string }): UserChange {
  if (!can(actor, 'user.manage')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): UserChange => {
    if (
      tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()))
        .get()
    )
      return { ok: false, reason: 'emailTaken' };
    let slug = slugify(input.name);
    for (let n = 2; tx.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get(); n++) slug = `${slugify(input.name)}-${n}`;
    const id = tx
      .insert(users)
      .values({ email: input.email.toLowerCase(), name: input.name, slug, role: input.role, passwordHash: input.passwordHash, active: true })
      .returning({ id: users.id })
      .get().id;
    recordAudit(actor.id, 'user.create', 'user', id, `${input.email} ${input.role}`);
    return { ok: true, id };
  });
}

/** Role and active flag; never leaves the newsroom without an active admin. */
export function updateUser(actor: Actor, id: number, change: { role: Role; active: boolean }): UserChange {
  if (!can(actor, 'user.manage')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): UserChange => {
    const target = tx.select({ id: users.id, role: users.role, active: users.active }).from(users).where(eq(users.id, id)).get();
    if (!target) return { ok: false, reason: 'notFound' };
    const losesAdmin = target.role === 'admin' && target.active && (change.role !== 'admin' || !change.active);
    if (losesAdmin) {
      const others = tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)))
        .get()!.n;
      if (others === 0) return { ok: false, reason: 'lastAdmin' };
    }
    tx.update(users).set(change).where(eq(users.id, id)).run();
    // A deactivated or demoted account must not keep acting on an old session.
    if (!change.active || change.role !== target.role) deleteUserSessions(id);
    recordAudit(actor.id, 'user.update', 'user', id, `${change.role} ${change.active ? 'active' : 'inactive'}`);
    return { ok: true, id };
  });
}

/** A new password ends every session of that user (the caller starts a fresh one for itself). */
export function setPassword(actor: Actor, id: number, passwordHash: string): UserChange {
  if (actor.id !== id && !can(actor, 'user.manage')) return { ok: false, reason: 'forbidden' };
  const result = db.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
  if (result.changes !== 1) return { ok: false, reason: 'notFound' };
  deleteUserSessions(id);
  recordAudit(actor.id, 'user.password', 'user', id);
  return { ok: true, id };
}

export function passwordHashOf(id: number): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.hash ?? null;
}
