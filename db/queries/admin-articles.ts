import 'server-only';
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags, categories, tags, users } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { can, canEditArticle, type Actor } from '@/lib/auth/permissions';
import type { ArticleStatus, Edition } from '@/lib/domain';
import { renderMarkdown } from '@/lib/markdown';
import { slugify } from '@/lib/slug';
import type { ArticleInput } from '@/lib/validation/article';
import { keepRevision } from './article-revisions';
import { findPartner, linkTranslation, translationProblem, type TranslationError } from './article-translations';
import { recordAudit } from './audit';
import { queueArticleDeliveries } from './outbox';

const ADMIN_PAGE_SIZE = 25;
export type AdminFilters = { locale?: Edition; status?: ArticleStatus; q?: string; categoryId?: number; authorId?: number; page: number };

// Authors see their own articles only; the rule lives here, next to the data.
function visibleTo(actor: Actor): SQL | undefined {
  return can(actor, 'article.editAny') ? undefined : eq(articles.authorId, actor.id);
}

export function listArticlesForAdmin(actor: Actor, filters: AdminFilters) {
  const where = and(
    visibleTo(actor),
    filters.locale ? eq(articles.locale, filters.locale) : undefined,
    filters.status ? eq(articles.status, filters.status) : undefined,
    filters.categoryId ? eq(articles.categoryId, filters.categoryId) : undefined,
    filters.authorId ? eq(articles.authorId, filters.authorId) : undefined,
    // The typed text is matched literally: % and _ are escaped for LIKE.
    filters.q ? sql`${articles.title} like ${`%${filters.q.replace(/[%_\\]/g, '\\$&')}%`} escape '\\'` : undefined,
  );
  // Each filter has an index in updated_at order that also holds the other filter columns
  // (migration 0008): the count and the page's ids come from it, then only the page's rows are
  // read. A title search (LIKE) reads the title of every article the other filters leave: no
  // index serves a substring.
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const ids = db
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((filters.page - 1) * ADMIN_PAGE_SIZE)
    .all()
    .map((row) => row.id);
  const items = db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      authorName: users.name,
      categoryName: categories.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(inArray(articles.id, ids.length ? ids : [0]))
    .all()
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  return { items, total, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export function getArticleForEdit(actor: Actor, id: number) {
  const row = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!row || !canEditArticle(actor, row)) return null;
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .all()
    .map((t) => t.name);
  return { ...row, tagNames, partner: findPartner(id, row.translationId) };
}

export function listCategoryOptions() {
  return db
    .select({ id: categories.id, locale: categories.locale, name: categories.name })
    .from(categories)
    .orderBy(categories.locale, categories.position)
    .all();
}

export type SaveResult =
  // readersAffected: the article was or now is published or scheduled, so reader pages (and the
  // next scheduled time) may change; a draft saved again changes nothing a reader can see.
  | { ok: true; id: number; locale: Edition; slug: string; status: ArticleStatus; readersAffected: boolean }
  | { ok: false; reason: 'forbidden' | 'conflict' | 'notFound' | 'category' | 'author' | TranslationError };

const READER_FACING: ReadonlySet<ArticleStatus> = new Set(['published', 'scheduled']);

function uniqueSlug(tx: Tx, locale: Edition, wanted: string, selfId: number | null): string {
  const base = wanted || 'article';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 76)}-${n}`;
    const clash = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.locale, locale), eq(articles.slug, candidate), selfId ? sql`${articles.id} <> ${selfId}` : undefined))
      .get();
    if (!clash) return candidate;
  }
}

function setTags(tx: Tx, articleId: number, locale: Edition, names: string[]) {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  for (const name of names) {
    const slug = slugify(name);
    const existing = tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.locale, locale), eq(tags.slug, slug)))
      .get();
    const tagId = existing?.id ?? tx.insert(tags).values({ locale, slug, name }).returning({ id: tags.id }).get().id;
    tx.insert(articleTags).values({ articleId, tagId }).onConflictDoNothing().run();
  }
}

/** Where the intent moves the article; null when this actor may not make that move. */
function nextStatus(actor: Actor, current: ArticleStatus, input: ArticleInput & { scheduledAt: Date | null }, publishedAt: Date | null) {
  const publisher = can(actor, 'article.publish');
  switch (input.intent) {
    case 'save':
      return { status: current, publishedAt };
    case 'submit':
      return current === 'draft' || current === 'submitted' ? { status: 'submitted' as const, publishedAt } : null;
    case 'publish':
      return publisher ? { status: 'published' as const, publishedAt: current === 'published' && publishedAt ? publishedAt : new Date() } : null;
    case 'schedule':
      return publisher ? { status: 'scheduled' as const, publishedAt: input.scheduledAt } : null;
    case 'unpublish':
      return publisher ? { status: 'draft' as const, publishedAt: null } : null;
  }
}

export type NewThumbnail = { stem: string; width: number; height: number };

// translationId: undefined leaves the pairing alone, null unpairs; only editors may change it.
export type SaveInput = ArticleInput & { scheduledAt: Date | null; thumbnail?: NewThumbnail | null; translationId?: number | null; authorId?: number };

export function saveArticle(actor: Actor, id: number | null, input: SaveInput): SaveResult {
  return db.transaction((tx): SaveResult => {
    const category = tx.select({ id: categories.id, locale: categories.locale }).from(categories).where(eq(categories.id, input.categoryId)).get();
    if (!category || category.locale !== input.locale) return { ok: false, reason: 'category' };
    const current = id ? tx.select().from(articles).where(eq(articles.id, id)).get() : null;
    if (id && !current) return { ok: false, reason: 'notFound' };
    if (current && !canEditArticle(actor, current)) return { ok: false, reason: 'forbidden' };
    if (!current && !can(actor, 'article.create')) return { ok: false, reason: 'forbidden' };
    if (current && current.version !== input.version) return { ok: false, reason: 'conflict' };
    const move = nextStatus(actor, current?.status ?? 'draft', input, current?.publishedAt ?? null);
    if (!move) return { ok: false, reason: 'forbidden' };
    if (input.translationId !== undefined) {
      if (!can(actor, 'article.editAny')) return { ok: false, reason: 'forbidden' };
      // Checked before anything is written: returning from the callback commits.
      const problem = translationProblem(tx, id, input.locale, input.translationId);
      if (problem) return { ok: false, reason: problem };
    }
    // Editors may credit another person; everyone else writes under their own name.
    let authorId = current?.authorId ?? actor.id;
    if (input.authorId !== undefined) {
      if (!can(actor, 'article.editAny')) return { ok: false, reason: 'forbidden' };
      if (!tx.select({ id: users.id }).from(users).where(eq(users.id, input.authorId)).get()) return { ok: false, reason: 'author' };
      authorId = input.authorId;
    }
    const slug = uniqueSlug(tx, input.locale, input.slug || slugify(input.title), id);
    const values = {
      authorId,
      locale: input.locale,
      slug,
      title: input.title,
      lead: input.lead,
      bodyMarkdown: input.body,
      bodyHtml: renderMarkdown(input.body),
      categoryId: input.categoryId,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
      thumbnailAlt: input.thumbnailAlt,
      ...(input.thumbnail ? { thumbnail: input.thumbnail.stem, thumbnailWidth: input.thumbnail.width, thumbnailHeight: input.thumbnail.height } : {}),
      featured: can(actor, 'article.publish') ? input.featured : (current?.featured ?? false),
      commentsOpen: input.commentsOpen,
      // Made a live blog (again): open, until an editor closes it on its live page.
      ...(input.format && input.format !== (current?.format ?? 'standard') ? { format: input.format, liveEndedAt: null } : {}),
      status: move.status,
      publishedAt: move.publishedAt,
      updatedAt: new Date(),
    };
    let articleId: number;
    if (current) {
      // The version check in WHERE makes a concurrent save lose cleanly instead of overwriting.
      const updated = tx
        .update(articles)
        .set({ ...values, version: current.version + 1 })
        .where(and(eq(articles.id, current.id), eq(articles.version, input.version)))
        .run();
      if (updated.changes !== 1) return { ok: false, reason: 'conflict' };
      keepRevision(tx, current);
      articleId = current.id;
    } else {
      articleId = tx.insert(articles).values(values).returning({ id: articles.id }).get().id;
    }
    setTags(tx, articleId, input.locale, input.tags);
    if (input.translationId !== undefined) linkTranslation(tx, actor.id, articleId, input.translationId);
    // Telegram, IndexNow, webhooks: queued in this transaction, so a save that fails sends nothing.
    queueArticleDeliveries(tx, current ?? null, {
      id: articleId,
      locale: input.locale,
      slug,
      title: input.title,
      lead: input.lead,
      thumbnail: input.thumbnail?.stem ?? current?.thumbnail ?? null,
      status: move.status,
      publishedAt: move.publishedAt,
    });
    recordAudit(actor.id, current ? `article.${input.intent}` : 'article.create', 'article', articleId, input.title);
    const readersAffected = READER_FACING.has(move.status) || (!!current && READER_FACING.has(current.status));
    return { ok: true, id: articleId, locale: input.locale, slug, status: move.status, readersAffected };
  });
}

export function articleExists(id: number): boolean {
  return !!db.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get();
}

export type ThumbnailResult = { ok: true; locale: Edition; slug: string } | { ok: false; reason: 'forbidden' | 'notFound' };

/** A picture chosen from the media library; a version-changing save like any other. */
export function setArticleThumbnail(actor: Actor, id: number, thumbnail: NewThumbnail): ThumbnailResult {
  return db.transaction((tx): ThumbnailResult => {
    const current = tx.select().from(articles).where(eq(articles.id, id)).get();
    if (!current) return { ok: false, reason: 'notFound' };
    if (!canEditArticle(actor, current)) return { ok: false, reason: 'forbidden' };
    tx.update(articles)
      .set({
        thumbnail: thumbnail.stem,
        thumbnailWidth: thumbnail.width,
        thumbnailHeight: thumbnail.height,
        updatedAt: new Date(),
        version: current.version + 1,
      })
      .where(eq(articles.id, id))
      .run();
    // An editor's open form still names the old version, so its save cannot undo this pick.
    keepRevision(tx, current);
    recordAudit(actor.id, 'article.thumbnail', 'article', id, thumbnail.stem);
    return { ok: true, locale: current.locale, slug: current.slug };
  });
}

export function listAuthorOptions() {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name).all();
}
