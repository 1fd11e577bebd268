import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleNotes, articles, users } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import type { NoteKind } from '@/lib/domain';
import { recordAudit } from './audit';
import { queueArticleDeliveries } from './outbox';

export type ArticleNote = { id: number; kind: NoteKind; body: string; createdAt: Date };

/** An article's updates and corrections, oldest first (as readers see them under the headline). */
export function listArticleNotes(articleId: number): ArticleNote[] {
  return db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt })
    .from(articleNotes)
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(asc(articleNotes.createdAt), asc(articleNotes.id))
    .all();
}

/** The same, with who wrote each note, for the editors' page. */
export function listArticleNotesForEdit(articleId: number) {
  return db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, authorName: users.name })
    .from(articleNotes)
    .leftJoin(users, eq(users.id, articleNotes.authorId))
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(asc(articleNotes.createdAt), asc(articleNotes.id))
    .all();
}

type NoteResult = { ok: true; locale: string } | { ok: false; reason: 'forbidden' | 'notFound' | 'notPublished' };

/**
 * A dated note under a published article. The article's updatedAt moves with it, so
 * dateModified, the sitemaps' lastmod and the feeds say it changed; its version does not, so
 * an editor with the article form open loses nothing by saving after it.
 */
export function addArticleNote(actor: Actor, articleId: number, kind: NoteKind, body: string): NoteResult {
  if (!can(actor, 'article.editAny')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): NoteResult => {
    const article = tx
      .select({
        locale: articles.locale,
        status: articles.status,
        publishedAt: articles.publishedAt,
        slug: articles.slug,
        title: articles.title,
        lead: articles.lead,
        thumbnail: articles.thumbnail,
      })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get();
    if (!article) return { ok: false, reason: 'notFound' };
    const now = new Date();
    const live = (article.status === 'published' || article.status === 'scheduled') && !!article.publishedAt && article.publishedAt <= now;
    if (!live) return { ok: false, reason: 'notPublished' };
    const note = tx.insert(articleNotes).values({ articleId, kind, body, authorId: actor.id, createdAt: now }).returning({ id: articleNotes.id }).get();
    tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, articleId)).run();
    // Announced as an update (IndexNow, webhooks; never a second Telegram post), in this transaction.
    queueArticleDeliveries(tx, article, { id: articleId, ...article }, undefined, now);
    recordAudit(actor.id, `article.note.${kind}`, 'article', articleId, `note #${note.id}: ${body}`);
    return { ok: true, locale: article.locale };
  });
}

/**
 * Removing a note is for editors and admins only and is written to the audit log with the
 * note's full text, so a correction can never disappear without a trace. The article's
 * updatedAt moves too: readers' copies change.
 */
export function deleteArticleNote(actor: Actor, articleId: number, noteId: number): NoteResult {
  if (!can(actor, 'article.editAny')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): NoteResult => {
    const note = tx
      .delete(articleNotes)
      .where(and(eq(articleNotes.id, noteId), eq(articleNotes.articleId, articleId)))
      .returning()
      .get();
    if (!note) return { ok: false, reason: 'notFound' };
    const article = tx.update(articles).set({ updatedAt: new Date() }).where(eq(articles.id, articleId)).returning({ locale: articles.locale }).get();
    recordAudit(actor.id, 'article.note.delete', 'article', articleId, `note #${note.id} (${note.kind}, ${note.createdAt.toISOString()}): ${note.body}`);
    return { ok: true, locale: article?.locale ?? '' };
  });
}

/** What the notes page shows about its article; null when there is none. */
export function getNoteTarget(articleId: number) {
  const row = db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return null;
  const live = (row.status === 'published' || row.status === 'scheduled') && !!row.publishedAt && row.publishedAt.getTime() <= Date.now();
  return { ...row, live };
}
