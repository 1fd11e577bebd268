import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { getArticleForEdit, saveArticle, setArticleThumbnail, type SaveInput } from '@/db/queries/admin-articles';
import { getRevision, listRevisions, restoreRevision } from '@/db/queries/article-revisions';
import { listTranslationOptions } from '@/db/queries/article-translations';
import { getReadableArticle, locateReadableArticle } from '@/db/queries/articles';
import { articleRevisions, articles, auditLog, categories, users } from '@/db/schema';
import { listLibraryImages, stemWallClock } from '@/lib/images/library';
import { existingThumbnail } from '@/lib/images/upload';
import { articleInput } from '../helpers/article-input';

let counter = 0;
function makeUser(role: 'admin' | 'editor' | 'author') {
  counter += 1;
  return db
    .insert(users)
    .values({ email: `rev-${role}${counter}@qamshy.test`, name: `Rev ${role} ${counter}`, slug: `rev-${role}-${counter}-${Date.now()}`, role })
    .returning({ id: users.id, role: users.role })
    .get();
}

const kkCategory = db.select().from(categories).where(eq(categories.locale, 'kk')).get()!;
const ruCategory = db.select().from(categories).where(eq(categories.locale, 'ru')).get()!;

const input = (overrides: Partial<SaveInput> = {}) => articleInput(kkCategory.id, { title: 'Нұсқа бір', lead: 'Бірінші лид', ...overrides });

function create(actor: { id: number; role: 'admin' | 'editor' | 'author' }, overrides: Partial<SaveInput> = {}) {
  const result = saveArticle(actor, null, input(overrides));
  if (!result.ok) throw new Error(`not created: ${result.reason}`);
  return result.id;
}

const revisionsOf = (articleId: number) =>
  db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).orderBy(articleRevisions.id).all();
const versionOf = (articleId: number) => db.select({ v: articles.version }).from(articles).where(eq(articles.id, articleId)).get()!.v;

