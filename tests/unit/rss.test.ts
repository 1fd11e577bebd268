import { describe, expect, it } from 'vitest';
import { rssXml, RSS_MAX_ITEMS, type RssItem } from '@/lib/seo/rss';
import { parseXml } from '../helpers/xml';

const SITE = 'http://qamshy.test';
const channel = { title: 'Qamshy — жаңалықтар порталы', link: `${SITE}/kk`, description: 'Жаңалықтар', language: 'kk', selfUrl: `${SITE}/kk/rss.xml` };

function item(n: number, overrides: Partial<RssItem> = {}): RssItem {
  return {
    title: `Мақала ${n}`,
    link: `${SITE}/kk/article/${n}-m`,
    description: `Лид ${n}`,
    publishedAt: new Date(Date.UTC(2026, 10, 1 + (n % 28), 6, 0, 0)),
    creator: 'Дана Төлегенова',
    category: 'Қоғам',
    enclosure: { url: `${SITE}/uploads/thumbnail/${n}_large.jpg`, length: 12345, type: 'image/jpeg' },
    ...overrides,
  };
}

describe('rssXml', () => {
  it('writes an RSS 2.0 channel with atom self link, language and items', () => {
    const doc = parseXml(rssXml(channel, [item(2), item(1, { category: null, enclosure: null })]));
    expect(doc.rss['@version']).toBe('2.0');
    const ch = doc.rss.channel;
    expect(ch).toMatchObject({
      title: channel.title,
      link: channel.link,
      description: 'Жаңалықтар',
      language: 'kk',
      lastBuildDate: 'Tue, 03 Nov 2026 06:00:00 GMT',
    });
    expect(ch['atom:link']).toEqual({ '@href': `${SITE}/kk/rss.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
    expect(ch.item[0]).toEqual({
      title: 'Мақала 2',
      link: `${SITE}/kk/article/2-m`,
      guid: { '#text': `${SITE}/kk/article/2-m`, '@isPermaLink': 'true' },
      pubDate: 'Tue, 03 Nov 2026 06:00:00 GMT',
      'dc:creator': 'Дана Төлегенова',
      category: ['Қоғам'],
      description: 'Лид 2',
      enclosure: { '@url': `${SITE}/uploads/thumbnail/2_large.jpg`, '@length': '12345', '@type': 'image/jpeg' },
    });
    expect(ch.item[1].category).toBeUndefined();
    expect(ch.item[1].enclosure).toBeUndefined();
  });

  it('stays well-formed for hostile titles and authors', () => {
    const hostile = '</title></item><item><title>pwned & "quoted" ]]>';
    const doc = parseXml(rssXml({ ...channel, title: hostile }, [item(1, { title: hostile, creator: hostile, description: '<p>html</p>' })]));
    expect(doc.rss.channel.title).toBe(hostile);
    expect(doc.rss.channel.item).toHaveLength(1);
    expect(doc.rss.channel.item[0].title).toBe(hostile);
    expect(doc.rss.channel.item[0]['dc:creator']).toBe(hostile);
    expect(doc.rss.channel.item[0].description).toBe('<p>html</p>');
  });

  it.each([
    ['CDATA end', 'a ]]> b <![CDATA[ c'],
    ['closing tag and script', '</title><script>alert(1)</script>'],
    ['C0 controls', `x${Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('')}y`],
    ['lone surrogates', 'high \uD83D alone, low \uDE00 alone'],
    ['emoji', 'Жаңалық 😀 👩🏽‍💻 🇰🇿'],
  ])('keeps the feed well-formed with a title holding %s, dropping only what XML cannot carry', (_, title) => {
    const doc = parseXml(rssXml({ ...channel, title }, [item(1, { title, creator: title, category: title, description: title })]));
    const expected = title
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/\r\n?/g, '\n');
    expect(doc.rss.channel.title).toBe(expected);
    expect(doc.rss.channel.item).toHaveLength(1);
    const [only] = doc.rss.channel.item;
    expect(only).toMatchObject({ title: expected, 'dc:creator': expected, category: [expected], description: expected });
  });

  it(`keeps at most ${RSS_MAX_ITEMS} items and has no lastBuildDate when empty`, () => {
    expect(
      parseXml(
        rssXml(
          channel,
          Array.from({ length: 60 }, (_, i) => item(i)),
        ),
      ).rss.channel.item,
    ).toHaveLength(RSS_MAX_ITEMS);
    const empty = parseXml(rssXml(channel, [])).rss.channel;
    expect(empty.item).toBeUndefined();
    expect(empty.lastBuildDate).toBeUndefined();
  });
});
