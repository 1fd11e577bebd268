import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Edition } from '@/lib/domain';
import { env } from '@/lib/env';
import { absoluteUrl, categoryPath } from '@/lib/urls';

export const editionFeedPath = (locale: string) => `/${locale}/rss.xml`;
export const categoryFeedPath = (locale: string, slug: string) => `${categoryPath(locale, slug)}/rss.xml`;

export async function editionFeedTitle(locale: Edition): Promise<string> {
  return (await getTranslations({ locale, namespace: 'FrontPage' }))('title');
}

// Same shape as the category page's own <title> ("%s | Qamshy").
export const categoryFeedTitle = (categoryName: string) => `${categoryName} | ${env.SITE_NAME}`;

type FeedTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * `alternates.types` announcing the edition's RSS feed (and a category's, listed first). Metadata
 * merges shallowly, so a page that sets its own `alternates` must include this or lose the link.
 */
export async function feedAlternates(locale: Edition, category?: { slug: string; name: string }): Promise<FeedTypes> {
  const edition = { url: absoluteUrl(editionFeedPath(locale)), title: await editionFeedTitle(locale) };
  const own = category ? [{ url: absoluteUrl(categoryFeedPath(locale, category.slug)), title: categoryFeedTitle(category.name) }] : [];
  return { 'application/rss+xml': [...own, edition] };
}
