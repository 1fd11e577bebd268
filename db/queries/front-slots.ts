import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, frontSlots } from '@/db/schema';
import { TOP_STORY_SLOTS, type Edition } from '@/lib/domain';
import { readable } from './visibility';

/**
 * The editors' pins of an edition's front page that readers may see now: position → article id.
 * A pinned story taken down or moved to a future time drops out here, and its slot falls back
 * to the latest articles like an empty one.
 */
export function readablePins(locale: Edition): Map<number, number> {
  const rows = db
    .select({ position: frontSlots.position, articleId: frontSlots.articleId })
    .from(frontSlots)
    .innerJoin(articles, eq(articles.id, frontSlots.articleId))
    .where(and(eq(frontSlots.locale, locale), lte(frontSlots.position, TOP_STORY_SLOTS), readable(locale)))
    .orderBy(asc(frontSlots.position))
    .all();
  return new Map(rows.map((row) => [row.position, row.articleId]));
}
