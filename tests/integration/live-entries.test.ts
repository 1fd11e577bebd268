import { and, desc, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ru from '@/messages/ru.json';

// A webhook configured, so a key event has somewhere to go: set before lib/env.ts reads it.
vi.hoisted(() => {
  process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/live-hook';
  process.env.WEBHOOK_SECRET = 'live-test-secret-16chars';
  delete process.env.TELEGRAM_BOT_TOKEN;
});
// The real actions and database; the session and the request's locale are stand-ins.
const actor = vi.hoisted(() => ({ user: { id: 0, role: 'editor' as 'admin' | 'editor' | 'author' } }));
vi.mock('@/app/admin/_auth/guard', () => ({ requireUser: async () => actor.user, requirePermission: async () => actor.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: 'AdminLive') => createTranslator({ locale: 'ru', messages: ru, namespace }) }));

const { db } = await import('@/db/client');
const { articles, auditLog, categories, liveEntries, outbox, users } = await import('@/db/schema');
const actions = await import('@/app/admin/articles/[id]/live/actions');
const { GET } = await import('@/app/api/live/[id]/route');
const { registerPageCache } = await import('@/lib/http/page-cache-bridge');
const { IDLE } = await import('@/lib/validation/action-state');
const { getReadableLiveState } = await import('@/db/queries/live-entries');
const { listFeedArticles, listNewsArticles } = await import('@/db/queries/feeds');

const purges: (readonly string[] | undefined)[] = [];
registerPageCache({ purge: (prefixes) => (purges.push(prefixes), 0) });

const blog = db
  .select()
  .from(articles)
  .where(and(eq(articles.format, 'live'), eq(articles.locale, 'kk')))
  .get()!;
let counter = 0;
function makeUser(role: 'editor' | 'author') {
  counter += 1;
  const slug = `live-${role}-${counter}-${Date.now()}`;
  return db
    .insert(users)
    .values({ email: `${slug}@qamshy.test`, name: slug, slug, role })
    .returning({ id: users.id, role: users.role })
    .get();
}

