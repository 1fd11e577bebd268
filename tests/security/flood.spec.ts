import { expect, test } from '@playwright/test';
import { moderationQueueIds, signInRaw } from '../helpers/raw-admin';
import { commentsMarked, formToken, minFillMs, newArticles, postRawComment, sleep, type OpenArticle, type PostResult } from '../helpers/raw-comments';
import { visibleText } from '../helpers/raw-forms';
import { loopback } from '../helpers/raw-http';
import { health } from '../helpers/security-checks';
import { uiText } from '../e2e/pages/ui-text';

/*
 * Comment flooding, from loopback addresses of their own (127.0.0.1 is the other specs'):
 * one client fast, one socket pretending to be many through X-Forwarded-For, and 200 clients at
 * once. The server runs with its defaults (TRUST_PROXY_HOPS=0, 5 comments a minute).
 */
const PER_MINUTE = Number(process.env.COMMENT_LIMIT_PER_MINUTE ?? 5);

type Tally = { sent: number; accepted: number; refused: number; failed: number; lost: number };

/** Refused the way a reader should be told: 429, the localized reason, their text kept. */
function expectPoliteRefusal(result: PostResult, article: OpenArticle) {
  expect(result.response.status).toBe(429);
  const text = visibleText(result.response.text);
  const t = uiText(article.locale, 'CommentForm');
  const reasons = [t('tooMany'), t('tooManyPending')];
  expect(
    reasons.some((reason) => text.includes(reason)),
    `a localized reason in ${text.slice(0, 200)}`,
  ).toBe(true);
  expect(result.response.text, 'the reader keeps their text').toContain(result.body);
}

async function tokens(address: string, n: number): Promise<string[]> {
  const list: string[] = [];
  for (let i = 0; i < n; i += 1) list.push(await formToken(address));
  return list;
}

test('50 comments from one client in 0.5 s: at most the per-minute limit accepted, the rest refused (429, localized, text kept)', async () => {
  const address = loopback(210);
  const articles = newArticles(10);
  const marker = `flood-one-${Date.now()}`;
  const given = await tokens(address, 50);
  await sleep(minFillMs() + 300);
  const started = Date.now();
  const results = await Promise.all(
    given.map(async (token, i) => {
      await sleep(i * 10); // 50 posts spread over 0.5 s
      const article = articles[i % articles.length];
      return { article, result: await postRawComment({ address, article, token, name: 'Флудер', body: `${marker}-${i} пікір` }) };
    }),
  );
  const tally = count(
    results.map((r) => r.result),
    marker,
  );
  console.log(
    `flood, one client (${address}), sent within 0.5 s, all answered after ${Date.now() - started} ms: sent ${tally.sent}, accepted ${tally.accepted}, refused ${tally.refused}, failed ${tally.failed}, lost ${tally.lost}`,
  );
  expect(tally.accepted, `at most ${PER_MINUTE} a minute`).toBeLessThanOrEqual(PER_MINUTE);
  expect(tally.accepted, 'the first ones get through').toBeGreaterThanOrEqual(1);
  expect(tally.failed, 'every post answered 303 or 429').toBe(0);
  expect(tally.lost).toBe(0);
  for (const { article, result } of results) if (result.outcome === 'refused') expectPoliteRefusal(result, article);
  expect(await health()).toBe(200);
});

