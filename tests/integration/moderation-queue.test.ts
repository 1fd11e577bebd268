import { and, eq, inArray, ne } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

const actor = vi.hoisted(() => ({ id: 0 }));
vi.mock('@/app/admin/_auth/guard', () => ({ requirePermission: async () => ({ id: actor.id, role: 'editor' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { db } = await import('@/db/client');
const { MODERATION_PAGE_SIZE, moderationQueue } = await import('@/db/queries/admin-comments');
const { articles, comments, users } = await import('@/db/schema');
const { moderate } = await import('@/app/admin/comments/actions');

actor.id = db
  .insert(users)
  .values({ email: `moderator-${Date.now()}@qamshy.test`, name: 'Moderator', slug: `moderator-${Date.now()}`, role: 'editor' })
  .returning({ id: users.id })
  .get().id;
// Any published article but the seed story; nothing here is approved anyway.
const article = db
  .select()
  .from(articles)
  .where(and(eq(articles.status, 'published'), ne(articles.thumbnail, '20170708195532885')))
  .get()!;

function burst(n: number, label: string) {
  // Groups of ten share one timestamp, so the order must also break ties by id.
  const base = Date.now() - 3600_000;
  return db
    .insert(comments)
    .values(
      Array.from({ length: n }, (_, i) => ({
        articleId: article.id,
        authorName: `${label} ${i}`,
        body: 'x',
        status: 'pending' as const,
        createdAt: new Date(base + Math.floor(i / 10) * 1000),
      })),
    )
    .returning({ id: comments.id })
    .all()
    .map((row) => row.id);
}

async function submit(fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return moderate(form).then(
    () => 'no redirect',
    (error: Error & { digest?: string }) => error.digest?.split(';')[2] ?? Promise.reject(error),
  );
}

describe('moderation queue paging', () => {
  it('reaches every one of 200 pending comments exactly once, even while more arrive', () => {
    const mine = burst(200, 'Burst');
    const first = moderationQueue({ status: 'pending', page: 1, upto: null });
    const seen = first.items.map((c) => c.id);
    let later: number[] = [];
    for (let page = 2; page <= first.pages; page++) {
      if (page === 3) later = burst(7, 'Later'); // newer than the list the moderator opened
      const next = moderationQueue({ status: 'pending', page, upto: first.upto });
      expect(next.pages).toBe(first.pages);
      seen.push(...next.items.map((c) => c.id));
    }
    expect(first.pages).toBe(Math.ceil(first.total / MODERATION_PAGE_SIZE));
    expect(new Set(seen).size).toBe(seen.length);
    // The file has its own database copy: nothing moderates meanwhile, so every one of ours was seen.
    for (const id of mine) expect(seen).toContain(id);
    expect(seen.some((id) => later.includes(id))).toBe(false);
    expect(moderationQueue({ status: 'pending', page: 1, upto: first.upto }).newer).toBeGreaterThanOrEqual(7);
    expect(moderationQueue({ status: 'pending', page: 9999, upto: first.upto }).page).toBe(first.pages);
  });

  it('acts on every comment of the page when "all on this page" is ticked, without JavaScript', async () => {
    const ids = burst(MODERATION_PAGE_SIZE, 'Page');
    const back = '/admin/comments?status=pending&page=1&upto=1';
    const page = ids.map((id) => ['pageId', String(id)] as [string, string]);
    // Ticked boxes alone: only those.
    expect(await submit([['back', back], ['action', 'spam'], ['id', String(ids[0])], ...page])).toBe(`${back}&done=spam&n=1`);
    expect(await submit([['back', back], ['action', 'spam'], ['scope', 'page'], ...page])).toBe(`${back}&done=spam&n=${ids.length}`);
    const statuses = db.select({ status: comments.status }).from(comments).where(inArray(comments.id, ids)).all();
    expect(statuses.every((row) => row.status === 'spam')).toBe(true);
    expect(await submit([['back', back], ['single', `delete:${ids[1]}`], ['scope', 'page'], ...page])).toBe(`${back}&done=delete&n=1`);
    expect(db.select({ status: comments.status }).from(comments).where(eq(comments.id, ids[1]!)).get()?.status).toBe('deleted');
    // A forged form changes nothing.
    expect(
      await submit([
        ['back', back],
        ['action', 'approve'],
        ['id', '1; drop table comments'],
      ]),
    ).toBe(back);
    expect(
      await submit([
        ['back', 'https://evil.example/'],
        ['action', 'publish'],
        ['id', String(ids[2])],
      ]),
    ).toBe('/admin/comments');
    expect(db.select({ status: comments.status }).from(comments).where(eq(comments.id, ids[2]!)).get()?.status).toBe('spam');
  });
});
