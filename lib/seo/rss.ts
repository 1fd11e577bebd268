import { toAlmatyIso, toRfc822 } from '@/lib/format';
import { renderXmlDocument } from '@/lib/xml';

export const RSS_MAX_ITEMS = 50;

export type RssChannel = { title: string; link: string; description: string; language: string; selfUrl: string };
export type RssEnclosure = { url: string; length: number; type: string };
export type RssItem = {
  title: string;
  link: string;
  description: string;
  publishedAt: Date;
  /** When the item last changed (an edit, an update or correction note); its guid and pubDate stay. */
  updatedAt?: Date;
  creator: string;
  category?: string | null;
  enclosure?: RssEnclosure | null;
};

export function rssXml(channel: RssChannel, items: RssItem[]): string {
  const newest = items.reduce<Date | null>((max, item) => (max && max > item.publishedAt ? max : item.publishedAt), null);
  return renderXmlDocument({
    rss: {
      '@version': '2.0',
      '@xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      '@xmlns:dcterms': 'http://purl.org/dc/terms/',
      channel: {
        title: channel.title,
        link: channel.link,
        description: channel.description,
        language: channel.language,
        lastBuildDate: newest ? toRfc822(newest) : undefined,
        'atom:link': { '@href': channel.selfUrl, '@rel': 'self', '@type': 'application/rss+xml' },
        item: items.slice(0, RSS_MAX_ITEMS).map((item) => ({
          title: item.title,
          link: item.link,
          guid: { '@isPermaLink': 'true', '#text': item.link },
          pubDate: toRfc822(item.publishedAt),
          'dc:creator': item.creator,
          'dcterms:modified': item.updatedAt && item.updatedAt > item.publishedAt ? toAlmatyIso(item.updatedAt) : undefined,
          category: item.category || undefined,
          description: item.description,
          enclosure: item.enclosure ? { '@url': item.enclosure.url, '@length': item.enclosure.length, '@type': item.enclosure.type } : undefined,
        })),
      },
    },
  });
}
