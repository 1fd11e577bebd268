import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { comments } from '@/db/schema';
import { clientKey } from '@/lib/comments/client-key';
import { FORM_START_COOKIE, issueFormToken } from '@/lib/comments/form-token';
import { formSecret } from '@/db/queries/form-secret';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { openArticles, post, readyToken, rowsFrom } from '../helpers/comment-post';

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
}));
// Real messages through next-intl's own translator: the refusals below are checked word for word.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = { kk: (await import('@/messages/kk.json')).default, ru: (await import('@/messages/ru.json')).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'kk' | 'ru'; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as 'CommentForm' }),
  };
});

// Defaults from lib/env.ts: 5 a minute, 30 an hour, 3 in moderation per article, 3 s, 2 links.
const [a1, a2, a3, a4, a5, a6, a7] = openArticles(7).map((article) => article.id) as [number, number, number, number, number, number, number];
const keyOf = (ip: string) => clientKey(ip, formSecret());
const oldRows = (ip: string, n: number, minutesAgo: number) =>
  db
    .insert(comments)
    .values(
      Array.from({ length: n }, (_, i) => ({
        articleId: a1,
        authorName: 'Ескі',
        body: `ескі ${i}`,
        status: 'approved' as const,
        clientKey: keyOf(ip),
        createdAt: new Date(Date.now() - minutesAgo * 60_000),
      })),
    )
    .run();

beforeEach(() => jar.clear());

describe('per-client rate limits', () => {
  it('accepts 5 comments a minute from one address, refuses the 6th with 429 and keeps the text; another address is not limited', async () => {
    const ip = '127.0.0.2';
    for (const articleId of [a1, a1, a2, a2, a3]) expect((await post({ ip, articleId })).state.status).toBe('ok');
    const refused = await post({ ip, articleId: a4, name: 'Дана', body: 'Алтыншы пікір' });
    expect(refused.state).toMatchObject({
      status: 'error',
      reason: 'tooMany',
      message: kk.CommentForm.tooMany,
      values: { name: 'Дана', body: 'Алтыншы пікір' },
    });
    expect(refused.status).toBe(429);
    expect(rowsFrom([ip])).toHaveLength(5);

    const other = await post({ ip: '127.0.0.12', articleId: a4 });
    expect(other.state.status).toBe('ok');
    expect(other.status).toBeUndefined();
  });

  it('forgets comments older than a minute for the minute limit', async () => {
    const ip = '127.0.0.13';
    oldRows(ip, 5, 2);
    expect((await post({ ip, articleId: a2 })).state.status).toBe('ok');
  });

  it('refuses the 31st comment within an hour', async () => {
    const ip = '127.0.0.3';
    oldRows(ip, 29, 10);
    expect((await post({ ip, articleId: a2 })).state.status).toBe('ok');
    const refused = await post({ ip, articleId: a3 });
    expect(refused.state.reason).toBe('tooMany');
    expect(refused.status).toBe(429);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    for (let i = 1; i <= 5; i++) expect((await post({ ip: `2001:db8:1:2::${i}`, articleId: [a1, a2, a3, a4, a5][i - 1]! })).state.status).toBe('ok');
    expect((await post({ ip: '2001:db8:1:2:ffff::9', articleId: a6 })).state.reason).toBe('tooMany');
    expect((await post({ ip: '2001:db8:1:3::1', articleId: a6 })).state.status).toBe('ok');
  });

  it('stores a keyed hash of the address, never the address', async () => {
    const ip = '127.0.0.14';
    await post({ ip, articleId: a5 });
    const [row] = rowsFrom([ip]);
    expect(row!.clientKey).toBe(keyOf(ip));
    expect(JSON.stringify(row)).not.toContain(ip);
  });
});

describe('per-article ceiling of comments in moderation', () => {
  it('refuses a 4th pending comment on one article from one client, not on another article, and frees a place when one is approved', async () => {
    const ip = '127.0.0.5';
    for (let i = 0; i < 3; i++) expect((await post({ ip, articleId: a6 })).state.status).toBe('ok');
    const refused = await post({ ip, articleId: a6, body: 'Төртінші' });
    expect(refused.state).toMatchObject({ status: 'error', reason: 'tooManyPending', message: kk.CommentForm.tooManyPending, values: { body: 'Төртінші' } });
    expect(refused.status).toBe(429);
    expect((await post({ ip, articleId: a7 })).state.status).toBe('ok');
    const [first] = rowsFrom([ip]).filter((row) => row.articleId === a6);
    db.update(comments).set({ status: 'approved' }).where(eq(comments.id, first!.id)).run();
    expect((await post({ ip, articleId: a6 })).state.status).toBe('ok');
  });
});

describe('parallel posts', () => {
  it('accepts 200 comments posted at once from 200 addresses, and all of them are in the database', async () => {
    const ips = Array.from({ length: 200 }, (_, i) => `10.20.${Math.floor(i / 100)}.${(i % 100) + 1}`);
    const results = await Promise.all(ips.map((ip) => post({ ip, articleId: a7, body: `Параллель ${ip}` })));
    expect(results.filter((r) => r.state.status === 'ok')).toHaveLength(200);
    const rows = rowsFrom(ips);
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => row.status === 'pending' && row.articleId === a7)).toBe(true);
  });

  it('accepts exactly the minute limit of 20 posts sent at once from one address', async () => {
    const ip = '127.0.0.20';
    const spread = [a1, a2, a3, a4, a5, a6, a7];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post({ ip, articleId: spread[i % spread.length]! })));
    expect(results.filter((r) => r.state.status === 'ok')).toHaveLength(5);
    expect(results.filter((r) => r.state.reason === 'tooMany')).toHaveLength(15);
    expect(rowsFrom([ip])).toHaveLength(5);
  });
});

