import { articles } from '@/db/schema';

/**
 * The columns that name and show an article wherever it is listed: reader cards, feeds, the
 * content API, outbox snapshots. Each query spreads these and adds what only it needs.
 */
export const storyColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  thumbnail: articles.thumbnail,
  publishedAt: articles.publishedAt,
};