function entryForm(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** The URL a redirect goes to, or the state the action answered with. */
const outcome = <T>(run: Promise<T>) =>
  run.then(
    (state) => ({ state, to: null as string | null }),
    (error: Error & { digest?: string }) =>
      error.digest?.startsWith('NEXT_REDIRECT') ? { state: null, to: error.digest.split(';')[2] } : Promise.reject(error),
  );

const updatedAt = () => db.select({ at: articles.updatedAt }).from(articles).where(eq(articles.id, blog.id)).get()!.at.getTime();
const lastAudit = () => db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
const newest = () => db.select().from(liveEntries).where(eq(liveEntries.articleId, blog.id)).orderBy(desc(liveEntries.id)).limit(1).get()!;
const poll = (query: string) => GET(new Request(`http://portal.test/api/live/${blog.id}?${query}`), { params: Promise.resolve({ id: String(blog.id) }) });

beforeEach(() => {
  actor.user = makeUser('editor');
  purges.length = 0;
});

describe('live blog entries', () => {
  it('the seed has a live blog per edition with a dozen entries, some of them key events and one edited', () => {
    for (const locale of ['kk', 'ru'] as const) {
      const live = db
        .select()
        .from(articles)
        .where(and(eq(articles.format, 'live'), eq(articles.locale, locale)))
        .get()!;
      const entries = db.select().from(liveEntries).where(eq(liveEntries.articleId, live.id)).all();
      expect(entries.length).toBeGreaterThanOrEqual(12);
      expect(entries.filter((e) => e.keyEvent).length).toBeGreaterThan(1);
      expect(entries.filter((e) => e.editedAt).length).toBe(1);
      expect(live.updatedAt.getTime()).toBe(Math.max(...entries.map((e) => (e.editedAt ?? e.createdAt).getTime())));
    }
  });

  it('adds an entry: rendered markdown, updatedAt moved, audit line, a key event queued, the article and its poll purged', async () => {
    const before = updatedAt();
    const queued = db.select().from(outbox).where(eq(outbox.articleId, blog.id)).all().length;
    const { to } = await outcome(
      actions.addEntryAction(blog.id, IDLE, entryForm({ headline: 'Жаңа хабар', body: 'Жол **ашылды**.', imageAlt: '', keyEvent: 'on' })),
    );
    expect(to).toBe(`/admin/articles/${blog.id}/live?saved=added`);
    const entry = newest();
    expect(entry).toMatchObject({ headline: 'Жаңа хабар', keyEvent: true, authorId: actor.user.id, editedAt: null });
    expect(entry.bodyHtml).toContain('<strong>ашылды</strong>');
    expect(updatedAt()).toBeGreaterThan(before);
    expect(lastAudit()).toMatchObject({ action: 'live.entryAdd', entity: 'article', entityId: blog.id, userId: actor.user.id });
    const rows = db.select().from(outbox).where(eq(outbox.articleId, blog.id)).all();
    expect(rows.length).toBe(queued + 1);
    expect(rows.at(-1)).toMatchObject({ event: 'liveblog.key_event', target: 'webhook' });
    const purged = purges.flatMap((p) => p ?? ['*']);
    expect(purged).toEqual(expect.arrayContaining([`page:/kk/article/${blog.id}-`, `page:/kk-latn/article/${blog.id}-`, `page:/api/live/${blog.id}?`]));
    // Feeds and sitemaps list it like any article, dated by the entry just added.
    const feed = listFeedArticles('kk', 200).find((row) => row.id === blog.id);
    expect(feed?.updatedAt.getTime()).toBe(entry.createdAt.getTime());
    expect(listNewsArticles(new Date(0), 1000).some((row) => row.id === blog.id)).toBe(true);
  });

  it('an ordinary entry queues nothing', async () => {
    const queued = db.select().from(outbox).where(eq(outbox.articleId, blog.id)).all().length;
    await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: '', body: 'Қысқа хабар.', imageAlt: '' })));
    expect(newest().keyEvent).toBe(false);
    expect(db.select().from(outbox).where(eq(outbox.articleId, blog.id)).all().length).toBe(queued);
  });

  it('refuses an empty text with a localized error and gives back what was typed; nothing is written', async () => {
    const count = db.select().from(liveEntries).all().length;
    const { state } = await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: 'Тақырып ғана', body: '   ', imageAlt: '' })));
    expect(state).toMatchObject({ status: 'error', errors: { body: 'Напишите текст записи.' }, values: { headline: 'Тақырып ғана' } });
    expect(db.select().from(liveEntries).all().length).toBe(count);
    expect(purges).toEqual([]);
  });

  it('edits an entry: marked edited, updatedAt moved, audited', async () => {
    await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: 'Алғашқы', body: 'Бірінші нұсқа.', imageAlt: '' })));
    const entry = newest();
    const before = updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { to } = await outcome(actions.editEntryAction(blog.id, entry.id, IDLE, entryForm({ headline: 'Түзетілген', body: 'Екінші нұсқа.', imageAlt: '' })));
    expect(to).toBe(`/admin/articles/${blog.id}/live?saved=edited`);
    const edited = newest();
    expect(edited).toMatchObject({ id: entry.id, headline: 'Түзетілген', bodyMarkdown: 'Екінші нұсқа.' });
    expect(edited.editedAt).not.toBeNull();
    expect(updatedAt()).toBeGreaterThan(before);
    expect(lastAudit()).toMatchObject({ action: 'live.entryEdit', entityId: blog.id });
  });

  it('removes an entry: gone, updatedAt moved, audited, purged', async () => {
    await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: '', body: 'Жойылатын жазба.', imageAlt: '' })));
    const entry = newest();
    const before = updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 5));
    purges.length = 0;
    const { to } = await outcome(actions.removeEntryAction(blog.id, entry.id));
    expect(to).toBe(`/admin/articles/${blog.id}/live?saved=removed`);
    expect(db.select().from(liveEntries).where(eq(liveEntries.id, entry.id)).get()).toBeUndefined();
    expect(updatedAt()).toBeGreaterThan(before);
    expect(lastAudit()).toMatchObject({ action: 'live.entryRemove', entityId: blog.id });
    expect(purges.flatMap((p) => p ?? [])).toContain(`page:/api/live/${blog.id}?`);
  });

  it('an author who may not edit the article cannot add to it', async () => {
    actor.user = makeUser('author');
    const count = db.select().from(liveEntries).all().length;
    const { state } = await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: '', body: 'Рұқсатсыз.', imageAlt: '' })));
    expect(state).toMatchObject({ status: 'error', reason: 'forbidden' });
    expect(db.select().from(liveEntries).all().length).toBe(count);
  });

  it('the poll answers newer entries in the reading view, with a few seconds of shared caching', async () => {
    await outcome(actions.addEntryAction(blog.id, IDLE, entryForm({ headline: 'Қар тоқтады', body: 'Күн ашылды.', imageAlt: '' })));
    const entry = newest();
    const response = await poll(`locale=kk&after=${entry.id - 1}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=5\b/);
    const answer = await response.json();
    expect(answer.open).toBe(true);
    expect(answer.entries.map((e: { id: number }) => e.id)).toEqual([entry.id]);
    expect(answer.entries[0]).toMatchObject({ headline: 'Қар тоқтады', keyEvent: false, edited: false, image: null });
    expect(answer.entries[0].iso).toMatch(/\+05:00$/);
    const latin = await (await poll(`locale=kk-latn&after=${entry.id - 1}`)).json();
    expect(latin.entries[0].headline).toBe('Qar toqtady');
    expect(latin.entries[0].bodyHtml).toContain('Kün aşyldy.');
    expect((await (await poll(`locale=kk&after=${entry.id}`)).json()).entries).toEqual([]);
    // Another edition's URL, a made-up prefix or a non-id: not this poll's question.
    expect((await poll(`locale=ru&after=0`)).status).toBe(404);
    expect((await poll(`locale=en`)).status).toBe(400);
    expect((await poll(`locale=kk&after=x`)).status).toBe(400);
  });

  it('closing ends the coverage and the poll says so; reopening clears it', async () => {
    const { to } = await outcome(actions.setOpenAction(blog.id, false));
    expect(to).toBe(`/admin/articles/${blog.id}/live?saved=closed`);
    expect(getReadableLiveState('kk', blog.id)?.liveEndedAt).toBeInstanceOf(Date);
    expect(lastAudit()).toMatchObject({ action: 'live.close', entityId: blog.id });
    expect((await (await poll('locale=kk')).json()).open).toBe(false);
    await outcome(actions.setOpenAction(blog.id, true));
    expect(getReadableLiveState('kk', blog.id)?.liveEndedAt).toBeNull();
  });

  it('a standard article takes no entries until it is made a live blog', async () => {
    const standard = db
      .select()
      .from(articles)
      .where(and(eq(articles.format, 'standard'), eq(articles.locale, 'kk')))
      .get()!;
    const { state } = await outcome(actions.addEntryAction(standard.id, IDLE, entryForm({ headline: '', body: 'Ерте.', imageAlt: '' })));
    expect(state).toMatchObject({ status: 'error', reason: 'notLive' });
    const { to } = await outcome(actions.setFormatAction(standard.id, 'live'));
    expect(to).toBe(`/admin/articles/${standard.id}/live?saved=live`);
    expect(getReadableLiveState('kk', standard.id)).toMatchObject({ format: 'live', liveEndedAt: null });
    expect(lastAudit()).toMatchObject({ action: 'live.format.live', entityId: standard.id });
    await outcome(actions.setFormatAction(standard.id, 'standard'));
    expect(getReadableLiveState('kk', standard.id)?.format).toBe('standard');
  });

  it('the article form turns a story into a live blog, open, and back', async () => {
    const { saveArticleAction } = await import('@/app/admin/articles/actions');
    const { newArticleValues, storedArticleValues } = await import('@/lib/validation/article');
    const { getArticleForEdit } = await import('@/db/queries/admin-articles');
    const category = db.select().from(categories).where(eq(categories.locale, 'kk')).get()!;
    const form = new FormData();
    const fields = {
      ...newArticleValues(actor.user.id),
      title: 'Трансляция сынағы',
      body: 'Лид.',
      categoryId: String(category.id),
      format: 'live',
      intent: 'save',
    };
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const { to } = await outcome(saveArticleAction(null, IDLE, form));
    const id = Number(/\/admin\/articles\/(\d+)/.exec(to ?? '')?.[1]);
    expect(id).toBeGreaterThan(0);
    const saved = db.select({ format: articles.format, liveEndedAt: articles.liveEndedAt }).from(articles).where(eq(articles.id, id)).get();
    expect(saved).toEqual({ format: 'live', liveEndedAt: null });
    const values = storedArticleValues(getArticleForEdit(actor.user, id)!);
    expect(values.format).toBe('live');
    const back = new FormData();
    for (const [name, value] of Object.entries({ ...values, format: 'standard', intent: 'save' })) back.set(name, value);
    await outcome(saveArticleAction(id, IDLE, back));
    expect(db.select({ format: articles.format }).from(articles).where(eq(articles.id, id)).get()?.format).toBe('standard');
  });
});
