import { env } from '@/lib/env';

/** Every limit on reader comments, in one place (values from the environment, see lib/env.ts). */
export type CommentLimits = {
  perMinute: number;
  perHour: number;
  /** Comments from one client on one article still in moderation (pending or flagged as spam). */
  pendingPerArticle: number;
  /** 0 turns the form-start token off. */
  minFillMs: number;
  /** How long a form-start token stays good: a reader may leave a form open for a day. */
  tokenMaxAgeMs: number;
  /** More links than this and the comment goes to the spam queue. */
  maxLinks: number;
};

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export function commentLimits(
  source: Pick<
    typeof env,
    'COMMENT_LIMIT_PER_MINUTE' | 'COMMENT_LIMIT_PER_HOUR' | 'COMMENT_PENDING_PER_ARTICLE' | 'COMMENT_MIN_FILL_SECONDS' | 'COMMENT_MAX_LINKS'
  > = env,
): CommentLimits {
  return {
    perMinute: source.COMMENT_LIMIT_PER_MINUTE,
    perHour: source.COMMENT_LIMIT_PER_HOUR,
    pendingPerArticle: source.COMMENT_PENDING_PER_ARTICLE,
    minFillMs: source.COMMENT_MIN_FILL_SECONDS * 1000,
    tokenMaxAgeMs: 24 * HOUR_MS,
    maxLinks: source.COMMENT_MAX_LINKS,
  };
}

/** What one client has already posted, counted inside the transaction that would add one more. */
export type ClientCounts = { lastMinute: number; lastHour: number; inModerationHere: number };

export type LimitRefusal = 'tooMany' | 'tooManyPending';

export function judgeCounts(counts: ClientCounts, limits: Pick<CommentLimits, 'perMinute' | 'perHour' | 'pendingPerArticle'>): LimitRefusal | null {
  if (counts.lastMinute >= limits.perMinute || counts.lastHour >= limits.perHour) return 'tooMany';
  if (counts.inModerationHere >= limits.pendingPerArticle) return 'tooManyPending';
  return null;
}
