/**
 * When an article last changed for readers. A scheduled article is edited before it goes live, so
 * its updatedAt can precede publishedAt; a crawler should still see "changed when published".
 */
export function lastModified(article: { publishedAt: Date; updatedAt: Date }): Date {
  return article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}
