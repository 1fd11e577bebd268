import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { listFeedArticles } from '@/db/queries/feeds';
import { EDITIONS } from '@/lib/domain';
import { editionFeedPath, editionFeedTitle } from '@/lib/seo/feed-links';
import { RSS_MAX_ITEMS, rssXml } from '@/lib/seo/rss';
import { rssItems } from '@/lib/seo/rss-items';
import { RSS_TYPE, xmlNotFound, xmlResponse } from '@/lib/seo/xml-response';
import { absoluteUrl } from '@/lib/urls';

// Kept by the front server's page cache, purged on every editor's change (see server/).
export const dynamic = 'force-dynamic';

/** RSS 2.0 of the edition's latest readable articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(EDITIONS, locale)) return xmlNotFound();
  const [title, t, items] = await Promise.all([
    editionFeedTitle(locale),
    getTranslations({ locale, namespace: 'Meta' }),
    rssItems(listFeedArticles(locale, RSS_MAX_ITEMS)),
  ]);
  const channel = { title, link: absoluteUrl(`/${locale}`), description: t('description'), language: locale, selfUrl: absoluteUrl(editionFeedPath(locale)) };
  return xmlResponse(rssXml(channel, items), RSS_TYPE);
}
