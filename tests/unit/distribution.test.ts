import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@/lib/distribution/backoff';
import { distributionConfig } from '@/lib/distribution/config';
import {
  CAPTION_LIMIT,
  clip,
  escapeTelegramHtml,
  indexNowBody,
  storyUrls,
  telegramBody,
  telegramMethod,
  telegramText,
  webhookBody,
  type StorySnapshot,
} from '@/lib/distribution/payloads';
import { deliveryRequest, errorText } from '@/lib/distribution/send';
import { webhookSignature } from '@/lib/distribution/sign';
import { loadEnv } from '@/lib/env';
import { indexNowKeyResponder } from '@/server/indexnow-key';

const site = 'https://qamshy.kz';
const story: StorySnapshot = {
  id: 42,
  locale: 'kk',
  slug: 'saylau',
  title: 'Сайлау <нәтижесі> & «шешім»',
  lead: 'Орталық комиссия қорытынды шығарды.',
  thumbnail: '20260101120000000',
  publishedAt: new Date('2026-11-28T06:00:00Z'),
};
const config = distributionConfig(
  loadEnv({
    SITE_URL: site,
    TELEGRAM_BOT_TOKEN: '123456:ABC-def_G',
    TELEGRAM_CHAT_KK: '@qamshy_kk',
    INDEXNOW_KEY: 'abcdef12-3456',
    WEBHOOK_URLS: 'https://a.example/hook, http://127.0.0.1:9/h',
    WEBHOOK_SECRET: 'a-secret-of-16-chars',
  }),
);

describe('payloads', () => {
  it('escapes Telegram HTML and puts title, lead and link in the caption of a photo post', () => {
    expect(escapeTelegramHtml('<b> & "x"')).toBe('&lt;b&gt; &amp; &quot;x&quot;');
    const body = telegramBody(site, '@qamshy_kk', story);
    expect(body).toMatchObject({ chat_id: '@qamshy_kk', parse_mode: 'HTML', photo: 'https://qamshy.kz/uploads/thumbnail/20260101120000000_large.jpg' });
    expect('caption' in body && body.caption).toBe(
      '<b>Сайлау &lt;нәтижесі&gt; &amp; «шешім»</b>\n\nОрталық комиссия қорытынды шығарды.\n\n<a href="https://qamshy.kz/kk/article/42-saylau">https://qamshy.kz/kk/article/42-saylau</a>',
    );
    expect(telegramMethod(JSON.stringify(body))).toBe('sendPhoto');
  });

  it('sends a message when there is no photo', () => {
    const body = telegramBody(site, '-100123', { ...story, thumbnail: null });
    expect('text' in body && body.text).toContain('<b>Сайлау');
    expect(telegramMethod(JSON.stringify(body))).toBe('sendMessage');
  });

  it('keeps a caption within 1024 characters by shortening the lead, then the title, never the link', () => {
    const long = { ...story, title: 'Т'.repeat(300), lead: '<&>'.repeat(600) };
    const caption = telegramText(long.title, long.lead, 'https://qamshy.kz/kk/article/42-x', CAPTION_LIMIT);
    expect(Array.from(caption).length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(caption).toContain(`<b>${'Т'.repeat(300)}</b>`);
    expect(caption.endsWith('<a href="https://qamshy.kz/kk/article/42-x">https://qamshy.kz/kk/article/42-x</a>')).toBe(true);
    expect(caption).toMatch(/…\n\n<a /);
    // No escape sequence is cut in half.
    expect(caption).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    const titleOnly = telegramText('Ж'.repeat(2000), '', 'https://qamshy.kz/a', CAPTION_LIMIT);
    expect(Array.from(titleOnly).length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(clip('абвгд', 3)).toBe('аб…');
  });

  it('submits the Kazakh article with its Latin and töte mirrors to IndexNow, a Russian one alone', () => {
    expect(storyUrls(site, story)).toEqual([
      'https://qamshy.kz/kk/article/42-saylau',
      'https://qamshy.kz/kk-latn/article/42-saylau',
      'https://qamshy.kz/kk-arab/article/42-saylau',
    ]);
    expect(storyUrls(site, { ...story, locale: 'ru' })).toEqual(['https://qamshy.kz/ru/article/42-saylau']);
    expect(indexNowBody(site, 'abcdef12-3456', ['u'])).toEqual({
      host: 'qamshy.kz',
      key: 'abcdef12-3456',
      keyLocation: 'https://qamshy.kz/abcdef12-3456.txt',
      urlList: ['u'],
    });
  });

  it('describes the article in the webhook body with an ISO publish time', () => {
    expect(webhookBody(site, 'article.published', story)).toEqual({
      event: 'article.published',
      id: 42,
      locale: 'kk',
      url: 'https://qamshy.kz/kk/article/42-saylau',
      title: story.title,
      lead: story.lead,
      publishedAt: '2026-11-28T06:00:00.000Z',
    });
  });
});

describe('signing and requests', () => {
  it('signs the exact body with HMAC-SHA256', () => {
    const body = '{"event":"article.published","id":1}';
    const expected = crypto.createHmac('sha256', 'a-secret-of-16-chars').update(body).digest('hex');
    expect(webhookSignature('a-secret-of-16-chars', body)).toBe(`sha256=${expected}`);
    expect(webhookSignature('a-secret-of-16-chars', `${body} `)).not.toBe(`sha256=${expected}`);
  });

  it('adds the delivery id to every request and the token only to the Telegram URL', () => {
    const body = JSON.stringify(telegramBody(site, '@qamshy_kk', story));
    const telegram = deliveryRequest({ deliveryId: 'd-1', target: 'telegram', destination: '@qamshy_kk', body, event: 'article.published' }, config);
    expect(telegram).toMatchObject({ url: 'https://api.telegram.org/bot123456:ABC-def_G/sendPhoto', headers: { 'x-qamshy-delivery': 'd-1' } });
    const hook = deliveryRequest({ deliveryId: 'd-2', target: 'webhook', destination: 'https://a.example/hook', body: '{}', event: 'article.updated' }, config);
    expect(hook).toMatchObject({
      url: 'https://a.example/hook',
      headers: { 'x-qamshy-delivery': 'd-2', 'x-qamshy-event': 'article.updated', 'x-qamshy-signature': webhookSignature('a-secret-of-16-chars', '{}') },
    });
    const off = deliveryRequest({ deliveryId: 'd-3', target: 'telegram', destination: '@x', body, event: 'article.published' }, { ...config, telegram: null });
    expect(off).toEqual({ error: 'TELEGRAM_BOT_TOKEN is not set' });
    expect(errorText('GET /bot123456:ABC-def_G/sendPhoto failed', config)).toBe('GET /bot***/sendPhoto failed');
    expect(errorText('x'.repeat(2000), config)).toHaveLength(500);
  });

  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
    expect(retryDelayMs(3, 100, 250)).toBe(250);
  });
});

