// No 'server-only' import: proxy.ts (bundled outside the react-server condition) uses these too.
import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articles } from '@/db/schema';
import type { Edition } from '@/lib/domain';

type ArticleColumns = { status: AnySQLiteColumn; publishedAt: AnySQLiteColumn; locale: AnySQLiteColumn };

// The single definition of "a reader may see this": published (or scheduled and now due) and not
// in the future. `table` lets a query apply it to an alias of articles (a translation partner).
// The same status pair is written into the tag_timeline triggers (migration 0007).
//
// The unary + keeps SQLite from using status to pick an index: without statistics it takes
// "status IN (two values)" for a selective constraint and walks articles_status_updated_idx, then
// sorts, when 95% of articles are readable and the listing's own index (edition, category, date)
// already holds status for the check.
export function readable(locale?: Edition, table: ArticleColumns = articles) {
  const visible = and(readableStatus(table), lte(table.publishedAt, new Date()));
  return locale ? and(eq(table.locale, locale), visible) : visible;
}

export const readableStatus = (table: ArticleColumns = articles) => sql`+${table.status} in ('published', 'scheduled')`;

/**
 * readable() within a publication-time range [from, before). The range's end and "not in the
 * future" are folded into one upper bound: given two, SQLite may bound its index walk by "now"
 * and filter by the month's end, reading every article published since that month.
 */
export function readableWithin(range: { from: Date | null; before: Date }, table: ArticleColumns = articles) {
  const now = Date.now() + 1; // published_at <= now, in whole milliseconds
  const before = range.before.getTime() < now ? range.before : new Date(now);
  return and(readableStatus(table), range.from ? gte(table.publishedAt, range.from) : undefined, lt(table.publishedAt, before));
}
