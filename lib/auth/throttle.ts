import 'server-only';
import { purgeFailuresBefore, releaseAttempt, reserveAttempt, type FailureStats } from '@/db/queries/login-failures';

/**
 * Sign-in throttling. Keys are the account+IP pair and the IP, never the account alone, so a
 * stranger guessing an editor's password from elsewhere slows down only their own attempts.
 * A pair gets a few free failures, then each attempt waits twice as long as the one before,
 * counted from the pair's last failure; an IP gets a ceiling across all accounts.
 */
export const FREE_FAILURES = 5;
export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60_000;
// How long a pair's failures keep raising its delay; also how long any row is kept.
export const FAILURE_MEMORY_MS = 24 * 3600_000;
export const IP_LIMIT = 50;
export const IP_WINDOW_MS = 15 * 60_000;

export type ThrottleKeys = { pair: string; ip: string };

export function throttleKeys(email: string, ip: string): ThrottleKeys {
  return { pair: `pair:${email.trim().toLowerCase()}|${ip}`, ip: `ip:${ip}` };
}

/** The wait a pair with `failures` recent failures owes after its last one. */
export function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30));
}

function waitMs(keys: ThrottleKeys, now: Date, seen: Record<string, FailureStats>): number {
  const pair = seen[keys.pair]!;
  const ip = seen[keys.ip]!;
  const pairWait = pair.last ? pair.last.getTime() + pairDelayMs(pair.count) - now.getTime() : 0;
  // At the ceiling, the IP waits until its oldest counted failure leaves the window.
  const ipWait = ip.count >= IP_LIMIT && ip.first ? ip.first.getTime() + IP_WINDOW_MS - now.getTime() : 0;
  return Math.max(pairWait, ipWait, 0);
}

export type Attempt = { ok: true; ids: number[]; keys: ThrottleKeys } | { ok: false; waitMs: number };

/**
 * Checks and records the attempt as a failure before the password is verified, atomically, so
 * parallel guesses cannot all pass one check. Refused attempts are not recorded: waiting out the
 * delay is enough to be let in again.
 */
export function reserveSignIn(email: string, ip: string, now = new Date()): Attempt {
  const keys = throttleKeys(email, ip);
  const since = { [keys.pair]: new Date(now.getTime() - FAILURE_MEMORY_MS), [keys.ip]: new Date(now.getTime() - IP_WINDOW_MS) };
  const result = reserveAttempt({ keys: [keys.pair, keys.ip], since, now }, (seen) => waitMs(keys, now, seen));
  return result.ok ? { ...result, keys } : result;
}

/** The password was right: the pair starts afresh; the IP keeps its other failures. */
export function signInSucceeded(attempt: Extract<Attempt, { ok: true }>): void {
  releaseAttempt(attempt.ids, [attempt.keys.pair]);
}

export function purgeOldFailures(now = new Date(), limit = 500): number {
  return purgeFailuresBefore(new Date(now.getTime() - FAILURE_MEMORY_MS), limit);
}
