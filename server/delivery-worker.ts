import type { Db } from '@/db/client';
import { claimDueDeliveries, settleDelivery, type ClaimedDelivery } from '@/db/queries/outbox';
import { retryDelayMs } from '@/lib/distribution/backoff';
import type { DistributionConfig } from '@/lib/distribution/config';
import { sendDelivery } from '@/lib/distribution/send';

export type WorkerOptions = {
  db: Db;
  config: DistributionConfig;
  pollMs?: number;
  /** Per request; the lease must be well above it, or a slow send could be taken by another worker. */
  timeoutMs?: number;
  leaseMs?: number;
  batch?: number;
  backoff?: (attempts: number) => number;
  fetch?: typeof fetch;
};

/**
 * Sends what the outbox holds: polls on a timer (and at once when a publish kicks it), claims due
 * rows atomically, sends each, then records the answer. State lives in SQLite only, so a restart
 * picks up where the last process stopped.
 */
export function createDeliveryWorker(options: WorkerOptions) {
  const { db, config, pollMs = 2000, timeoutMs = 10_000, leaseMs = 120_000, batch = 10, backoff = (n: number) => retryDelayMs(n) } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let started = false;
  let stopped = false;

  async function deliver(row: ClaimedDelivery): Promise<void> {
    const outcome = await sendDelivery(row, config, timeoutMs, options.fetch);
    const attempts = row.attempts + 1;
    const retryAt = outcome.ok || attempts >= config.maxAttempts ? null : new Date(Date.now() + Math.max(backoff(attempts), outcome.retryAfterMs ?? 0));
    settleDelivery(db, row, outcome, retryAt);
  }

  /** Claims and sends until nothing is due; resolves when this round is done. */
  async function round(): Promise<void> {
    do {
      again = false;
      let claimed: ClaimedDelivery[];
      try {
        claimed = claimDueDeliveries(db, batch, leaseMs);
      } catch (error) {
        console.error('Delivery worker: claiming failed', error);
        return;
      }
      await Promise.all(claimed.map((row) => deliver(row).catch((error: unknown) => console.error('Delivery worker: settling failed', error))));
      if (claimed.length === batch) again = true;
    } while (again && !stopped);
  }

  function runNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = round().finally(() => {
      running = null;
      schedule();
    });
    return running;
  }

  function schedule() {
    if (stopped || !started) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void runNow(), pollMs);
    timer.unref();
  }

  return {
    start() {
      started = true;
      stopped = false;
      void runNow();
    },
    /** A publish just queued rows: look now rather than at the next poll. */
    kick() {
      if (!stopped) void runNow();
    },
    /** One round, for tests: claim what is due, send it, record it (polls only after start()). */
    runOnce: () => runNow(),
    /** Stops polling and waits for the sends in flight (each bounded by timeoutMs). */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