test('30 comments from one socket address with a new X-Forwarded-For each are limited like one client', async () => {
  const address = loopback(211);
  const articles = newArticles(10);
  const marker = `flood-xff-${Date.now()}`;
  const given = await tokens(address, 30);
  await sleep(minFillMs() + 300);
  const results: PostResult[] = [];
  for (const [i, token] of given.entries()) {
    const spoofed = `198.51.100.${i + 1}, 203.0.113.${i + 1}`;
    results.push(
      await postRawComment({
        address,
        article: articles[i % articles.length],
        token,
        name: 'Прокси',
        body: `${marker}-${i} пікір`,
        headers: { 'x-forwarded-for': spoofed, 'x-real-ip': `192.0.2.${i + 1}` },
      }),
    );
  }
  const tally = count(results, marker);
  console.log(
    `spoofed X-Forwarded-For (${address}): sent ${tally.sent}, accepted ${tally.accepted}, refused ${tally.refused}, failed ${tally.failed}, lost ${tally.lost}`,
  );
  expect(tally.accepted, `the socket address is the client: at most ${PER_MINUTE}`).toBeLessThanOrEqual(PER_MINUTE);
  expect(tally.refused).toBe(tally.sent - tally.accepted);
  expect(tally.lost).toBe(0);
});

test('200 comments at once from 200 clients: every accepted one is in the database and in the moderation queue', async () => {
  test.setTimeout(300_000);
  const articles = newArticles(20);
  const marker = `flood-many-${Date.now()}`;
  const clients = Array.from({ length: 200 }, (_, i) => loopback(10 + i)); // 127.0.0.10 … 127.0.0.209
  const given = await Promise.all(clients.map((address) => formToken(address)));
  await sleep(minFillMs() + 300);
  const started = Date.now();
  const results = await Promise.all(
    clients.map((address, i) =>
      postRawComment({ address, article: articles[i % articles.length], token: given[i], name: `Оқырман ${i}`, body: `${marker}-${i} бір уақытта` }).catch(
        (error: unknown) =>
          ({ outcome: 'other', name: '', body: `${marker}-${i} бір уақытта`, response: { status: 0, text: String(error) } }) as unknown as PostResult,
      ),
    ),
  );
  const elapsed = Date.now() - started;
  const tally = count(results, marker);

  // Reachable by a moderator: page through the pending queue and find every saved one.
  const admin = await signInRaw(loopback(230), 'admin');
  const queue = await moderationQueueIds(admin, 'pending');
  const saved = commentsMarked(marker);
  const unseen = saved.filter((row) => !queue.ids.has(row.id));
  tally.lost += unseen.length;
  console.log(
    `flood, 200 clients at once, ${elapsed} ms: sent ${tally.sent}, accepted ${tally.accepted}, refused ${tally.refused}, failed ${tally.failed}, lost ${tally.lost}` +
      ` (in the database ${saved.length}, reachable in ${queue.pages} queue pages ${saved.length - unseen.length})`,
  );
  const failures = results.filter((r) => r.outcome === 'other').map((r) => `${r.response.status} ${visibleText(r.response.text ?? '').slice(0, 80)}`);
  expect(failures, 'every post answered').toEqual([]);
  expect(tally.refused, 'no limit applies to 200 readers posting once each').toBe(0);
  expect(tally.accepted).toBe(200);
  expect(saved.length, 'one row per accepted comment').toBe(tally.accepted);
  expect(
    unseen.map((row) => row.id),
    'saved but not reachable in the moderation queue',
  ).toEqual([]);
  expect(tally.lost, 'lost comments').toBe(0);
  expect(await health()).toBe(200);
});

/** sent / accepted / refused / failed, and lost = accepted answers with no row (or rows nobody was told about). */
function count(results: PostResult[], marker: string): Tally {
  const rows = commentsMarked(marker);
  const bodies = new Set(rows.map((row) => row.body));
  const accepted = results.filter((r) => r.outcome === 'accepted');
  const lost = accepted.filter((r) => !bodies.has(r.body)).length;
  // A row for a post that was answered "refused" would be a comment the reader will send again.
  const phantom = results.filter((r) => r.outcome !== 'accepted' && bodies.has(r.body)).length;
  return {
    sent: results.length,
    accepted: accepted.length,
    refused: results.filter((r) => r.outcome === 'refused').length,
    failed: results.filter((r) => r.outcome === 'other').length,
    lost: lost + phantom,
  };
}
