import { and, asc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, breakingBanners } from '@/db/schema';
import { EDITIONS } from '@/lib/domain';

// No 'server-only': the front server (server/) imports this outside Next's bundle.
const WAITING = ['published', 'scheduled'] as const;

/**
 * When the next article becomes visible to readers by its time arriving (scheduled, or
 * published with a future date): cached pages must be dropped then. One indexed lookup per
 * edition and status (articles_edition_idx), run only after a change, not per request.
 */
export function nextPublicationAfter(now: Date): Date | null {
  let next: Date | null = null;
  for (const locale of EDITIONS) {
    for (const status of WAITING) {
      const row = db
        .select({ at: articles.publishedAt })
        .from(articles)
        .where(and(eq(articles.locale, locale), eq(articles.status, status), gt(articles.publishedAt, now)))
        .orderBy(asc(articles.publishedAt))
        .limit(1)
        .get();
      if (row?.at && (!next || row.at < next)) next = row.at;
    }
  }
  return next;
}

/** When the next breaking-news banner expires (it must leave cached pages then). */
export function nextBannerExpiryAfter(now: Date): Date | null {
  return (
    db
      .select({ at: breakingBanners.expiresAt })
      .from(breakingBanners)
      .where(gt(breakingBanners.expiresAt, now))
      .orderBy(asc(breakingBanners.expiresAt))
      .limit(1)
      .get()?.at ?? null
  );
}

/** The next time cached reader pages go out of date by the clock alone: a publication or a banner's end. */
export function nextDueAfter(now: Date): Date | null {
  const times = [nextPublicationAfter(now), nextBannerExpiryAfter(now)].filter((at) => at !== null);
  return times.length ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
}