describe('revisions', () => {
  it('keeps the previous title, lead and body, and who saved them, on every save', () => {
    const first = makeUser('editor');
    const second = makeUser('editor');
    const id = create(first);
    expect(revisionsOf(id)).toHaveLength(0); // nothing came before the first version
    const createdAt = db.select({ at: articles.updatedAt }).from(articles).where(eq(articles.id, id)).get()!.at;

    expect(saveArticle(first, id, input({ title: 'Нұсқа екі', body: 'Бірінші абзац.\n\nӨзгерген абзац.', version: 1 }))).toMatchObject({ ok: true });
    expect(saveArticle(second, id, input({ title: 'Нұсқа үш', lead: 'Жаңа лид', version: 2 }))).toMatchObject({ ok: true });

    const kept = revisionsOf(id);
    expect(kept.map((r) => [r.version, r.title, r.lead, r.bodyMarkdown, r.savedBy])).toEqual([
      [1, 'Нұсқа бір', 'Бірінші лид', 'Бірінші абзац.\n\nЕкінші абзац.', first.id],
      [2, 'Нұсқа екі', 'Бірінші лид', 'Бірінші абзац.\n\nӨзгерген абзац.', first.id],
    ]);
    expect(kept[0].savedAt.getTime()).toBe(createdAt.getTime());

    // Listed newest first, with the saver's name.
    const listed = listRevisions(second, id)!;
    expect(listed.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(listed.revisions[0].savedByName).toBe(`Rev editor ${counter - 1}`);
    expect(listed.article.version).toBe(3);
  });

  it('does not keep a revision when the save loses the version check', () => {
    const editor = makeUser('editor');
    const id = create(editor);
    expect(saveArticle(editor, id, input({ title: 'Бірінші өзгеріс', version: 1 }))).toMatchObject({ ok: true });
    expect(saveArticle(editor, id, input({ title: 'Ескі нұсқадан', version: 1 }))).toEqual({ ok: false, reason: 'conflict' });
    expect(revisionsOf(id)).toHaveLength(1);
  });

  it('restores a revision as a new save: content back, current text kept, audited', () => {
    const editor = makeUser('editor');
    const id = create(editor, { intent: 'publish', title: 'Бастапқы тақырып', body: 'Бастапқы **мәтін**.' });
    saveArticle(editor, id, input({ intent: 'publish', title: 'Қате тақырып', body: 'Қате мәтін.', version: 1 }));
    const original = revisionsOf(id)[0];

    expect(restoreRevision(editor, id, original.id, 2)).toMatchObject({ ok: true, locale: 'kk' });
    const restored = getArticleForEdit(editor, id)!;
    expect([restored.title, restored.bodyMarkdown, restored.version]).toEqual(['Бастапқы тақырып', 'Бастапқы **мәтін**.', 3]);
    expect(getReadableArticle('kk', id)?.bodyHtml).toBe('<p>Бастапқы <strong>мәтін</strong>.</p>');
    // The text it replaced is itself a revision now.
    expect(revisionsOf(id).at(-1)).toMatchObject({ version: 2, title: 'Қате тақырып', bodyMarkdown: 'Қате мәтін.', savedBy: editor.id });
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'article'), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .get()!;
    expect(audit).toMatchObject({ action: 'article.restore', userId: editor.id });
  });

  it('refuses a restore based on a stale version, changing nothing', () => {
    const editor = makeUser('editor');
    const id = create(editor);
    saveArticle(editor, id, input({ title: 'Екінші', version: 1 }));
    saveArticle(editor, id, input({ title: 'Үшінші', version: 2 }));
    const [first] = revisionsOf(id);
    expect(restoreRevision(editor, id, first.id, 2)).toEqual({ ok: false, reason: 'conflict' });
    expect(getArticleForEdit(editor, id)?.title).toBe('Үшінші');
    expect(revisionsOf(id)).toHaveLength(2);
    expect(versionOf(id)).toBe(3);
  });

  it('refuses a revision of another article', () => {
    const editor = makeUser('editor');
    const a = create(editor);
    const b = create(editor);
    saveArticle(editor, a, input({ title: 'A екі', version: 1 }));
    const revisionOfA = revisionsOf(a)[0];
    expect(restoreRevision(editor, b, revisionOfA.id, 1)).toEqual({ ok: false, reason: 'notFound' });
    expect(getRevision(editor, b, revisionOfA.id)).toBeNull();
  });

  it('shows authors the history of their own drafts only, and never lets them restore', () => {
    const author = makeUser('author');
    const stranger = makeUser('author');
    const editor = makeUser('editor');
    const id = create(author);
    saveArticle(author, id, input({ title: 'Автордың екінші нұсқасы', version: 1 }));
    const [revision] = revisionsOf(id);
    expect(listRevisions(author, id)?.revisions).toHaveLength(1);
    expect(getRevision(author, id, revision.id)?.revision.title).toBe('Нұсқа бір');
    expect(restoreRevision(author, id, revision.id, 2)).toEqual({ ok: false, reason: 'forbidden' });
    expect(getArticleForEdit(author, id)?.title).toBe('Автордың екінші нұсқасы');
    expect(listRevisions(stranger, id)).toBeNull();
    // Once published the article is the editors' alone, history included.
    saveArticle(editor, id, input({ title: 'Автордың екінші нұсқасы', intent: 'publish', version: 2 }));
    expect(listRevisions(author, id)).toBeNull();
    expect(listRevisions(editor, id)?.revisions).toHaveLength(2);
  });

  it('treats a picture chosen from the library as a save', () => {
    const author = makeUser('author');
    const id = create(author);
    const stranger = makeUser('author');
    const stem = db.select({ stem: articles.thumbnail }).from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!.stem!;
    const picked = existingThumbnail(stem);
    if (!picked?.ok) throw new Error('seed thumbnail missing');
    expect(setArticleThumbnail(stranger, id, picked)).toEqual({ ok: false, reason: 'forbidden' });
    expect(setArticleThumbnail(author, id, picked)).toMatchObject({ ok: true });
    const row = getArticleForEdit(author, id)!;
    expect([row.thumbnail, row.version]).toEqual([stem, 2]);
    expect(revisionsOf(id)).toHaveLength(1);
    // An editor's form opened before the pick can no longer overwrite it.
    expect(saveArticle(author, id, input({ version: 1 }))).toEqual({ ok: false, reason: 'conflict' });
  });
});

