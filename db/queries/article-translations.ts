import 'server-only';
import { and, desc, eq, isNull, ne, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { articles } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { Edition } from '@/lib/domain';
import { recordAudit } from './audit';

const TRANSLATION_OPTIONS_LIMIT = 200;
export type TranslationError = 'translationNotFound' | 'translationSameEdition' | 'translationTaken';

const other = alias(articles, 'other');

/** The article paired with `id`, whichever side stores the link. */
export function findPartner(id: number, translationId: number | null) {
  return (
    db
      .select({ id: articles.id, locale: articles.locale, title: articles.title })
      .from(articles)
      .where(and(ne(articles.id, id), translationId ? or(eq(articles.id, translationId), eq(articles.translationId, id)) : eq(articles.translationId, id)))
      .orderBy(sql`${articles.id} = ${translationId ?? 0} desc`)
      .get() ?? null
  );
}

/** Candidates in the other edition, newest first: unpaired ones, or the current partner. */
export function listTranslationOptions(locale: Edition, selfId: number | null) {
  const self = selfId ?? 0;
  const free = and(
    or(isNull(articles.translationId), eq(articles.translationId, self)),
    notExists(
      db
        .select({ id: other.id })
        .from(other)
        .where(and(eq(other.translationId, articles.id), ne(other.id, self))),
    ),
  );
  return db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(ne(articles.locale, locale), free))
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(TRANSLATION_OPTIONS_LIMIT)
    .all();
}

/** Why `articleId` (null: not created yet) cannot be paired with `wanted`; null when it can. */
export function translationProblem(tx: Tx, articleId: number | null, locale: Edition, wanted: number | null): TranslationError | null {
  if (wanted === null) return null;
  if (wanted === articleId) return 'translationSameEdition';
  const target = tx.select({ locale: articles.locale, translationId: articles.translationId }).from(articles).where(eq(articles.id, wanted)).get();
  if (!target) return 'translationNotFound';
  if (target.locale === locale) return 'translationSameEdition';
  const pointedAt = tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.translationId, wanted), articleId ? ne(articles.id, articleId) : undefined))
    .get();
  if ((target.translationId !== null && target.translationId !== articleId) || pointedAt) return 'translationTaken';
  return null;
}

/**
 * Pairs `articleId` with `wanted` (null unpairs); check translationProblem() first. A pair is
 * stored on one side only, so a link kept by the partner stays there, and other links go.
 */
export function linkTranslation(tx: Tx, actorId: number, articleId: number, wanted: number | null): void {
  const self = tx.select({ translationId: articles.translationId }).from(articles).where(eq(articles.id, articleId)).get();
  const before = self?.translationId ?? tx.select({ id: articles.id }).from(articles).where(eq(articles.translationId, articleId)).get()?.id ?? null;
  if (before === wanted) return;
  if (wanted === null) {
    tx.update(articles)
      .set({ translationId: null })
      .where(or(eq(articles.id, articleId), eq(articles.translationId, articleId)))
      .run();
    recordAudit(actorId, 'article.translationUnlink', 'article', articleId, `#${before}`);
    return;
  }
  const partnerKeepsLink = tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, wanted), eq(articles.translationId, articleId)))
    .get();
  tx.update(articles)
    .set({ translationId: null })
    .where(and(eq(articles.translationId, articleId), ne(articles.id, wanted)))
    .run();
  tx.update(articles)
    .set({ translationId: partnerKeepsLink ? null : wanted })
    .where(eq(articles.id, articleId))
    .run();
  recordAudit(actorId, 'article.translationLink', 'article', articleId, `#${wanted}`);
}
