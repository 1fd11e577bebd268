import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, liveEntries } from '@/db/schema';
import { storyColumns } from './story-columns';
import type { Tx } from '@/db/tx';
import { canEditArticle, type Actor } from '@/lib/auth/permissions';
import type { ArticleFormat, Edition } from '@/lib/domain';
import type { StoredLiveEntry } from '@/lib/live/present';
import { renderMarkdown } from '@/lib/markdown';
import { recordAudit } from './audit';
import { queueKeyEventDeliveries } from './outbox';
import { readable } from './visibility';

/** A page of a live blog holds at most this many entries; older ones stay in the database. */
const LIVE_PAGE_ENTRIES = 300;
/** One poll answers at most this many newer entries (a reader away longer reloads). */
export const LIVE_POLL_ENTRIES = 50;

const entryFields = {
  id: liveEntries.id,
  headline: liveEntries.headline,
  bodyHtml: liveEntries.bodyHtml,
  image: liveEntries.image,
  imageAlt: liveEntries.imageAlt,
  imageWidth: liveEntries.imageWidth,
  imageHeight: liveEntries.imageHeight,
  keyEvent: liveEntries.keyEvent,
  createdAt: liveEntries.createdAt,
  editedAt: liveEntries.editedAt,
};

/** An entry as stored and shown (lib/live/present.ts turns it into what a page renders). */
export type LiveEntryRow = StoredLiveEntry;

export type LiveState = { format: ArticleFormat; liveEndedAt: Date | null };

/** The live-blog state of a readable article of this edition, or null when there is none. */
export function getReadableLiveState(edition: Edition, articleId: number): LiveState | null {
  return (
    db
      .select({ format: articles.format, liveEndedAt: articles.liveEndedAt })
      .from(articles)
      .where(and(eq(articles.id, articleId), readable(edition)))
      .get() ?? null
  );
}

/** Entries newest first; with `after`, only those written after that entry (ids only grow). */
export function listLiveEntries(articleId: number, options: { after?: number; limit?: number } = {}): LiveEntryRow[] {
  return db
    .select(entryFields)
    .from(liveEntries)
    .where(and(eq(liveEntries.articleId, articleId), options.after ? gt(liveEntries.id, options.after) : undefined))
    .orderBy(desc(liveEntries.createdAt), desc(liveEntries.id))
    .limit(options.limit ?? LIVE_PAGE_ENTRIES)
    .all();
}

// ---- The editors' side ----

export type LiveEntryInput = {
  headline: string;
  bodyMarkdown: string;
  keyEvent: boolean;
  image: { stem: string; width: number; height: number } | null;
  imageAlt: string;
};

export type LiveBlogForEdit = {
  id: number;
  locale: Edition;
  slug: string;
  title: string;
  status: string;
  format: ArticleFormat;
  liveEndedAt: Date | null;
};

export type LiveChange =
  { ok: true; article: { id: number; locale: Edition; slug: string }; entryId?: number } | { ok: false; reason: 'notFound' | 'forbidden' | 'notLive' };

function editable(tx: Tx | typeof db, actor: Actor, articleId: number) {
  const row = tx
    .select({
      ...storyColumns,
      status: articles.status,
      authorId: articles.authorId,
      format: articles.format,
      liveEndedAt: articles.liveEndedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return { ok: false as const, reason: 'notFound' as const };
  if (!canEditArticle(actor, row)) return { ok: false as const, reason: 'forbidden' as const };
  return { ok: true as const, row };
}

export function getLiveBlogForEdit(actor: Actor, articleId: number): LiveBlogForEdit | null {
  const found = editable(db, actor, articleId);
  if (!found.ok) return null;
  const { id, locale, slug, title, status, format, liveEndedAt } = found.row;
  return { id, locale, slug, title, status, format, liveEndedAt };
}

export function getLiveEntryForEdit(articleId: number, entryId: number) {
  return (
    db
      .select({ ...entryFields, bodyMarkdown: liveEntries.bodyMarkdown })
      .from(liveEntries)
      .where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId)))
      .get() ?? null
  );
}

// Readers' pages, feeds and sitemaps date the article by updatedAt: every entry change moves it.
const touch = (tx: Tx, articleId: number, at: Date) => tx.update(articles).set({ updatedAt: at }).where(eq(articles.id, articleId)).run();

const isLiveNow = (row: { status: string; publishedAt: Date | null }, now: Date) =>
  (row.status === 'published' || row.status === 'scheduled') && !!row.publishedAt && row.publishedAt <= now;

