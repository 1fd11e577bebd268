/** Wait before the next attempt after `attempts` failures: 10 s, 20 s, 40 s … at most an hour. */
export function retryDelayMs(attempts: number, baseMs = 10_000, capMs = 3_600_000): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(capMs, baseMs * 2 ** exponent);
}
