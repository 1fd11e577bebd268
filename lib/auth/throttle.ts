import 'server-only';
import { clearFailures, countFailuresSince, recordFailures } from '@/db/queries/login-failures';

export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

export const throttleKeys = (email: string, ip: string) => [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];

/** Five failures per account or per IP in 15 minutes lock further attempts for that key. */
export function isThrottled(keys: string[], now = new Date()): boolean {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return keys.some((key) => countFailuresSince(key, since) >= THROTTLE_LIMIT);
}

export const noteFailure = (keys: string[]) => recordFailures(keys);
// Success clears the account's count only; an IP that guessed many accounts stays counted.
export const noteSuccess = (keys: string[]) => clearFailures(keys.filter((key) => key.startsWith('email:')));