describe('minimum fill time', () => {
  it('refuses a post made as soon as the form was ready (429), and accepts the same token once it is old enough', async () => {
    const ip = '127.0.0.30';
    const fresh = issueFormToken(Date.now(), formSecret());
    const refused = await post({ ip, articleId: a1, start: fresh, body: 'Тым жылдам' });
    expect(refused.state).toMatchObject({
      status: 'error',
      reason: 'tooFast',
      message: kk.CommentForm.tooFast,
      values: { body: 'Тым жылдам' },
      startToken: fresh,
    });
    expect(refused.status).toBe(429);
    expect(rowsFrom([ip])).toHaveLength(0);
    expect((await post({ ip, articleId: a1, start: issueFormToken(Date.now() - 3000, formSecret()) })).state.status).toBe('ok');
  });

  it('reads the token from the cookie the form image set', async () => {
    jar.set(FORM_START_COOKIE, issueFormToken(Date.now(), formSecret()));
    expect((await post({ ip: '127.0.0.31', articleId: a1, start: null })).state.reason).toBe('tooFast');
    jar.set(FORM_START_COOKIE, readyToken());
    expect((await post({ ip: '127.0.0.31', articleId: a1, start: null })).state.status).toBe('ok');
  });

  it('refuses a post without any token (400) and hands out a fresh one, which is too fresh to use at once', async () => {
    const ip = '127.0.0.32';
    const refused = await post({ ip, articleId: a2, start: null, js: false, name: 'Бот', body: 'Токенсіз' });
    expect(refused.state).toMatchObject({
      status: 'error',
      reason: 'formExpired',
      message: kk.CommentForm.formExpired,
      values: { name: 'Бот', body: 'Токенсіз' },
    });
    expect(refused.status).toBe(400);
    const next = 'startToken' in refused.state ? refused.state.startToken : undefined;
    expect(next).toMatch(/\./);
    expect((await post({ ip, articleId: a2, start: next! })).state.reason).toBe('tooFast');
    expect(rowsFrom([ip])).toHaveLength(0);
  });

  it('refuses tampered, foreign and expired tokens', async () => {
    const ip = '127.0.0.33';
    const good = readyToken();
    const [issued, nonce, signature] = good.split('.') as [string, string, string];
    const older = (parseInt(issued, 36) - 60_000).toString(36);
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'AB' : 'AA'}`;
    const foreign = issueFormToken(Date.now() - 10_000, Buffer.from('another secret, not this portal’s, 32+ chars'));
    for (const start of [
      `${older}.${nonce}.${signature}`,
      `${issued}.${nonce}.${flipped}`,
      foreign,
      readyToken(25 * 3_600_000),
      'garbage',
      `${issued}.${nonce}`,
    ]) {
      const refused = await post({ ip, articleId: a3, start });
      expect(refused.state.reason, start).toBe('formExpired');
      expect(refused.status).toBe(400);
    }
    expect(rowsFrom([ip])).toHaveLength(0);
  });

  it('takes each token for one comment only', async () => {
    const ip = '127.0.0.34';
    const token = readyToken();
    expect((await post({ ip, articleId: a4, start: token })).state.status).toBe('ok');
    const again = await post({ ip, articleId: a4, start: token });
    expect(again.state.reason).toBe('formExpired');
    expect('startToken' in again.state && again.state.startToken).not.toBe(token);
    expect(rowsFrom([ip])).toHaveLength(1);
  });
});

describe('links', () => {
  it('sends a comment with more than 2 links to the spam queue and keeps one with 2 pending', async () => {
    const ip = '127.0.0.40';
    await post({ ip, articleId: a5, body: 'Екі сілтеме: https://a.kz және www.b.kz' });
    await post({ ip, articleId: a5, body: 'Үш сілтеме: https://a.kz, http://b.kz/x және www.c.kz' });
    const rows = rowsFrom([ip]).sort((x, y) => x.id - y.id);
    expect(rows.map((row) => row.status)).toEqual(['pending', 'spam']);
  });
});

describe('refusals are localized and keep the text', () => {
  it('speaks Russian on the Russian edition', async () => {
    const ip = '127.0.0.50';
    for (const articleId of [a1, a2, a3, a4, a5]) await post({ ip, articleId, locale: 'ru' });
    const refused = await post({ ip, articleId: a6, locale: 'ru', name: 'Иван', body: 'Шестой комментарий', js: false });
    expect(refused.state).toMatchObject({
      status: 'error',
      reason: 'tooMany',
      message: ru.CommentForm.tooMany,
      errors: {},
      values: { name: 'Иван', body: 'Шестой комментарий' },
    });
    expect(refused.state.startToken).toBeUndefined();
    expect(refused.status).toBe(429);
    expect(ru.CommentForm.tooMany).not.toBe(kk.CommentForm.tooMany);
  });
});
