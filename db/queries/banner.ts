import 'server-only';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { breakingBanners } from '@/db/schema';
import type { Edition } from '@/lib/domain';

type Banner = { text: string; url: string | null; expiresAt: Date | null };

/**
 * The edition's breaking-news banner while it lasts. Reader pages keep it in their cached HTML:
 * setting or clearing it purges them, and its expiry is one of the times the front server
 * purges at (nextDueAfter in ./schedule).
 */
export function activeBanner(locale: Edition, now = new Date()): Banner | null {
  return (
    db
      .select({ text: breakingBanners.text, url: breakingBanners.url, expiresAt: breakingBanners.expiresAt })
      .from(breakingBanners)
      .where(and(eq(breakingBanners.locale, locale), or(isNull(breakingBanners.expiresAt), gt(breakingBanners.expiresAt, now))))
      .get() ?? null
  );
}