describe('translation links', () => {
  function pair() {
    const editor = makeUser('editor');
    const kk = create(editor, { intent: 'publish', title: `Аударма kk ${counter}` });
    const ru = create(editor, { intent: 'publish', title: `Перевод ru ${counter}`, locale: 'ru', categoryId: ruCategory.id });
    return { editor, kk, ru };
  }

  it('links both ways for readers, stored on one side, and unlinks', () => {
    const { editor, kk, ru } = pair();
    expect(listTranslationOptions('kk', kk).some((a) => a.id === ru)).toBe(true);
    expect(saveArticle(editor, kk, input({ intent: 'publish', title: `Аударма kk ${counter}`, version: 1, translationId: ru }))).toMatchObject({ ok: true });
    const stored = db.select({ id: articles.id, translationId: articles.translationId }).from(articles).where(eq(articles.id, kk)).get();
    expect(stored?.translationId).toBe(ru);
    expect(getReadableArticle('kk', kk)?.translation).toMatchObject({ id: ru, locale: 'ru' });
    expect(getReadableArticle('ru', ru)?.translation).toMatchObject({ id: kk, locale: 'kk' });
    // The reader's language switch names the same id in the other edition.
    expect(locateReadableArticle(kk)?.translation?.id).toBe(ru);
    expect(getArticleForEdit(editor, ru)?.partner?.id).toBe(kk);

    // Saving the partner with the pair unchanged keeps the one stored link.
    expect(
      saveArticle(
        editor,
        ru,
        input({ intent: 'publish', locale: 'ru', categoryId: ruCategory.id, title: `Перевод ru ${counter}`, version: 1, translationId: kk }),
      ),
    ).toMatchObject({ ok: true });
    expect(db.select({ t: articles.translationId }).from(articles).where(eq(articles.id, ru)).get()?.t).toBeNull();

    // Unlinking from the side that does not store the link still ends the pair.
    expect(
      saveArticle(
        editor,
        ru,
        input({ intent: 'publish', locale: 'ru', categoryId: ruCategory.id, title: `Перевод ru ${counter}`, version: 2, translationId: null }),
      ),
    ).toMatchObject({ ok: true });
    expect(getReadableArticle('kk', kk)?.translation).toBeNull();
    expect(getReadableArticle('ru', ru)?.translation).toBeNull();
  });

  it('refuses the same edition, a missing article and one already paired elsewhere', () => {
    const { editor, kk, ru } = pair();
    const otherKk = create(editor, { title: 'Басқа қазақша' });
    const otherRu = create(editor, { locale: 'ru', categoryId: ruCategory.id, title: 'Другая русская' });
    expect(saveArticle(editor, kk, input({ version: 1, translationId: otherKk }))).toEqual({ ok: false, reason: 'translationSameEdition' });
    expect(saveArticle(editor, kk, input({ version: 1, translationId: kk }))).toEqual({ ok: false, reason: 'translationSameEdition' });
    expect(saveArticle(editor, kk, input({ version: 1, translationId: 999_999_999 }))).toEqual({ ok: false, reason: 'translationNotFound' });
    // A refused save writes nothing, not even the rest of the form.
    expect(getArticleForEdit(editor, kk)?.version).toBe(1);

    expect(saveArticle(editor, otherRu, input({ locale: 'ru', categoryId: ruCategory.id, version: 1, translationId: kk }))).toMatchObject({ ok: true });
    // kk is now paired (stored on otherRu's side); ru cannot take it, nor can kk's partner be taken.
    expect(saveArticle(editor, ru, input({ locale: 'ru', categoryId: ruCategory.id, intent: 'publish', version: 1, translationId: kk }))).toEqual({
      ok: false,
      reason: 'translationTaken',
    });
    expect(saveArticle(editor, otherKk, input({ version: 1, translationId: otherRu }))).toEqual({ ok: false, reason: 'translationTaken' });
    expect(listTranslationOptions('ru', ru).some((a) => a.id === kk)).toBe(false);
  });

  it('is an editor decision: an author cannot pair', () => {
    const author = makeUser('author');
    const { ru } = pair();
    const id = create(author);
    expect(saveArticle(author, id, input({ version: 1, translationId: ru }))).toEqual({ ok: false, reason: 'forbidden' });
    expect(saveArticle(author, id, input({ version: 1 }))).toMatchObject({ ok: true }); // leaving it alone is fine
  });
});

describe('media library', () => {
  it('lists uploaded thumbnails newest first, named by their upload time', async () => {
    const { items, total, pages } = await listLibraryImages(1);
    expect(total).toBeGreaterThan(0);
    expect(pages).toBe(Math.max(1, Math.ceil(total / 24)));
    const stems = items.map((i) => i.stem);
    expect(stems).toEqual([...stems].sort().reverse());
    expect(stems.every((s) => /^\d{17}$/.test(s))).toBe(true);
    expect(stemWallClock('20170708195532885').toISOString()).toBe('2017-07-08T19:55:32.885Z');
    expect((await listLibraryImages(pages + 1)).items).toEqual([]);
  });
});
