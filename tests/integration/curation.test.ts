import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { saveArticle, type SaveInput } from '@/db/queries/admin-articles';
import { clearBanner, listFrontSlots, moveTopStory, pinArticle, setBanner, unpin } from '@/db/queries/admin-front';
import { getFrontStories } from '@/db/queries/articles';
import { activeBanner } from '@/db/queries/banner';
import { nextBannerExpiryAfter, nextDueAfter, nextPublicationAfter } from '@/db/queries/schedule';
import { articles, auditLog, categories, users } from '@/db/schema';
import { TOP_STORY_SLOTS } from '@/lib/domain';
import { articleInput } from '../helpers/article-input';

let counter = 0;
function makeUser(role: 'admin' | 'editor' | 'author') {
  counter += 1;
  return db
    .insert(users)
    .values({ email: `front-${role}${counter}@qamshy.test`, name: `Front ${role} ${counter}`, slug: `front-${role}-${counter}-${Date.now()}`, role })
    .returning({ id: users.id, role: users.role })
    .get();
}

const editor = makeUser('editor');
const kkCategory = db.select().from(categories).where(eq(categories.locale, 'kk')).get()!;
const ruCategory = db.select().from(categories).where(eq(categories.locale, 'ru')).get()!;

/** A published article of the edition, `minutesAgo` old: newer than any seeded one. */
function published(title: string, minutesAgo: number, overrides: Partial<SaveInput> = {}) {
  const categoryId = overrides.locale === 'ru' ? ruCategory.id : kkCategory.id;
  const result = saveArticle(editor, null, articleInput(categoryId, { title, intent: 'publish', ...overrides }));
  if (!result.ok) throw new Error(`not created: ${result.reason}`);
  db.update(articles)
    .set({ publishedAt: new Date(Date.now() - minutesAgo * 60_000) })
    .where(eq(articles.id, result.id))
    .run();
  return result.id;
}

const ids = (stories: { lead: { id: number } | null; top: { id: number }[] }) => [stories.lead?.id, ...stories.top.map((s) => s.id)];

describe('the curated front page', () => {
  // The seed features a story; the fallback without a featured one is the plain latest.
  db.update(articles).set({ featured: false }).where(eq(articles.locale, 'kk')).run();
  // Newest first: a0 is the newest article of the Kazakh edition.
  const latest = Array.from({ length: 10 }, (_, i) => published(`Соңғы ${i}`, i + 1));
  const older = Array.from({ length: 3 }, (_, i) => published(`Ескі ${i}`, 600 + i));

  it('without pins shows the newest articles, each once', () => {
    const front = getFrontStories('kk');
    expect(ids(front)).toEqual(latest.slice(0, TOP_STORY_SLOTS + 1));
    // A featured story leads while no lead is pinned, and is not repeated below.
    db.update(articles).set({ featured: true }).where(eq(articles.id, older[2])).run();
    expect(ids(getFrontStories('kk'))).toEqual([older[2], ...latest.slice(0, TOP_STORY_SLOTS)]);
    db.update(articles).set({ featured: false }).where(eq(articles.id, older[2])).run();
  });

  it('puts pinned stories in their slots and fills the gaps with the latest, without duplicates', () => {
    expect(pinArticle(editor, 'kk', 0, older[0])).toBe('pinned');
    expect(pinArticle(editor, 'kk', 3, older[1])).toBe('pinned');
    // A story among the latest pinned at slot 5 is not repeated in a fallback slot.
    expect(pinArticle(editor, 'kk', 5, latest[0])).toBe('pinned');
    const shown = ids(getFrontStories('kk'));
    expect(shown).toEqual([older[0], latest[1], latest[2], older[1], latest[3], latest[0], latest[4]]);
    expect(new Set(shown).size).toBe(shown.length);
    // The other edition is untouched.
    expect(ids(getFrontStories('ru'))).not.toContain(older[0]);
  });

  it('skips a pinned story readers cannot see (taken down, or moved to the future) and falls back', () => {
    db.update(articles).set({ status: 'draft' }).where(eq(articles.id, older[1])).run();
    db.update(articles)
      .set({ publishedAt: new Date(Date.now() + 3_600_000) })
      .where(eq(articles.id, older[0]))
      .run();
    const shown = ids(getFrontStories('kk'));
    expect(shown).not.toContain(older[1]);
    expect(shown).not.toContain(older[0]);
    expect(shown).toEqual([latest[1], latest[2], latest[3], latest[4], latest[5], latest[0], latest[6]]);
    // The editors still see the pins, marked as not shown.
    expect(
      listFrontSlots('kk')
        .filter((s) => !s.readable)
        .map((s) => s.articleId)
        .sort(),
    ).toEqual([older[0], older[1]].sort());
    // And cannot pin what readers cannot see.
    expect(pinArticle(editor, 'kk', 1, older[1])).toBe('notReadable');
    db.update(articles)
      .set({ status: 'published', publishedAt: new Date(Date.now() - 600 * 60_000) })
      .where(eq(articles.id, older[0]))
      .run();
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, older[1])).run();
  });

  it('moves top stories up and down, swaps with a neighbour, moves a re-pinned story, audits each change', () => {
    expect(moveTopStory(editor, 'kk', 3, 'down')).toBe('moved'); // older[1]: 3 → 4
    expect(moveTopStory(editor, 'kk', 5, 'up')).toBe('moved'); // latest[0]: 5 → 4, older[1] → 5
    const slots = () => listFrontSlots('kk').map((s) => [s.position, s.articleId]);
    expect(slots()).toEqual([
      [0, older[0]],
      [4, latest[0]],
      [5, older[1]],
    ]);
    expect(moveTopStory(editor, 'kk', 1, 'up')).toBe('badPosition'); // the lead is pinned, not moved into
    expect(moveTopStory(editor, 'kk', 2, 'down')).toBe('nothing');
    // Pinning an already pinned article moves it: one place per edition.
    expect(pinArticle(editor, 'kk', 1, older[1])).toBe('pinned');
    expect(slots()).toEqual([
      [0, older[0]],
      [1, older[1]],
      [4, latest[0]],
    ]);
    expect(unpin(editor, 'kk', 4)).toBe('removed');
    expect(unpin(editor, 'kk', 4)).toBe('nothing');
    expect(pinArticle(editor, 'ru', 0, older[2])).toBe('notReadable'); // a Kazakh story on the Russian page
    const actions = db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.userId, editor.id))
      .all()
      .map((a) => a.action);
    expect(actions.filter((a) => a.startsWith('front.'))).toEqual([
      'front.pin',
      'front.pin',
      'front.pin',
      'front.move',
      'front.move',
      'front.pin',
      'front.unpin',
    ]);
  });

  it('is for editors and admins only', () => {
    const author = makeUser('author');
    expect(pinArticle(author, 'kk', 0, latest[0])).toBe('forbidden');
    expect(moveTopStory(author, 'kk', 1, 'down')).toBe('forbidden');
    expect(unpin(author, 'kk', 0)).toBe('forbidden');
    expect(setBanner(author, 'kk', { text: 'Жоқ', url: null, expiresAt: null })).toBe(false);
  });
});

