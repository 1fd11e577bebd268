import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { articles } from '@/db/schema';
import { editionSwitchTarget, routeArticle } from '@/db/queries/article-route';
import { renderMarkdown } from '@/lib/markdown';

const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;
const created: number[] = [];
afterAll(() => {
  for (const id of created) db.delete(articles).where(eq(articles.id, id)).run();
});

function publish(values: Partial<typeof articles.$inferInsert>) {
  const row = db
    .insert(articles)
    .values({
      locale: 'ru',
      slug: `route-${Math.random().toString(36).slice(2)}`,
      title: 'Маршрут',
      bodyMarkdown: 'Текст',
      bodyHtml: renderMarkdown('Текст'),
      authorId: seed.authorId,
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000),
      ...values,
    })
    .returning()
    .get();
  created.push(row.id);
  return row;
}

describe('the article route', () => {
  it('shows an article in its own edition and its Latin view, and fixes a wrong slug permanently', () => {
    expect(routeArticle('kk', `${seed.id}-${seed.slug}`)).toMatchObject({ kind: 'show', article: { id: seed.id } });
    expect(routeArticle('kk-latn', `${seed.id}-${seed.slug}`)).toMatchObject({ kind: 'show' });
    expect(routeArticle('kk', `${seed.id}-wrong`)).toEqual({ kind: 'redirect', to: `/kk/article/${seed.id}-${seed.slug}`, permanent: true });
    expect(routeArticle('kk', '99999999-x')).toEqual({ kind: 'missing' });
    expect(routeArticle('kk', 'abc')).toEqual({ kind: 'missing' });
  });

  it('sends an article of the other edition without a translation to its own edition, not to a front page', () => {
    const russian = publish({});
    const own = { kind: 'redirect', to: `/ru/article/${russian.id}-${russian.slug}`, permanent: false };
    expect(routeArticle('kk', `${russian.id}-${russian.slug}`)).toEqual(own);
    expect(routeArticle('kk', String(russian.id))).toEqual(own);
    expect(routeArticle('kk-latn', `${russian.id}-${russian.slug}`)).toEqual(own);
    expect(routeArticle('ru', `${seed.id}`)).toEqual({ kind: 'redirect', to: `/kk/article/${seed.id}-${seed.slug}`, permanent: false });
  });

  it('prefers the translation in the edition asked for', () => {
    const russian = publish({ translationId: seed.id });
    expect(routeArticle('kk', `${russian.id}-${russian.slug}`)).toEqual({ kind: 'redirect', to: `/kk/article/${seed.id}-${seed.slug}`, permanent: true });
    expect(routeArticle('kk-latn', `${russian.id}`)).toEqual({ kind: 'redirect', to: `/kk-latn/article/${seed.id}-${seed.slug}`, permanent: true });
  });

  it('does not reveal a draft of the other edition', () => {
    const draft = publish({ status: 'draft', publishedAt: null });
    expect(routeArticle('kk', `${draft.id}-${draft.slug}`)).toEqual({ kind: 'missing' });
  });
});

describe('the language switch target', () => {
  it("is the translation, the article in its own edition, or else the chosen edition's front page", () => {
    const kazakh = publish({ locale: 'kk' });
    const translated = publish({ translationId: kazakh.id });
    const lonely = publish({});
    expect(editionSwitchTarget('ru', `/ru/article/${kazakh.id}`)).toBe(`/ru/article/${translated.id}-${translated.slug}`);
    expect(editionSwitchTarget('kk', `/kk/article/${translated.id}`)).toBe(`/kk/article/${kazakh.id}-${kazakh.slug}`);
    expect(editionSwitchTarget('ru', `/ru/article/${lonely.id}`)).toBe(`/ru/article/${lonely.id}-${lonely.slug}`);
    expect(editionSwitchTarget('kk', `/kk/article/${lonely.id}`)).toBe('/kk');
    expect(editionSwitchTarget('ru', '/ru/article/99999999')).toBe('/ru/article/99999999');
    expect(editionSwitchTarget('ru', '/ru/category/politika')).toBe('/ru/category/politika');
  });
});
