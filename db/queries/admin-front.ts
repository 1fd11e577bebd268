import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, breakingBanners, frontSlots } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { TOP_STORY_SLOTS, type Edition } from '@/lib/domain';
import { recordAudit } from './audit';
import { listingIds } from './listings';

/** How many recent articles the pin picker offers. */
const PIN_CANDIDATES = 60;

type FrontSlotRow = { position: number; articleId: number; title: string; status: string; publishedAt: Date | null; readable: boolean };

/** Every pin of an edition, also those readers do not see now (the page says why). */
export function listFrontSlots(locale: Edition): FrontSlotRow[] {
  const now = Date.now();
  return db
    .select({
      position: frontSlots.position,
      articleId: frontSlots.articleId,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
    })
    .from(frontSlots)
    .innerJoin(articles, eq(articles.id, frontSlots.articleId))
    .where(eq(frontSlots.locale, locale))
    .orderBy(asc(frontSlots.position))
    .all()
    .map((row) => ({ ...row, readable: (row.status === 'published' || row.status === 'scheduled') && !!row.publishedAt && row.publishedAt.getTime() <= now }));
}

/** The newest articles readers can see, for the picker: the same listing as the front page's. */
export function listPinCandidates(locale: Edition): { id: number; title: string }[] {
  const ids = listingIds({ kind: 'edition', locale }, PIN_CANDIDATES);
  if (ids.length === 0) return [];
  const rows = db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type FrontResult = 'pinned' | 'moved' | 'removed' | 'notReadable' | 'badPosition' | 'nothing' | 'forbidden';

const validPosition = (position: number) => Number.isInteger(position) && position >= 0 && position <= TOP_STORY_SLOTS;

/**
 * Puts an article at a position of its edition's front page, replacing what was there. An article
 * pinned elsewhere on the same page moves (front_slots_article_unique allows it once per edition).
 */
export function pinArticle(actor: Actor, locale: Edition, position: number, articleId: number): FrontResult {
  if (!can(actor, 'article.publish')) return 'forbidden';
  if (!validPosition(position)) return 'badPosition';
  return db.transaction((tx): FrontResult => {
    const article = tx
      .select({ locale: articles.locale, status: articles.status, publishedAt: articles.publishedAt, title: articles.title })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get();
    const visible =
      article &&
      article.locale === locale &&
      (article.status === 'published' || article.status === 'scheduled') &&
      article.publishedAt &&
      article.publishedAt.getTime() <= Date.now();
    if (!visible) return 'notReadable';
    tx.delete(frontSlots)
      .where(and(eq(frontSlots.locale, locale), eq(frontSlots.articleId, articleId)))
      .run();
    tx.delete(frontSlots)
      .where(and(eq(frontSlots.locale, locale), eq(frontSlots.position, position)))
      .run();
    tx.insert(frontSlots).values({ locale, position, articleId, updatedBy: actor.id, updatedAt: new Date() }).run();
    recordAudit(actor.id, 'front.pin', 'article', articleId, `${locale} ${position === 0 ? 'lead' : `top ${position}`}: ${article.title}`);
    return 'pinned';
  });
}

/** A top story one place up or down; the story there (if any) takes its place. The lead stays. */
export function moveTopStory(actor: Actor, locale: Edition, position: number, direction: 'up' | 'down'): FrontResult {
  if (!can(actor, 'article.publish')) return 'forbidden';
  const target = direction === 'up' ? position - 1 : position + 1;
  if (position < 1 || position > TOP_STORY_SLOTS || target < 1 || target > TOP_STORY_SLOTS || !Number.isInteger(position)) return 'badPosition';
  return db.transaction((tx): FrontResult => {
    const at = (p: number) =>
      tx
        .select({ articleId: frontSlots.articleId })
        .from(frontSlots)
        .where(and(eq(frontSlots.locale, locale), eq(frontSlots.position, p)))
        .get();
    const moving = at(position);
    if (!moving) return 'nothing';
    const other = at(target);
    const now = new Date();
    // The primary key is (locale, position): park one row outside the range while they swap.
    const place = (from: number, to: number) =>
      tx
        .update(frontSlots)
        .set({ position: to, updatedBy: actor.id, updatedAt: now })
        .where(and(eq(frontSlots.locale, locale), eq(frontSlots.position, from)))
        .run();
    place(position, -1);
    if (other) place(target, position);
    place(-1, target);
    recordAudit(actor.id, 'front.move', 'article', moving.articleId, `${locale} top ${position} → ${target}`);
    return 'moved';
  });
}

export function unpin(actor: Actor, locale: Edition, position: number): FrontResult {
  if (!can(actor, 'article.publish')) return 'forbidden';
  return db.transaction((tx): FrontResult => {
    const removed = tx
      .delete(frontSlots)
      .where(and(eq(frontSlots.locale, locale), eq(frontSlots.position, position)))
      .returning({ articleId: frontSlots.articleId })
      .get();
    if (!removed) return 'nothing';
    recordAudit(actor.id, 'front.unpin', 'article', removed.articleId, `${locale} ${position === 0 ? 'lead' : `top ${position}`}`);
    return 'removed';
  });
}

// ——— The breaking-news banner ———

type BannerInput = { text: string; url: string | null; expiresAt: Date | null };

/** The edition's banner as stored, and whether readers see it now (an expired one stays stored). */
export function getBannerForEdit(locale: Edition) {
  const row = db.select().from(breakingBanners).where(eq(breakingBanners.locale, locale)).get();
  return row ? { ...row, live: !row.expiresAt || row.expiresAt.getTime() > Date.now() } : null;
}

export function setBanner(actor: Actor, locale: Edition, input: BannerInput): boolean {
  if (!can(actor, 'article.publish')) return false;
  db.transaction(() => {
    const values = { text: input.text, url: input.url, expiresAt: input.expiresAt, updatedBy: actor.id, updatedAt: new Date() };
    db.insert(breakingBanners)
      .values({ locale, ...values })
      .onConflictDoUpdate({ target: breakingBanners.locale, set: values })
      .run();
    recordAudit(actor.id, 'banner.set', 'banner', null, `${locale}${input.expiresAt ? ` until ${input.expiresAt.toISOString()}` : ''}: ${input.text}`);
  });
  return true;
}

export function clearBanner(actor: Actor, locale: Edition): boolean {
  if (!can(actor, 'article.publish')) return false;
  return db.transaction(() => {
    const gone = db.delete(breakingBanners).where(eq(breakingBanners.locale, locale)).returning({ text: breakingBanners.text }).get();
    if (gone) recordAudit(actor.id, 'banner.clear', 'banner', null, `${locale}: ${gone.text}`);
    return !!gone;
  });
}
