import { describe, expect, it } from 'vitest';
import { parseAlmatyLocal } from '@/lib/format';
import { newsArticleJsonLd, serializeJsonLd, type JsonLdArticle } from '@/lib/seo/json-ld';
import { rssXml } from '@/lib/seo/rss';
import { bannerInput, noteInput } from '@/lib/validation/breaking';
import { parseXml } from '../helpers/xml';

const article: JsonLdArticle = {
  id: 7,
  locale: 'kk',
  slug: 'su-tasqyny',
  title: 'Су тасқыны',
  lead: 'Өзен арнасынан асты.',
  thumbnail: null,
  publishedAt: new Date('2026-11-20T04:00:00Z'),
  updatedAt: new Date('2026-11-20T09:30:00Z'),
  authorName: 'Редакция',
  authorSlug: 'redaktsiya',
  categoryName: null,
  categorySlug: null,
  tags: [],
};

describe('corrections in JSON-LD', () => {
  it('lists each correction as a CorrectionComment with its text and Almaty time, oldest first; updates are not corrections', () => {
    const ld = newsArticleJsonLd({
      ...article,
      notes: [
        { kind: 'correction', body: 'Өзен аты түзетілді.', createdAt: new Date('2026-11-20T06:00:00Z') },
        { kind: 'update', body: 'Құтқарушылар жетті.', createdAt: new Date('2026-11-20T07:00:00Z') },
        { kind: 'correction', body: 'Көшірілгендер саны 40 емес, 14.', createdAt: new Date('2026-11-20T09:30:00Z') },
      ],
    });
    expect(ld.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Өзен аты түзетілді.', datePublished: '2026-11-20T11:00:00+05:00' },
      { '@type': 'CorrectionComment', text: 'Көшірілгендер саны 40 емес, 14.', datePublished: '2026-11-20T14:30:00+05:00' },
    ]);
    expect(ld.dateModified).toBe('2026-11-20T14:30:00+05:00');
    expect(JSON.parse(serializeJsonLd(ld)).correction).toHaveLength(2);
  });

  it('has no correction property without corrections', () => {
    expect('correction' in JSON.parse(serializeJsonLd(newsArticleJsonLd(article)))).toBe(false);
    const onlyUpdates = newsArticleJsonLd({ ...article, notes: [{ kind: 'update', body: 'Жаңа дерек.', createdAt: new Date() }] });
    expect(JSON.parse(serializeJsonLd(onlyUpdates)).correction).toBeUndefined();
  });
});

describe('an updated item in RSS', () => {
  const channel = { title: 'Q', link: 'http://qamshy.test/kk', description: 'd', language: 'kk', selfUrl: 'http://qamshy.test/kk/rss.xml' };
  const item = { title: 'T', link: 'http://qamshy.test/kk/article/7-t', description: 'L', publishedAt: new Date('2026-11-20T04:00:00Z'), creator: 'R' };

  it('keeps guid and pubDate and says when it changed in dcterms:modified', () => {
    const doc = parseXml(rssXml(channel, [{ ...item, updatedAt: new Date('2026-11-20T09:30:00Z') }]));
    expect(doc.rss['@xmlns:dcterms']).toBe('http://purl.org/dc/terms/');
    const [entry] = [doc.rss.channel.item].flat();
    expect(entry.guid['#text']).toBe(item.link);
    expect(entry.pubDate).toBe('Fri, 20 Nov 2026 04:00:00 GMT');
    expect(entry['dcterms:modified']).toBe('2026-11-20T14:30:00+05:00');
    const unchanged = [parseXml(rssXml(channel, [{ ...item, updatedAt: item.publishedAt }])).rss.channel.item].flat()[0];
    expect(unchanged['dcterms:modified']).toBeUndefined();
  });
});

describe('breaking-news forms', () => {
  const now = new Date('2026-11-28T06:00:00Z'); // 11:00 in Almaty

  it('reads a banner end to the second, in Almaty time, and refuses one in the past', () => {
    expect(parseAlmatyLocal('2026-11-28T11:00:05')?.toISOString()).toBe('2026-11-28T06:00:05.000Z');
    expect(parseAlmatyLocal('2026-11-28T11:00:60')).toBeNull();
    const ok = bannerInput(now).safeParse({ text: ' Шұғыл ', url: '/kk/article/7-t', expiresAt: '2026-11-28T11:00:05' });
    expect(ok.data).toEqual({ text: 'Шұғыл', url: '/kk/article/7-t', expiresAt: new Date('2026-11-28T06:00:05Z') });
    expect(bannerInput(now).safeParse({ text: 'Ш', url: '', expiresAt: '' }).data).toEqual({ text: 'Ш', url: null, expiresAt: null });
    const bad = bannerInput(now).safeParse({ text: '', url: 'javascript:alert(1)', expiresAt: '2026-11-28T10:59' });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['text', 'textRequired'],
      ['url', 'urlInvalid'],
      ['expiresAt', 'expiresPast'],
    ]);
    expect(
      bannerInput(now)
        .safeParse({ text: 'a', url: '//evil.example', expiresAt: 'ертең' })
        .error?.issues.map((i) => i.message),
    ).toEqual(['urlInvalid', 'expiresInvalid']);
  });

  it('takes a note of a known kind with text of at most 400 characters', () => {
    expect(noteInput.safeParse({ kind: 'correction', body: ' Түзету\r\nмәтіні ' }).data).toEqual({ kind: 'correction', body: 'Түзету\nмәтіні' });
    expect(noteInput.safeParse({ kind: 'retraction', body: 'x'.repeat(401) }).error?.issues.map((i) => i.message)).toEqual(['kindInvalid', 'bodyTooLong']);
    expect(noteInput.safeParse({ kind: 'update', body: '   ' }).error?.issues.map((i) => i.message)).toEqual(['bodyRequired']);
  });
});
