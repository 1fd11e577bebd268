import { env } from '@/lib/env';
import { contentPath } from '@/lib/reader-routes';

export { thumbnailPath } from '@/lib/images/thumbnail-name';

export const articlePath = (locale: string, id: number, slug: string) => contentPath(locale, 'article', `${id}-${slug}`);
export const categoryPath = (locale: string, slug: string) => contentPath(locale, 'category', slug);
export const tagPath = (locale: string, slug: string) => contentPath(locale, 'tag', slug);
export const authorPath = (locale: string, slug: string) => contentPath(locale, 'author', slug);

export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}

export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
