import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { absoluteUrl, articlePath, thumbnailPath } from '@/lib/urls';
import { lastModified } from './last-modified';
import type { RssEnclosure, RssItem } from './rss';
import type { Story } from '@/lib/story';

export type FeedArticle = Story & {
  updatedAt: Date;
  authorName: string;
  categoryName: string | null;
};

const STEM = /^[A-Za-z0-9_-]+$/;

/** The full-size thumbnail as an RSS enclosure; RSS requires its byte length, so no file → none. */
export async function thumbnailEnclosure(stem: string | null): Promise<RssEnclosure | null> {
  if (!stem || !STEM.test(stem)) return null;
  try {
    const { size } = await fs.stat(path.join(env.UPLOADS_DIR, 'thumbnail', `${stem}_large.jpg`));
    return { url: absoluteUrl(thumbnailPath(stem, 'large')), length: size, type: 'image/jpeg' };
  } catch {
    return null;
  }
}

export function rssItems(articles: FeedArticle[]): Promise<RssItem[]> {
  return Promise.all(
    articles.map(async (article) => ({
      title: article.title,
      link: absoluteUrl(articlePath(article.locale, article.id, article.slug)),
      description: article.lead,
      publishedAt: article.publishedAt,
      updatedAt: lastModified(article),
      creator: article.authorName,
      category: article.categoryName,
      enclosure: await thumbnailEnclosure(article.thumbnail),
    })),
  );
}
