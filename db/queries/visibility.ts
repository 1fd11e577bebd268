// No 'server-only' import: proxy.ts (bundled outside the react-server condition) uses these too.
import { and, count, eq, inArray, lte, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags } from '@/db/schema';
import type { AppLocale } from '@/i18n/routing';

// The single definition of "a reader may see this": published (or scheduled and now due) and not in the future.
export function readable(locale?: AppLocale) {
  const visible = and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, new Date()));
  return locale ? and(eq(articles.locale, locale), visible) : visible;
}

// What each listing shows; shared by the listing queries and the proxy's 404 check.
export const inCategory = (categoryId: number) => and(readable(), eq(articles.categoryId, categoryId));
export const withTag = (tagId: number) =>
  and(readable(), inArray(articles.id, db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId))));
export const byAuthor = (locale: AppLocale, authorId: number) => and(readable(locale), eq(articles.authorId, authorId));

export function countArticles(where: SQL | undefined): number {
  return db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
}