/** Adds an entry; a key event on a live blog readers can see is queued for distribution too. */
export function addLiveEntry(actor: Actor, articleId: number, input: LiveEntryInput, now = new Date()): LiveChange {
  return db.transaction((tx): LiveChange => {
    const found = editable(tx, actor, articleId);
    if (!found.ok) return found;
    const { row } = found;
    if (row.format !== 'live') return { ok: false, reason: 'notLive' };
    const entry = tx
      .insert(liveEntries)
      .values({ articleId, authorId: actor.id, ...entryValues(input), createdAt: now })
      .returning({ id: liveEntries.id })
      .get();
    touch(tx, articleId, now);
    if (input.keyEvent && isLiveNow(row, now)) {
      const story = {
        id: row.id,
        locale: row.locale,
        slug: row.slug,
        title: row.title,
        lead: row.lead,
        thumbnail: row.thumbnail,
        publishedAt: row.publishedAt!,
      };
      queueKeyEventDeliveries(tx, story, { id: entry.id, text: input.headline || plainStart(input.bodyMarkdown), at: now });
    }
    recordAudit(actor.id, 'live.entryAdd', 'article', articleId, `#${entry.id} ${input.headline || plainStart(input.bodyMarkdown)}`);
    return { ok: true, article: row, entryId: entry.id };
  });
}

/** Rewrites an entry; readers see it marked as edited. */
export function editLiveEntry(actor: Actor, articleId: number, entryId: number, input: LiveEntryInput & { keepImage: boolean }, now = new Date()): LiveChange {
  return db.transaction((tx): LiveChange => {
    const found = editable(tx, actor, articleId);
    if (!found.ok) return found;
    const current = tx
      .select({ id: liveEntries.id })
      .from(liveEntries)
      .where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId)))
      .get();
    if (!current) return { ok: false, reason: 'notFound' };
    const { image, imageWidth, imageHeight, imageAlt, ...text } = entryValues(input);
    const picture = input.image
      ? { image, imageWidth, imageHeight, imageAlt }
      : input.keepImage
        ? { imageAlt }
        : { image: null, imageWidth: null, imageHeight: null, imageAlt: '' };
    tx.update(liveEntries)
      .set({ ...text, ...picture, editedAt: now })
      .where(eq(liveEntries.id, entryId))
      .run();
    touch(tx, articleId, now);
    recordAudit(actor.id, 'live.entryEdit', 'article', articleId, `#${entryId} ${input.headline || plainStart(input.bodyMarkdown)}`);
    return { ok: true, article: found.row, entryId };
  });
}

export function removeLiveEntry(actor: Actor, articleId: number, entryId: number, now = new Date()): LiveChange {
  return db.transaction((tx): LiveChange => {
    const found = editable(tx, actor, articleId);
    if (!found.ok) return found;
    const removed = tx
      .delete(liveEntries)
      .where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId)))
      .returning({ headline: liveEntries.headline, bodyMarkdown: liveEntries.bodyMarkdown })
      .get();
    if (!removed) return { ok: false, reason: 'notFound' };
    touch(tx, articleId, now);
    recordAudit(actor.id, 'live.entryRemove', 'article', articleId, `#${entryId} ${removed.headline || plainStart(removed.bodyMarkdown)}`);
    return { ok: true, article: found.row, entryId };
  });
}

/** Closes the live blog (its coverage ends now) or opens it again. */
export function setLiveOpen(actor: Actor, articleId: number, open: boolean, now = new Date()): LiveChange {
  return db.transaction((tx): LiveChange => {
    const found = editable(tx, actor, articleId);
    if (!found.ok) return found;
    if (found.row.format !== 'live') return { ok: false, reason: 'notLive' };
    tx.update(articles)
      .set({ liveEndedAt: open ? null : now, updatedAt: now })
      .where(eq(articles.id, articleId))
      .run();
    recordAudit(actor.id, open ? 'live.reopen' : 'live.close', 'article', articleId, found.row.title);
    return { ok: true, article: found.row };
  });
}

/** Makes the article a live blog (open) or a standard article again; its entries are kept. */
export function setArticleFormat(actor: Actor, articleId: number, format: ArticleFormat, now = new Date()): LiveChange {
  return db.transaction((tx): LiveChange => {
    const found = editable(tx, actor, articleId);
    if (!found.ok) return found;
    if (found.row.format === format) return { ok: true, article: found.row };
    tx.update(articles).set({ format, liveEndedAt: null, updatedAt: now }).where(eq(articles.id, articleId)).run();
    recordAudit(actor.id, `live.format.${format}`, 'article', articleId, found.row.title);
    return { ok: true, article: found.row };
  });
}

function entryValues(input: LiveEntryInput) {
  return {
    headline: input.headline,
    bodyMarkdown: input.bodyMarkdown,
    bodyHtml: renderMarkdown(input.bodyMarkdown),
    keyEvent: input.keyEvent,
    image: input.image?.stem ?? null,
    imageWidth: input.image?.width ?? null,
    imageHeight: input.image?.height ?? null,
    imageAlt: input.imageAlt,
  };
}

// The audit line and a key event's announcement name an entry without a headline by its opening words.
function plainStart(markdown: string): string {
  const text = markdown
    .replace(/[#>*_`[\]()!|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
