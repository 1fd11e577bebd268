import { eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ru from '@/messages/ru.json';

// The real actions and database; the session, Next's cache and the request's locale are stand-ins.
const actor = vi.hoisted(() => ({ user: { id: 0, role: 'editor' as 'admin' | 'editor' | 'author' } }));
vi.mock('@/app/admin/_auth/guard', () => ({ requireUser: async () => actor.user, requirePermission: async () => actor.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: 'AdminArticleForm') => createTranslator({ locale: 'ru', messages: ru, namespace }) }));

const { db } = await import('@/db/client');
const { articles, categories, users } = await import('@/db/schema');
const { saveArticleAction } = await import('@/app/admin/articles/actions');
const { pickThumbnail } = await import('@/app/admin/media/actions');
const { restoreRevisionAction } = await import('@/app/admin/articles/[id]/revisions/actions');
const { IDLE } = await import('@/lib/validation/action-state');
const { newArticleValues } = await import('@/lib/validation/article');

const SEED_STEM = '20170708195532885';
const category = db.select().from(categories).where(eq(categories.locale, 'kk')).get()!;
let counter = 0;
function makeUser(role: 'editor' | 'author') {
  counter += 1;
  const slug = `actions-${role}-${counter}-${Date.now()}`;
  return db
    .insert(users)
    .values({ email: `${slug}@qamshy.test`, name: slug, slug, role })
    .returning({ id: users.id, role: users.role })
    .get();
}

/** The form as the editor posts it: every field of the one definition, then the test's changes. */
function articleForm(changes: Record<string, string | File>) {
  const form = new FormData();
  const fields = { ...newArticleValues(actor.user.id), title: 'Сынақ тақырыбы', body: 'Мәтін.', categoryId: String(category.id), ...changes };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** The URL a redirect goes to, or the state the action answered with. */
const outcome = <T>(run: Promise<T>) =>
  run.then(
    (state) => ({ state, to: null }),
    (error: Error & { digest?: string }) =>
      error.digest?.startsWith('NEXT_REDIRECT') ? { state: null, to: error.digest.split(';')[2] } : Promise.reject(error),
  );

beforeEach(() => {
  actor.user = makeUser('editor');
});

describe('saveArticleAction', () => {
  it('gives back every typed value and a translated error per field, the first issue of each', async () => {
    const { state } = await outcome(
      saveArticleAction(null, IDLE, articleForm({ title: 'x', slug: 'Not A Slug!', sourceUrl: 'ftp://x', tags: 'бір, екі', translationRef: 'abc' })),
    );
    expect(state).toMatchObject({
      status: 'error',
      reason: 'invalid',
      message: ru.AdminArticleForm.errors.form,
      errors: {
        title: ru.AdminArticleForm.errors.titleTooShort,
        slug: ru.AdminArticleForm.errors.slugInvalid,
        sourceUrl: ru.AdminArticleForm.errors.urlInvalid,
        translationRef: ru.AdminArticleForm.errors.translationRefInvalid,
      },
      values: { title: 'x', slug: 'Not A Slug!', tags: 'бір, екі', sourceUrl: 'ftp://x', commentsOpen: 'on', translationRef: 'abc' },
    });
    expect(Object.keys(state!.status === 'error' ? state!.errors : {})).toHaveLength(4);
  });

  it('keeps a chosen picture through a refusal, and saves it with the next attempt', async () => {
    const refused = await outcome(saveArticleAction(null, IDLE, articleForm({ title: '', thumbnailStem: SEED_STEM })));
    expect(refused.state).toMatchObject({ status: 'error', values: { thumbnailStem: SEED_STEM } });
    const saved = await outcome(saveArticleAction(null, IDLE, articleForm({ thumbnailStem: SEED_STEM })));
    const id = Number(/^\/admin\/articles\/(\d+)\?saved=save$/.exec(saved.to ?? '')?.[1]);
    expect(db.select({ thumbnail: articles.thumbnail }).from(articles).where(eq(articles.id, id)).get()?.thumbnail).toBe(SEED_STEM);
  });

  it('refuses a forged picture name instead of reading it as a path', async () => {
    const { state } = await outcome(saveArticleAction(null, IDLE, articleForm({ thumbnailStem: '../../../etc/passwd' })));
    expect(state).toMatchObject({ status: 'error', errors: { thumbnailStem: ru.AdminArticleForm.errors.invalid } });
  });

  it("lets only editors choose the author: an author's forged field is ignored", async () => {
    const author = makeUser('author');
    const other = makeUser('author');
    actor.user = author;
    const { to } = await outcome(saveArticleAction(null, IDLE, articleForm({ authorId: String(other.id) })));
    const id = Number(/\/admin\/articles\/(\d+)/.exec(to ?? '')?.[1]);
    expect(db.select({ authorId: articles.authorId }).from(articles).where(eq(articles.id, id)).get()?.authorId).toBe(author.id);
  });

  it('names the field a refused pairing came from', async () => {
    const { state } = await outcome(saveArticleAction(null, IDLE, articleForm({ translationRef: '#9999999' })));
    expect(state).toMatchObject({ status: 'error', reason: 'translationNotFound', errors: { translationRef: ru.AdminArticleForm.errors.translationNotFound } });
  });
});

describe('redirect-after-post outcomes', () => {
  it('picks a library picture, refusing a stem that is not an upload name', async () => {
    const { to } = await outcome(saveArticleAction(null, IDLE, articleForm({})));
    const id = /\/admin\/articles\/(\d+)/.exec(to ?? '')![1];
    const pick = (stem: string) => {
      const form = new FormData();
      for (const [name, value] of [
        ['articleId', id],
        ['page', '2'],
        ['stem', stem],
      ])
        form.set(name, value);
      return outcome(pickThumbnail(form));
    };
    expect((await pick('../20170708195532885')).to).toBe(`/admin/media?pick=${id}&page=2&error=image`);
    expect((await pick('20990101000000000')).to).toBe(`/admin/media?pick=${id}&page=2&error=image`);
    expect((await pick(SEED_STEM)).to).toBe(`/admin/articles/${id}?saved=thumbnail`);
  });

  it('reports a stale restore as a conflict on the revision page', async () => {
    const form = new FormData();
    form.set('version', 'not a number');
    expect((await outcome(restoreRevisionAction(1, 1, form))).to).toBe('/admin/articles/1/revisions/1?error=conflict');
  });
});
