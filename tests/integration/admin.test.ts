import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { getReadableArticle } from '@/db/queries/articles';
import { commentCounts, moderateComments } from '@/db/queries/admin-comments';
import { getArticleForEdit, listArticlesForAdmin, saveArticle, type SaveInput } from '@/db/queries/admin-articles';
import { deleteUserSessions, extendSession, findSessionUser, insertSession } from '@/db/queries/sessions';
import { listApprovedComments } from '@/db/queries/comments';
import { auditLog, categories, comments, users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { articleInput } from '../helpers/article-input';

let counter = 0;
function makeUser(role: 'admin' | 'editor' | 'author', active = true) {
  counter += 1;
  return db
    .insert(users)
    .values({ email: `${role}${counter}@qamshy.test`, name: `${role} ${counter}`, slug: `${role}-${counter}-${Date.now()}`, role, active })
    .returning({ id: users.id, role: users.role })
    .get();
}

const category = db
  .select()
  .from(categories)
  .where(and(eq(categories.locale, 'kk'), eq(categories.slug, 'sport')))
  .get()!;

const input = (overrides: Partial<SaveInput> = {}) => articleInput(category.id, { tags: ['сынақ'], ...overrides });

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});

describe('sessions', () => {
  it('finds a live session, not an expired one or one of a deactivated user', () => {
    const user = makeUser('editor');
    insertSession('live-hash', user.id, new Date(Date.now() + 60_000));
    insertSession('old-hash', user.id, new Date(Date.now() - 1));
    expect(findSessionUser('live-hash')?.id).toBe(user.id);
    expect(findSessionUser('old-hash')).toBeNull();
    expect(findSessionUser('unknown')).toBeNull();
    extendSession('old-hash', new Date(Date.now() + 60_000));
    expect(findSessionUser('old-hash')?.id).toBe(user.id);
    db.update(users).set({ active: false }).where(eq(users.id, user.id)).run();
    expect(findSessionUser('live-hash')).toBeNull();
  });

  it('ends every session of a user at once (password change)', () => {
    const user = makeUser('author');
    insertSession('a-hash', user.id, new Date(Date.now() + 60_000));
    insertSession('b-hash', user.id, new Date(Date.now() + 60_000));
    deleteUserSessions(user.id);
    expect(findSessionUser('a-hash')).toBeNull();
    expect(findSessionUser('b-hash')).toBeNull();
  });
});

