import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { listFeedArticles } from '@/db/queries/feeds';
import { getCategory } from '@/db/queries/taxonomy';
import { EDITIONS } from '@/lib/domain';
import { categoryFeedPath, categoryFeedTitle } from '@/lib/seo/feed-links';
import { RSS_MAX_ITEMS, rssXml } from '@/lib/seo/rss';
import { rssItems } from '@/lib/seo/rss-items';
import { FEED_SHARED_MAX_AGE, RSS_TYPE, xmlNotFound, xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl, categoryPath } from '@/lib/urls';

export const dynamic = 'force-dynamic'; // see lib/seo/xml-response.ts

/** RSS 2.0 of one category's latest readable articles; an unknown category is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(EDITIONS, locale)) return xmlNotFound();
  const category = getCategory(locale, slug);
  if (!category) return xmlNotFound();
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'Meta' }), rssItems(listFeedArticles(locale, RSS_MAX_ITEMS, category.id))]);
  const channel = {
    title: categoryFeedTitle(category.name),
    link: absoluteUrl(categoryPath(locale, category.slug)),
    description: t('description'),
    language: locale,
    selfUrl: absoluteUrl(categoryFeedPath(locale, category.slug)),
  };
  return xmlResponse(rssXml(channel, items), RSS_TYPE, FEED_SHARED_MAX_AGE);
}
