import { createHash } from 'node:crypto';

// Shared by the proxy (which may not import server-only modules) and app/admin/_auth/session.ts.
export const SESSION_COOKIE = 'qamshy_session';
export const SESSION_TTL_SECONDS = 7 * 24 * 3600;
// However often it is used, a session ends this long after sign-in: a stolen cookie stops working.
export const SESSION_MAX_AGE_MS = 30 * 24 * 3600_000;

/** The table keeps only this hash of the cookie's random id. */
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');