describe('article status flow and permissions', () => {
  it('lets an author write and submit a draft but not publish it', () => {
    const author = makeUser('author');
    const created = saveArticle(author, null, input());
    expect(created).toMatchObject({ ok: true, status: 'draft', readersAffected: false });
    if (!created.ok) return;
    expect(getReadableArticle('kk', created.id)).toBeNull();
    expect(saveArticle(author, created.id, input({ intent: 'publish', version: 1 }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(saveArticle(author, created.id, input({ intent: 'schedule', version: 1, scheduledAt: new Date(Date.now() + 3_600_000) }))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    // Nothing a reader sees changes while the story is a draft or under review: the page cache stays.
    expect(saveArticle(author, created.id, input({ intent: 'submit', version: 1 }))).toMatchObject({ ok: true, status: 'submitted', readersAffected: false });
    expect(getReadableArticle('kk', created.id)).toBeNull();

    const other = makeUser('author');
    expect(getArticleForEdit(other, created.id)).toBeNull();
    expect(saveArticle(other, created.id, input({ version: 2 }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(listArticlesForAdmin(other, { page: 1 }).items.some((a) => a.id === created.id)).toBe(false);
    expect(listArticlesForAdmin(author, { page: 1 }).items.some((a) => a.id === created.id)).toBe(true);

    const editor = makeUser('editor');
    expect(saveArticle(editor, created.id, input({ intent: 'publish', version: 2 }))).toMatchObject({ ok: true, status: 'published', readersAffected: true });
    expect(getReadableArticle('kk', created.id)?.title).toBe('Сынақ жаңалығы');
    // Once published, the author can no longer change it.
    expect(saveArticle(author, created.id, input({ version: 3 }))).toEqual({ ok: false, reason: 'forbidden' });
    // Taking it down is a change readers must see at once.
    expect(saveArticle(editor, created.id, input({ intent: 'unpublish', version: 3 }))).toMatchObject({ ok: true, status: 'draft', readersAffected: true });
    expect(getReadableArticle('kk', created.id)).toBeNull();
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'article'), eq(auditLog.entityId, created.id)))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['article.create', 'article.submit', 'article.publish', 'article.unpublish']);
  });

  it('keeps a scheduled article from readers until its time', () => {
    const editor = makeUser('editor');
    const result = saveArticle(editor, null, input({ intent: 'schedule', scheduledAt: new Date(Date.now() + 3_600_000), title: 'Болашақ жаңалық' }));
    expect(result).toMatchObject({ ok: true, status: 'scheduled', readersAffected: true });
    if (!result.ok) return;
    expect(getReadableArticle('kk', result.id)).toBeNull();
  });

  it('refuses a save based on an old version instead of overwriting', () => {
    const editor = makeUser('editor');
    const created = saveArticle(editor, null, input({ title: 'Нұсқа бір' }));
    if (!created.ok) throw new Error('not created');
    expect(saveArticle(editor, created.id, input({ title: 'Бірінші редактор', version: 1 }))).toMatchObject({ ok: true });
    expect(saveArticle(editor, created.id, input({ title: 'Екінші редактор', version: 1 }))).toEqual({ ok: false, reason: 'conflict' });
    expect(getArticleForEdit(editor, created.id)?.title).toBe('Бірінші редактор');
  });

  it('refuses a category of the other edition and keeps slugs unique per edition', () => {
    const editor = makeUser('editor');
    const ruCategory = db.select().from(categories).where(eq(categories.locale, 'ru')).get()!;
    expect(saveArticle(editor, null, input({ categoryId: ruCategory.id }))).toEqual({ ok: false, reason: 'category' });
    const a = saveArticle(editor, null, input({ slug: 'bir-slag' }));
    const b = saveArticle(editor, null, input({ slug: 'bir-slag' }));
    expect(a.ok && b.ok && a.slug !== b.slug).toBe(true);
  });
});

describe('comment moderation', () => {
  it('lets editors approve, and refuses authors', () => {
    const article = db.select().from(comments).where(eq(comments.status, 'pending')).get()!;
    const author = makeUser('author');
    expect(moderateComments(author, [article.id], 'approve')).toBeNull();
    expect(db.select().from(comments).where(eq(comments.id, article.id)).get()!.status).toBe('pending');
    const before = commentCounts();
    const editor = makeUser('editor');
    const affected = moderateComments(editor, [article.id], 'approve');
    expect(affected).toHaveLength(1);
    expect(listApprovedComments(article.articleId).items.some((c) => c.id === article.id)).toBe(true);
    expect(commentCounts().approved).toBe(before.approved + 1);
    moderateComments(editor, [article.id], 'delete');
    expect(listApprovedComments(article.articleId).items.some((c) => c.id === article.id)).toBe(false);
    moderateComments(editor, [article.id], 'restore');
    expect(db.select().from(comments).where(eq(comments.id, article.id)).get()!.status).toBe('pending');
  });
});

describe('credits and the article list', () => {
  it('lets editors credit another person, refuses authors and unknown people', () => {
    const editor = makeUser('editor');
    const author = makeUser('author');
    const credited = saveArticle(editor, null, input({ title: 'Басқаның атынан', authorId: author.id }));
    expect(credited.ok).toBe(true);
    if (!credited.ok) return;
    expect(getArticleForEdit(editor, credited.id)?.authorId).toBe(author.id);
    expect(saveArticle(author, null, input({ authorId: editor.id }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(saveArticle(editor, null, input({ authorId: 99_999_999 }))).toEqual({ ok: false, reason: 'author' });
    // The credited author now sees it as their own draft.
    expect(listArticlesForAdmin(author, { page: 1 }).items.map((a) => a.id)).toContain(credited.id);
  });

  it('filters by category, author and literal title text', () => {
    const editor = makeUser('editor');
    const other = db
      .select()
      .from(categories)
      .where(and(eq(categories.locale, 'kk'), eq(categories.slug, 'qogam')))
      .get()!;
    const a = saveArticle(editor, null, input({ title: '100% нақты_тақырып' }));
    const b = saveArticle(editor, null, input({ title: '100 нақты тақырып', categoryId: other.id }));
    if (!a.ok || !b.ok) throw new Error('not created');
    const ids = (filters: Parameters<typeof listArticlesForAdmin>[1]) => listArticlesForAdmin(editor, filters).items.map((x) => x.id);
    expect(ids({ page: 1, q: '100%' })).toEqual([a.id]); // % is a character, not a wildcard
    expect(ids({ page: 1, q: 'нақты_' })).toEqual([a.id]);
    expect(ids({ page: 1, q: '100', categoryId: other.id })).toEqual([b.id]);
    expect(ids({ page: 1, authorId: editor.id }).sort()).toEqual([a.id, b.id].sort());
  });
});
