/**
 * How a publish (in Next's bundle) wakes the delivery worker (in server/, bundled apart) in the
 * same process, like lib/http/page-cache-bridge.ts. Without the worker (tests, scripts) nothing
 * happens: the rows wait for the next poll.
 */
const KEY = Symbol.for('qamshy.deliveryWorker');
type Kicker = () => void;

export function registerDeliveryKick(kick: Kicker | null): void {
  (globalThis as unknown as Record<symbol, Kicker | null>)[KEY] = kick;
}

export function kickDeliveries(): void {
  const kick = (globalThis as unknown as Record<symbol, Kicker | null | undefined>)[KEY];
  // After the current transaction has committed: a kick inside it would find nothing yet.
  if (kick) setImmediate(kick);
}
