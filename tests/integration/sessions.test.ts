import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { actorOfSession } from '@/db/queries/session-role';
import { authenticate } from '@/db/queries/sign-in';
import { extendSession, findSessionUser, insertSession, purgeExpiredSessions } from '@/db/queries/sessions';
import { sessions, users } from '@/db/schema';
import { SESSION_MAX_AGE_MS } from '@/lib/auth/cookie';

const DAY = 24 * 3600_000;
const user = db
  .insert(users)
  .values({ email: `sessions-${Date.now()}@qamshy.test`, name: 'Session Tester', slug: `sessions-${Date.now()}`, role: 'editor' })
  .returning({ id: users.id })
  .get();
const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

describe('absolute session lifetime', () => {
  it('refuses a session older than the limit even though it was used recently', () => {
    expect(SESSION_MAX_AGE_MS).toBe(30 * DAY);
    insertSession('abs-old', user.id, ahead(6 * DAY), ago(31 * DAY));
    insertSession('abs-young', user.id, ahead(6 * DAY), ago(29 * DAY));
    expect(findSessionUser('abs-old')).toBeNull();
    expect(actorOfSession('abs-old')).toBeNull();
    expect(findSessionUser('abs-young')?.id).toBe(user.id);
    expect(actorOfSession('abs-young')?.id).toBe(user.id);
    // Two days later the young one has reached the limit too, its sliding expiry notwithstanding.
    expect(findSessionUser('abs-young', ahead(2 * DAY))).toBeNull();
  });

  it('never slides the expiry past the limit', () => {
    const created = ago(29 * DAY);
    insertSession('abs-slide', user.id, ahead(DAY / 2), created);
    extendSession('abs-slide', ahead(7 * DAY));
    const row = db.select().from(sessions).where(eq(sessions.idHash, 'abs-slide')).get()!;
    expect(row.expiresAt.getTime()).toBe(created.getTime() + SESSION_MAX_AGE_MS);
    insertSession('abs-slide-new', user.id, ahead(DAY), ago(DAY));
    extendSession('abs-slide-new', ahead(7 * DAY));
    expect(db.select().from(sessions).where(eq(sessions.idHash, 'abs-slide-new')).get()!.expiresAt.getTime()).toBeGreaterThan(ahead(6 * DAY).getTime());
  });
});

describe('purging sessions', () => {
  it('removes expired and too old sessions, in bounded batches, and keeps live ones', () => {
    purgeExpiredSessions(); // what earlier tests left, so the bounded batch below can only hit ours
    insertSession('purge-expired', user.id, ago(1000), ago(DAY));
    insertSession('purge-too-old', user.id, ahead(DAY), ago(31 * DAY));
    insertSession('purge-live', user.id, ahead(DAY), ago(DAY));
    const mine = () =>
      db
        .select({ idHash: sessions.idHash })
        .from(sessions)
        .where(inArray(sessions.idHash, ['purge-expired', 'purge-too-old', 'purge-live']))
        .all()
        .map((row) => row.idHash)
        .sort();
    expect(purgeExpiredSessions(new Date(), 1)).toBe(1);
    expect(mine()).toHaveLength(2);
    purgeExpiredSessions();
    expect(mine()).toEqual(['purge-live']);
  });

  it('happens on every sign-in attempt, right or wrong: nothing else runs on a schedule', async () => {
    insertSession('purge-on-sign-in', user.id, ago(1000), ago(DAY));
    insertSession('kept-on-sign-in', user.id, ahead(DAY), ago(DAY));
    await authenticate('nobody@qamshy.test', 'wrong-password', '127.0.0.77');
    const left = db
      .select({ idHash: sessions.idHash })
      .from(sessions)
      .where(inArray(sessions.idHash, ['purge-on-sign-in', 'kept-on-sign-in']))
      .all();
    expect(left.map((row) => row.idHash)).toEqual(['kept-on-sign-in']);
  });
});