describe('configuration', () => {
  it('turns each target on only when configured', () => {
    const bare = distributionConfig(loadEnv({}));
    expect(bare).toMatchObject({ telegram: null, indexNow: null, webhooks: { urls: [], secret: null }, maxAttempts: 8 });
    expect(config.telegram).toEqual({ token: '123456:ABC-def_G', apiUrl: 'https://api.telegram.org', chats: { kk: '@qamshy_kk' } });
    expect(config.indexNow).toEqual({ key: 'abcdef12-3456', endpoint: 'https://yandex.com/indexnow' });
    expect(config.webhooks.urls).toEqual(['https://a.example/hook', 'http://127.0.0.1:9/h']);
  });

  it('refuses bad values at start-up with a message naming the variable', () => {
    expect(() => loadEnv({ WEBHOOK_URLS: 'ftp://x.example/h', WEBHOOK_SECRET: 'a-secret-of-16-chars' })).toThrow(/WEBHOOK_URLS must be an http\(s\) URL/);
    expect(() => loadEnv({ WEBHOOK_URLS: 'https://x.example/h' })).toThrow(/WEBHOOK_SECRET is required when WEBHOOK_URLS is set/);
    expect(() => loadEnv({ INDEXNOW_KEY: 'short' })).toThrow(/INDEXNOW_KEY must be 8 to 128/);
    expect(() => loadEnv({ INDEXNOW_KEY: '../../etc/passwd' })).toThrow(/INDEXNOW_KEY/);
    expect(() => loadEnv({ TELEGRAM_API_URL: 'javascript:alert(1)' })).toThrow(/TELEGRAM_API_URL must be an http\(s\) URL/);
    expect(() => loadEnv({ TELEGRAM_CHAT_KK: 'my channel' })).toThrow(/TELEGRAM_CHAT_KK/);
    expect(() => loadEnv({ TELEGRAM_BOT_TOKEN: 'nope' })).toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(loadEnv({ TELEGRAM_BOT_TOKEN: '', INDEXNOW_KEY: '' })).toMatchObject({ TELEGRAM_BOT_TOKEN: undefined, INDEXNOW_KEY: undefined });
  });
});

describe('the IndexNow key file', () => {
  it('answers GET and HEAD of /{key}.txt with the key as text, and nothing else', async () => {
    const respond = indexNowKeyResponder('abcdef12-3456');
    const server = http.createServer((req, res) => {
      if (!respond(req, res)) res.writeHead(404).end('next');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const hit = await fetch(`${base}/abcdef12-3456.txt?x=1`);
      expect([hit.status, hit.headers.get('content-type'), await hit.text()]).toEqual([200, 'text/plain; charset=utf-8', 'abcdef12-3456']);
      expect((await fetch(`${base}/abcdef12-3456.txt`, { method: 'HEAD' })).status).toBe(200);
      expect((await fetch(`${base}/abcdef12-3456.txt`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${base}/other.txt`)).status).toBe(404);
      const off = indexNowKeyResponder(undefined);
      expect(off({ method: 'GET', url: '/undefined.txt' } as http.IncomingMessage, {} as http.ServerResponse)).toBe(false);
    } finally {
      server.close();
    }
  });
});
