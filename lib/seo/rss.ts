import { toRfc822 } from '@/lib/format';
import { el, renderXmlDocument } from '@/lib/xml';

export const RSS_MAX_ITEMS = 50;

export type RssChannel = { title: string; link: string; description: string; language: string; selfUrl: string };
export type RssEnclosure = { url: string; length: number; type: string };
export type RssItem = {
  title: string;
  link: string;
  description: string;
  publishedAt: Date;
  creator: string;
  category?: string | null;
  enclosure?: RssEnclosure | null;
};

export function rssXml(channel: RssChannel, items: RssItem[]): string {
  const newest = items.reduce<Date | null>((max, item) => (max && max > item.publishedAt ? max : item.publishedAt), null);
  return renderXmlDocument(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
      el(
        'channel',
        {},
        el('title', {}, channel.title),
        el('link', {}, channel.link),
        el('description', {}, channel.description),
        el('language', {}, channel.language),
        newest ? el('lastBuildDate', {}, toRfc822(newest)) : null,
        el('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        ...items.slice(0, RSS_MAX_ITEMS).map((item) =>
          el(
            'item',
            {},
            el('title', {}, item.title),
            el('link', {}, item.link),
            el('guid', { isPermaLink: 'true' }, item.link),
            el('pubDate', {}, toRfc822(item.publishedAt)),
            el('dc:creator', {}, item.creator),
            item.category ? el('category', {}, item.category) : null,
            el('description', {}, item.description),
            item.enclosure ? el('enclosure', { url: item.enclosure.url, length: item.enclosure.length, type: item.enclosure.type }) : null,
          ),
        ),
      ),
    ),
  );
}
