import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Every outside service configured (local, never reached): set before lib/env.ts reads them.
vi.hoisted(() => {
  process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/hook';
  process.env.WEBHOOK_SECRET = 'notes-test-secret-1234';
  process.env.INDEXNOW_KEY = 'notes-test-key';
  process.env.TELEGRAM_BOT_TOKEN = '1:notes';
  process.env.TELEGRAM_CHAT_KK = '@kk_notes';
});
import { db } from '@/db/client';
import { getArticleForEdit, saveArticle } from '@/db/queries/admin-articles';
import { addArticleNote, deleteArticleNote, listArticleNotes } from '@/db/queries/article-notes';
import { restoreRevision } from '@/db/queries/article-revisions';
import { getReadableArticle } from '@/db/queries/articles';
import { listFeedArticles, listSitemapArticles } from '@/db/queries/feeds';
import { articleRevisions, articles, auditLog, categories, outbox, users } from '@/db/schema';
import { almatyMonthOf, almatyMonthRange } from '@/lib/seo/almaty-month';
import { rssItems } from '@/lib/seo/rss-items';
import { articleInput } from '../helpers/article-input';

let counter = 0;
function makeUser(role: 'admin' | 'editor' | 'author') {
  counter += 1;
  return db
    .insert(users)
    .values({ email: `notes-${role}${counter}@qamshy.test`, name: `Notes ${role} ${counter}`, slug: `notes-${role}-${counter}-${Date.now()}`, role })
    .returning({ id: users.id, role: users.role })
    .get();
}

const editor = makeUser('editor');
const kkCategory = db.select().from(categories).where(eq(categories.locale, 'kk')).get()!;

/** A published article whose dates lie an hour back, so a note's bump is unmistakable. */
function publishedAnHourAgo(title = 'Түзетілетін жаңалық') {
  const result = saveArticle(editor, null, articleInput(kkCategory.id, { title, intent: 'publish' }));
  if (!result.ok) throw new Error(result.reason);
  const hourAgo = new Date(Date.now() - 3_600_000);
  db.update(articles).set({ publishedAt: hourAgo, updatedAt: hourAgo }).where(eq(articles.id, result.id)).run();
  return { id: result.id, hourAgo };
}

const row = (id: number) => db.select({ updatedAt: articles.updatedAt, version: articles.version }).from(articles).where(eq(articles.id, id)).get()!;

