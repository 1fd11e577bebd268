import 'server-only';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { articles } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';

// The single definition of "a reader may see this": published (or scheduled and now due) and not in the future.
export function readable(locale?: AppLocale) {
  const visible = and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, new Date()));
  return locale ? and(eq(articles.locale, locale), visible) : visible;
}
