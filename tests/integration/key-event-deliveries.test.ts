import { and, desc, eq, gt } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Issue 11: "When an article is published (or a live blog gets a key event), the portal delivers
// it": with all three services configured, a key event added to each edition's demo live blog
// queues a Telegram post to that edition's channel (linking the entry), an IndexNow submission
// and a webhook naming the entry, in the transaction that adds it. Set before lib/env.ts reads it.
vi.hoisted(() => {
  process.env.TELEGRAM_BOT_TOKEN = '99:key-event-token';
  process.env.TELEGRAM_CHAT_KK = '@key_events_kk';
  process.env.TELEGRAM_CHAT_RU = '@key_events_ru';
  process.env.INDEXNOW_KEY = 'key-event-indexnow';
  process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/key-events';
  process.env.WEBHOOK_SECRET = 'key-event-secret-16chars';
});

const { db } = await import('@/db/client');
const { articles, outbox, users } = await import('@/db/schema');
const { addLiveEntry } = await import('@/db/queries/live-entries');

const SITE = 'http://qamshy.test';
const editor = db
  .insert(users)
  .values({ email: 'key-events@qamshy.test', name: 'Key Events', slug: `key-events-${Date.now()}`, role: 'editor' })
  .returning({ id: users.id, role: users.role })
  .get();
const entry = (text: string, keyEvent: boolean) => ({ headline: text, bodyMarkdown: `${text}.`, keyEvent, image: null, imageAlt: '' });

describe.each([
  ['kk', 'Әкімдік жолды жапты', '@key_events_kk', ['kk', 'kk-latn', 'kk-arab']],
  ['ru', 'Акимат перекрыл дорогу', '@key_events_ru', ['ru']],
] as const)('a key event in the %s demo live blog', (locale, text, chat, prefixes) => {
  it('queues one Telegram post to the edition’s channel, one IndexNow submission and one webhook, all naming the entry', () => {
    const blog = db
      .select()
      .from(articles)
      .where(and(eq(articles.format, 'live'), eq(articles.locale, locale)))
      .get()!;
    const last = db.select({ id: outbox.id }).from(outbox).orderBy(desc(outbox.id)).limit(1).get()?.id ?? 0;
    const queued = () => db.select().from(outbox).where(gt(outbox.id, last)).orderBy(outbox.id).all();

    const ordinary = addLiveEntry(editor, blog.id, entry('Жай жазба', false));
    expect(ordinary.ok).toBe(true);
    expect(queued()).toEqual([]);

    const change = addLiveEntry(editor, blog.id, entry(text, true));
    if (!change.ok) throw new Error(change.reason);
    const rows = queued();
    expect(rows.map((r) => [r.target, r.event, r.status, r.articleId, r.locale])).toEqual([
      ['telegram', 'liveblog.key_event', 'pending', blog.id, locale],
      ['indexnow', 'liveblog.key_event', 'pending', blog.id, locale],
      ['webhook', 'liveblog.key_event', 'pending', blog.id, locale],
    ]);
    const articleUrl = `${SITE}/${locale}/article/${blog.id}-${blog.slug}`;
    const entryUrl = `${articleUrl}#entry-${change.entryId}`;

    const post = JSON.parse(rows[0]!.body) as { chat_id: string; text: string };
    expect(rows[0]!.destination).toBe(chat);
    expect(post.chat_id).toBe(chat);
    expect(post.text).toContain(text);
    expect(post.text).toContain(`<a href="${entryUrl}">`);

    expect(JSON.parse(rows[1]!.body).urlList).toEqual(prefixes.map((prefix) => `${SITE}/${prefix}/article/${blog.id}-${blog.slug}`));

    expect(JSON.parse(rows[2]!.body)).toMatchObject({
      event: 'liveblog.key_event',
      id: blog.id,
      locale,
      url: articleUrl,
      entry: { id: change.entryId, text, url: entryUrl },
    });
  });
});