describe('updates and corrections', () => {
  it('adds dated notes, oldest first, and moves updatedAt (dateModified, lastmod, RSS) but not the version', async () => {
    const { id, hourAgo } = publishedAnHourAgo();
    const before = row(id);
    expect(addArticleNote(editor, id, 'update', 'Полиция ресми мәлімдеме жасады.')).toEqual({ ok: true, locale: 'kk' });
    expect(addArticleNote(editor, id, 'correction', 'Зардап шеккендер саны 5 емес, 3 болып түзетілді.')).toEqual({ ok: true, locale: 'kk' });
    const notes = listArticleNotes(id);
    expect(notes.map((n) => [n.kind, n.body])).toEqual([
      ['update', 'Полиция ресми мәлімдеме жасады.'],
      ['correction', 'Зардап шеккендер саны 5 емес, 3 болып түзетілді.'],
    ]);
    const after = row(id);
    expect(after.version).toBe(before.version);
    expect(after.updatedAt.getTime()).toBeGreaterThan(hourAgo.getTime() + 3_000_000);
    expect(after.updatedAt.getTime()).toBe(notes[1].createdAt.getTime());

    // What readers, crawlers and feed readers get.
    expect(getReadableArticle('kk', id)?.updatedAt.getTime()).toBe(after.updatedAt.getTime());
    const month = almatyMonthRange(almatyMonthOf(hourAgo))!;
    const inSitemap = (await listSitemapArticles(month, { offset: 0, limit: 50_000 })).find((a) => a.id === id);
    expect(inSitemap?.lastModified.getTime()).toBe(after.updatedAt.getTime());
    const item = (await rssItems(listFeedArticles('kk', 50))).find((i) => i.link.includes(`/kk/article/${id}-`));
    expect(item?.updatedAt?.getTime()).toBe(after.updatedAt.getTime());
    expect(item?.publishedAt.getTime()).toBe(hourAgo.getTime()); // the item's date and guid stay

    // Announced again as an update (IndexNow, the webhook), not posted to Telegram a second time.
    const sent = db.select({ event: outbox.event, target: outbox.target }).from(outbox).where(eq(outbox.articleId, id)).orderBy(outbox.id).all();
    expect(
      sent
        .filter((d) => d.event === 'article.published')
        .map((d) => d.target)
        .sort(),
    ).toEqual(['indexnow', 'telegram', 'webhook']);
    expect(
      sent
        .filter((d) => d.event === 'article.updated')
        .map((d) => d.target)
        .sort(),
    ).toEqual(['indexnow', 'indexnow', 'webhook', 'webhook']);

    expect(
      db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'article'), eq(auditLog.entityId, id)))
        .orderBy(desc(auditLog.id))
        .get()?.action,
    ).toBe('article.note.correction');
  });

  it('never loses a note when a revision is restored', () => {
    const { id } = publishedAnHourAgo('Бірінші нұсқа');
    expect(saveArticle(editor, id, articleInput(kkCategory.id, { title: 'Қате нұсқа', intent: 'publish', version: 1 }))).toMatchObject({ ok: true });
    expect(addArticleNote(editor, id, 'correction', 'Тақырыптағы қате түзетілді.')).toMatchObject({ ok: true });
    const version = row(id).version;
    const [revision] = db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).all();
    expect(restoreRevision(editor, id, revision.id, version)).toMatchObject({ ok: true });
    expect(getArticleForEdit(editor, id)?.title).toBe('Бірінші нұсқа');
    expect(listArticleNotes(id).map((n) => n.body)).toEqual(['Тақырыптағы қате түзетілді.']);
    // A note added after an edit also survives restoring the text of before it.
    expect(saveArticle(editor, id, articleInput(kkCategory.id, { title: 'Үшінші нұсқа', intent: 'publish', version: version + 1 }))).toMatchObject({
      ok: true,
    });
    const latest = db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.id)).get()!;
    expect(restoreRevision(editor, id, latest.id, version + 2)).toMatchObject({ ok: true });
    expect(listArticleNotes(id)).toHaveLength(1);
  });

  it('refuses authors and unpublished articles; deleting is an editor action written whole to the audit log', () => {
    const author = makeUser('author');
    const { id } = publishedAnHourAgo();
    expect(addArticleNote(author, id, 'update', 'Автор')).toEqual({ ok: false, reason: 'forbidden' });
    const draft = saveArticle(editor, null, articleInput(kkCategory.id, { title: 'Жоба' }));
    if (!draft.ok) throw new Error(draft.reason);
    expect(addArticleNote(editor, draft.id, 'update', 'Ерте')).toEqual({ ok: false, reason: 'notPublished' });
    expect(addArticleNote(editor, 999_999, 'update', 'Жоқ')).toEqual({ ok: false, reason: 'notFound' });

    addArticleNote(editor, id, 'correction', 'Күні қате көрсетілген еді.');
    const [note] = listArticleNotes(id);
    expect(deleteArticleNote(author, id, note.id)).toEqual({ ok: false, reason: 'forbidden' });
    expect(deleteArticleNote(editor, id + 1, note.id)).toEqual({ ok: false, reason: 'notFound' }); // not this article's note
    expect(listArticleNotes(id)).toHaveLength(1);
    expect(deleteArticleNote(editor, id, note.id)).toEqual({ ok: true, locale: 'kk' });
    expect(listArticleNotes(id)).toHaveLength(0);
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'article'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(audit).toMatchObject({ action: 'article.note.delete', userId: editor.id });
    expect(audit.detail).toContain('Күні қате көрсетілген еді.');
    expect(audit.detail).toContain('correction');
  });
});
