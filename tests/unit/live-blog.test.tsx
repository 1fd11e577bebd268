import type { IncomingMessage } from 'node:http';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeyEvents } from '@/components/live/key-events';
import { LiveEntry } from '@/components/live/live-entry';
import { htmlToText } from '@/lib/live/html-text';
import type { LiveEntryData } from '@/lib/live/entry-data';
import { parsePollQuery } from '@/lib/live/poll-params';
import { liveBlogJsonLd } from '@/lib/seo/live-blog-json-ld';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { absoluteUrl } from '@/lib/urls';
import { cacheKeyOf, isLivePoll } from '@/server/cache-policy';

const article = {
  id: 42,
  locale: 'kk' as const,
  slug: 'astanadagy-boran',
  title: 'Астанадағы боран',
  lead: 'Боран күшейді.',
  thumbnail: null,
  publishedAt: new Date('2026-11-24T04:00:00Z'),
  updatedAt: new Date('2026-11-24T10:30:00Z'),
  authorName: 'Редакция',
  authorSlug: 'redaktsiia',
  categoryName: null,
  categorySlug: null,
  tags: [],
};
const entries = [
  {
    id: 7,
    headline: '',
    bodyHtml: '<p>Жол <strong>ашылды</strong> &amp; көлік жүріп тұр.</p><p>Екінші абзац.</p>',
    createdAt: new Date('2026-11-24T10:30:00Z'),
    editedAt: null,
  },
  {
    id: 5,
    headline: 'Мектептер жабылды',
    bodyHtml: '<p>Оқушылар үйде.</p>',
    createdAt: new Date('2026-11-24T05:00:00Z'),
    editedAt: new Date('2026-11-24T05:10:00Z'),
  },
];

describe('LiveBlogPosting JSON-LD', () => {
  it('covers from publication, lists each entry as a BlogPosting with text, time and its anchor', () => {
    const data = liveBlogJsonLd(article, { liveEndedAt: null }, entries) as unknown as Record<string, unknown> & { liveBlogUpdate: Record<string, unknown>[] };
    expect(data['@type']).toBe('LiveBlogPosting');
    expect(data.headline).toBe('Астанадағы боран');
    expect(data.coverageStartTime).toBe('2026-11-24T09:00:00+05:00');
    expect(data.coverageEndTime).toBeUndefined();
    expect(data.dateModified).toBe('2026-11-24T15:30:00+05:00');
    expect(data.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Жол ашылды & көлік жүріп тұр. Екінші абзац.',
        articleBody: 'Жол ашылды & көлік жүріп тұр. Екінші абзац.',
        datePublished: '2026-11-24T15:30:00+05:00',
        url: `${absoluteUrl('/kk/article/42-astanadagy-boran')}#entry-7`,
      },
      {
        '@type': 'BlogPosting',
        headline: 'Мектептер жабылды',
        articleBody: 'Оқушылар үйде.',
        datePublished: '2026-11-24T10:00:00+05:00',
        dateModified: '2026-11-24T10:10:00+05:00',
        url: `${absoluteUrl('/kk/article/42-astanadagy-boran')}#entry-5`,
      },
    ]);
  });

  it('ends the coverage once closed, and survives serialization as JSON', () => {
    const data = liveBlogJsonLd(article, { liveEndedAt: new Date('2026-11-24T11:00:00Z') }, []);
    const parsed = JSON.parse(serializeJsonLd(data));
    expect(parsed).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      coverageEndTime: '2026-11-24T16:00:00+05:00',
      liveBlogUpdate: [],
    });
  });

  it('lends an entry without a headline its opening words, cut with an ellipsis', () => {
    const long = { ...entries[0], bodyHtml: `<p>${'сөз '.repeat(60)}</p>` };
    const [update] = (liveBlogJsonLd(article, { liveEndedAt: null }, [long]) as unknown as { liveBlogUpdate: { headline: string }[] }).liveBlogUpdate;
    expect([...update.headline].length).toBeLessThanOrEqual(110);
    expect(update.headline.endsWith('…')).toBe(true);
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes entities and keeps blocks apart', () => {
    expect(htmlToText('<h3>Бас</h3><ul><li>бір</li><li>екі</li></ul><p>a&lt;b&nbsp;c</p>')).toBe('Бас бір екі a<b c');
  });
});

