import 'server-only';
import { and, count, desc, eq, like } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleRevisions, articles, auditLog, users } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { can, canEditArticle, type Actor } from '@/lib/auth/permissions';
import type { Edition } from '@/lib/domain';
import { renderMarkdown } from '@/lib/markdown';
import { recordAudit } from './audit';

type Saved = { id: number; title: string; lead: string; bodyMarkdown: string; version: number; updatedAt: Date; authorId: number };

/**
 * Keeps the text an article has before a save overwrites it. Who saved that text comes from
 * the audit log (every version-changing save is audited as `article.*`); imported articles
 * have no entry and count as their author's.
 */
export function keepRevision(tx: Tx, current: Saved): void {
  const lastSave = tx
    .select({ userId: auditLog.userId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'article'), eq(auditLog.entityId, current.id), like(auditLog.action, 'article.%')))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  tx.insert(articleRevisions)
    .values({
      articleId: current.id,
      title: current.title,
      lead: current.lead,
      bodyMarkdown: current.bodyMarkdown,
      savedBy: lastSave ? lastSave.userId : current.authorId,
      savedAt: current.updatedAt,
      version: current.version,
    })
    .run();
}

/** The article as the revision pages need it, or null when this actor may not see its history. */
function historyOf(actor: Actor, articleId: number) {
  const article = db
    .select({
      id: articles.id,
      title: articles.title,
      lead: articles.lead,
      bodyMarkdown: articles.bodyMarkdown,
      version: articles.version,
      status: articles.status,
      authorId: articles.authorId,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  // Authors see the history of what they may still edit (their own drafts); editors see all.
  return article && canEditArticle(actor, article) ? article : null;
}

export const mayReadHistory = (actor: Actor, articleId: number) => historyOf(actor, articleId) !== null;

const revisionFields = { id: articleRevisions.id, version: articleRevisions.version, savedAt: articleRevisions.savedAt, savedByName: users.name };

export function listRevisions(actor: Actor, articleId: number) {
  const article = historyOf(actor, articleId);
  if (!article) return null;
  const revisions = db
    .select({ ...revisionFields, title: articleRevisions.title })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.savedAt), desc(articleRevisions.id))
    .all();
  return { article, revisions };
}

export function countRevisions(articleId: number): number {
  return db.select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, articleId)).get()?.n ?? 0;
}

export function getRevision(actor: Actor, articleId: number, revisionId: number) {
  const article = historyOf(actor, articleId);
  if (!article) return null;
  const revision = db
    .select({ ...revisionFields, title: articleRevisions.title, lead: articleRevisions.lead, bodyMarkdown: articleRevisions.bodyMarkdown })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
  return revision ? { article, revision } : null;
}

export type RestoreResult = { ok: true; locale: Edition; slug: string } | { ok: false; reason: 'forbidden' | 'conflict' | 'notFound' };

/** Restoring is a save: the current text becomes a revision, and a stale version loses. */
export function restoreRevision(actor: Actor, articleId: number, revisionId: number, version: number): RestoreResult {
  if (!can(actor, 'article.editAny')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): RestoreResult => {
    const current = tx.select().from(articles).where(eq(articles.id, articleId)).get();
    const revision = tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
      .get();
    if (!current || !revision) return { ok: false, reason: 'notFound' };
    if (current.version !== version) return { ok: false, reason: 'conflict' };
    const updated = tx
      .update(articles)
      .set({
        title: revision.title,
        lead: revision.lead,
        bodyMarkdown: revision.bodyMarkdown,
        bodyHtml: renderMarkdown(revision.bodyMarkdown),
        updatedAt: new Date(),
        version: current.version + 1,
      })
      .where(and(eq(articles.id, articleId), eq(articles.version, version)))
      .run();
    // Written only after the guarded update, so a lost race leaves nothing behind.
    if (updated.changes !== 1) return { ok: false, reason: 'conflict' };
    keepRevision(tx, current);
    recordAudit(actor.id, 'article.restore', 'article', articleId, `v${revision.version}: ${revision.title}`);
    return { ok: true, locale: current.locale, slug: current.slug };
  });
}
