import 'server-only';
import crypto from 'node:crypto';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { deleteSession, extendSession, findSessionUser, insertSession, type SessionUser } from '@/db/queries/sessions';
import { env } from '@/lib/env';
import { hashSessionId, SESSION_COOKIE, SESSION_MAX_AGE_MS, SESSION_TTL_SECONDS } from '@/lib/auth/cookie';

const SESSION_TTL_MS = SESSION_TTL_SECONDS * 1000;
// Sliding expiry, written at most once an hour so page views don't all write to the database.
const SLIDE_AFTER_MS = 3600_000;

function cookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env.SITE_URL.startsWith('https://'),
    path: '/',
    maxAge: maxAgeSeconds,
  };
}

/** Starts a session for a signed-in user; call from a server action or route handler. */
export async function startSession(userId: number): Promise<void> {
  const id = crypto.randomBytes(32).toString('base64url');
  insertSession(hashSessionId(id), userId, new Date(Date.now() + SESSION_TTL_MS));
  (await cookies()).set(SESSION_COOKIE, id, cookieOptions(SESSION_TTL_MS / 1000));
}

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const id = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!id || id.length > 100) return null;
  const idHash = hashSessionId(id);
  const user = findSessionUser(idHash);
  if (!user) return null;
  const slideTo = Math.min(Date.now() + SESSION_TTL_MS, user.createdAt.getTime() + SESSION_MAX_AGE_MS);
  if (slideTo - user.expiresAt.getTime() > SLIDE_AFTER_MS) extendSession(idHash, new Date(slideTo));
  return user;
});

export async function endSession(): Promise<void> {
  const store = await cookies();
  const id = store.get(SESSION_COOKIE)?.value;
  if (id) deleteSession(hashSessionId(id));
  store.set(SESSION_COOKIE, '', cookieOptions(0));
}