describe('a live entry as readers get it (page and poll alike)', () => {
  const entry: LiveEntryData = {
    id: 9,
    iso: '2026-11-24T15:30:00+05:00',
    time: '24 қараша 2026, 15:30',
    headline: 'Жол ашылды',
    bodyHtml: '<p>Көлік жүріп тұр.</p>',
    keyEvent: true,
    edited: true,
    image: { src: '/uploads/thumbnail/1_medium.jpg', srcSet: '/uploads/thumbnail/1_small.jpg 360w', webpSrcSet: null, width: 768, height: 512, alt: 'Жол' },
  };
  const labels = { keyEvent: 'Басты оқиға', edited: 'Өзгертілді', share: 'Жазбаның сілтемесі' };

  it('is an <article> with its anchor, time, marks, body, picture and a plain share link', () => {
    const html = renderToStaticMarkup(<LiveEntry entry={entry} labels={labels} articleUrl="https://qamshy.kz/kk/article/42-x" />);
    expect(html).toMatch(/^<article id="entry-9"/);
    expect(html).toMatch(/<time id="entry-9-time" datetime="2026-11-24T15:30:00\+05:00"/i);
    expect(html).toContain('Басты оқиға');
    expect(html).toContain('Өзгертілді');
    expect(html).toContain('<h3');
    expect(html).toContain('<p>Көлік жүріп тұр.</p>');
    expect(html).toContain('alt="Жол"');
    expect(html).not.toContain('<source');
    expect(html).toContain('href="https://qamshy.kz/kk/article/42-x#entry-9"');
    expect(html).not.toMatch(/<script|onclick/i);
  });

  it('leaves out the marks, headline and picture it does not have', () => {
    const html = renderToStaticMarkup(
      <LiveEntry entry={{ ...entry, keyEvent: false, edited: false, headline: '', image: null }} labels={labels} articleUrl="/kk/article/42-x" />,
    );
    expect(html).not.toContain('Басты оқиға');
    expect(html).not.toContain('Өзгертілді');
    expect(html).not.toContain('<h3');
    expect(html).not.toContain('<img');
  });

  it('the key-events summary links each event to its anchor, and is absent without events', () => {
    const html = renderToStaticMarkup(<KeyEvents title="Басты оқиғалар" events={[{ id: 9, iso: entry.iso, time: '15:30', title: 'Жол ашылды' }]} />);
    expect(html).toContain('href="#entry-9"');
    expect(html).toContain('Басты оқиғалар');
    expect(renderToStaticMarkup(<KeyEvents title="x" events={[]} />)).toBe('');
  });
});

describe('the poll endpoint question and its cache key', () => {
  it('takes a reading prefix and an entry id, nothing else', () => {
    expect(parsePollQuery('12', new URLSearchParams('locale=kk-latn&after=40'))).toEqual({ articleId: 12, prefix: 'kk-latn', after: 40 });
    expect(parsePollQuery('12', new URLSearchParams('locale=ru'))).toEqual({ articleId: 12, prefix: 'ru', after: 0 });
    expect(parsePollQuery('12', new URLSearchParams('locale=en'))).toBeNull();
    expect(parsePollQuery('0', new URLSearchParams('locale=kk'))).toBeNull();
    expect(parsePollQuery('12', new URLSearchParams('locale=kk&after=-1'))).toBeNull();
  });

  it('is kept by the front server under locale and after only, in that order', () => {
    const request = { method: 'GET', headers: {}, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
    expect(cacheKeyOf(request, new URL('http://x/api/live/12?after=40&utm_source=tg&locale=kk'))).toEqual({
      key: 'page:/api/live/12?locale=kk&after=40',
      kind: 'page',
    });
    expect(isLivePoll('/api/live/12')).toBe(true);
    expect(isLivePoll('/api/live/12/x')).toBe(false);
    expect(cacheKeyOf(request, new URL('http://x/api/live/abc?locale=kk'))).toBeNull();
  });
});
