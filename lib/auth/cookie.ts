import { createHash } from 'node:crypto';

// Shared by the proxy (which may not import server-only modules) and lib/auth/session.ts.
export const SESSION_COOKIE = 'qamshy_session';
export const SESSION_TTL_SECONDS = 7 * 24 * 3600;

/** The table keeps only this hash of the cookie's random id. */
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');