describe('the breaking-news banner', () => {
  it('shows until it expires, and its expiry is a time the page cache is purged at', () => {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 5_000);
    expect(setBanner(editor, 'kk', { text: 'Шұғыл: Алматыда жер сілкінісі', url: '/kk', expiresAt })).toBe(true);
    expect(activeBanner('kk', now)).toEqual({ text: 'Шұғыл: Алматыда жер сілкінісі', url: '/kk', expiresAt });
    expect(activeBanner('ru', now)).toBeNull();
    expect(activeBanner('kk', new Date(expiresAt.getTime() + 1))).toBeNull();

    expect(nextBannerExpiryAfter(now)?.getTime()).toBe(expiresAt.getTime());
    // Earlier than any scheduled publication, so it is the next due time.
    const publication = nextPublicationAfter(now);
    expect(nextDueAfter(now)?.getTime()).toBe(publication && publication < expiresAt ? publication.getTime() : expiresAt.getTime());
    // After it has passed it no longer counts.
    expect(nextBannerExpiryAfter(new Date(expiresAt.getTime() + 1))).toBeNull();

    // Replacing it without an end keeps it until cleared; clearing is audited.
    setBanner(editor, 'kk', { text: 'Тұрақты хабар', url: null, expiresAt: null });
    expect(nextBannerExpiryAfter(now)).toBeNull();
    expect(activeBanner('kk', new Date(now.getTime() + 86_400_000))?.text).toBe('Тұрақты хабар');
    expect(clearBanner(editor, 'kk')).toBe(true);
    expect(clearBanner(editor, 'kk')).toBe(false);
    expect(activeBanner('kk')).toBeNull();
    const audit = db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'banner')))
      .orderBy(desc(auditLog.id))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['banner.clear', 'banner.set', 'banner.set']);
  });

  it('the next due time is the sooner of a scheduled publication and a banner end', () => {
    const now = new Date();
    const id = published('Жоспарланған', 0);
    db.update(articles)
      .set({ status: 'scheduled', publishedAt: new Date(now.getTime() + 60_000) })
      .where(eq(articles.id, id))
      .run();
    setBanner(editor, 'ru', { text: 'Срочно', url: null, expiresAt: new Date(now.getTime() + 120_000) });
    expect(nextDueAfter(now)?.getTime()).toBe(Math.min(nextPublicationAfter(now)!.getTime(), now.getTime() + 120_000));
    expect(nextDueAfter(now)!.getTime()).toBeLessThanOrEqual(now.getTime() + 60_000);
    setBanner(editor, 'ru', { text: 'Срочно', url: null, expiresAt: new Date(now.getTime() + 30_000) });
    expect(nextDueAfter(now)?.getTime()).toBe(Math.min(nextPublicationAfter(now)!.getTime(), now.getTime() + 30_000));
    clearBanner(editor, 'ru');
  });
});
