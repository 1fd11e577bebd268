/**
 * Sign-in throttling policy (db/queries/login-failures.ts applies it to the stored failures).
 * Keys are the account+IP pair and the IP, never the account alone, so a stranger guessing an
 * editor's password from elsewhere slows down only their own attempts.
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
function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30));
}

/** Failures of one key since a moment: how many, and the oldest and newest of them. */
export type FailureStats = { count: number; first: Date | null; last: Date | null };

/** From when each key's failures count. */
export function failureWindows(keys: ThrottleKeys, now: Date): Record<string, Date> {
  return { [keys.pair]: new Date(now.getTime() - FAILURE_MEMORY_MS), [keys.ip]: new Date(now.getTime() - IP_WINDOW_MS) };
}

/** How long an attempt must still wait, given what each key's failures look like. */
export function throttleWaitMs(keys: ThrottleKeys, now: Date, seen: Record<string, FailureStats>): number {
  const pair = seen[keys.pair]!;
  const ip = seen[keys.ip]!;
  const pairWait = pair.last ? pair.last.getTime() + pairDelayMs(pair.count) - now.getTime() : 0;
  // At the ceiling, the IP waits until its oldest counted failure leaves the window.
  const ipWait = ip.count >= IP_LIMIT && ip.first ? ip.first.getTime() + IP_WINDOW_MS - now.getTime() : 0;
  return Math.max(pairWait, ipWait, 0);
}
