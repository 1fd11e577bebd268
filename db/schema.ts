import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
// Relative, not '@/': drizzle-kit loads this file without the tsconfig paths.
import {
  ARTICLE_FORMATS,
  ARTICLE_STATUSES,
  COMMENT_STATUSES,
  DELIVERY_EVENTS,
  DELIVERY_STATUSES,
  DELIVERY_TARGETS,
  EDITIONS,
  NOTE_KINDS,
  ROLES,
} from '../lib/domain';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// Authors are users: the byline, the author page and (later) the admin account are one person.
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email'),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    bioKk: text('bio_kk').notNull().default(''),
    bioRu: text('bio_ru').notNull().default(''),
    role: text('role', { enum: ROLES }).notNull().default('author'),
    passwordHash: text('password_hash'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_slug_unique').on(t.slug), uniqueIndex('users_email_unique').on(t.email)],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    locale: text('locale', { enum: EDITIONS }).notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('categories_locale_slug_unique').on(t.locale, t.slug), index('categories_menu_idx').on(t.locale, t.position)],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    locale: text('locale', { enum: EDITIONS }).notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_locale_slug_unique').on(t.locale, t.slug)],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    locale: text('locale', { enum: EDITIONS }).notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    // Rendered and sanitized when saved, so a page view never runs the markdown parser.
    bodyHtml: text('body_html').notNull(),
    // Stem of the legacy upload name, e.g. "20170708195532885" → /uploads/thumbnail/{stem}_{size}.jpg
    thumbnail: text('thumbnail'),
    thumbnailAlt: text('thumbnail_alt').notNull().default(''),
    thumbnailWidth: integer('thumbnail_width'),
    thumbnailHeight: integer('thumbnail_height'),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    createdAt: createdAt(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    sourceName: text('source_name'),
    sourceUrl: text('source_url'),
    viewCount: integer('view_count').notNull().default(0),
    translationId: integer('translation_id').references((): AnySQLiteColumn => articles.id, { onDelete: 'set null' }),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    commentsOpen: integer('comments_open', { mode: 'boolean' }).notNull().default(true),
    // Optimistic concurrency: an editor's save names the version it started from.
    version: integer('version').notNull().default(1),
    format: text('format', { enum: ARTICLE_FORMATS }).notNull().default('standard'),
    // A live blog is open (the LIVE badge, readers polling) until an editor closes it; its
    // coverage runs from publishedAt to this time.
    liveEndedAt: integer('live_ended_at', { mode: 'timestamp_ms' }),
  },
  // Listings walk these in order and stop after a page. The sort key comes right after the
  // equality columns, with id as the tie-break, so the index order is the listing order; status
  // (and updated_at for sitemaps' lastmod) sit at the end so readable() and the offset of a deep
  // page are checked in the index, never in the table, whose rows are large (bodies) and spill
  // status and dates onto overflow pages. tests/integration/query-plans.test.ts holds them to it.
  (t) => [
    uniqueIndex('articles_locale_slug_unique').on(t.locale, t.slug),
    index('articles_edition_idx').on(t.locale, t.publishedAt, t.id, t.status),
    index('articles_category_date_idx').on(t.categoryId, t.publishedAt, t.id, t.status, t.updatedAt),
    index('articles_author_date_idx').on(t.authorId, t.locale, t.publishedAt, t.id, t.status, t.updatedAt),
    index('articles_views_idx').on(t.locale, t.viewCount, t.publishedAt, t.id, t.status),
    index('articles_published_idx').on(t.publishedAt, t.id, t.status, t.updatedAt),
    index('articles_featured_idx').on(t.locale, t.featured, t.publishedAt),
    index('articles_translation_idx').on(t.translationId),
    // The editors' list: newest change first, whole newsroom or by one filter, the other filters
    // (and the count) checked in the same index.
    index('articles_updated_idx').on(t.updatedAt),
    index('articles_status_updated_idx').on(t.status, t.updatedAt, t.id, t.locale, t.categoryId, t.authorId),
    index('articles_locale_updated_idx').on(t.locale, t.updatedAt, t.id, t.status, t.categoryId, t.authorId),
    index('articles_category_updated_idx').on(t.categoryId, t.updatedAt, t.id, t.status, t.locale, t.authorId),
    index('articles_author_updated_idx').on(t.authorId, t.updatedAt, t.id, t.status, t.locale, t.categoryId),
    // Readability of an article found by id (search hits), without reading its row.
    uniqueIndex('articles_visibility_idx').on(t.id, t.locale, t.status, t.publishedAt),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: COMMENT_STATUSES }).notNull().default('pending'),
    createdAt: createdAt(),
    // HMAC of the poster's address (never the address itself), for the per-client limits.
    clientKey: text('client_key'),
    // Nonce of the form-start token the comment was posted with: each token is good for one comment.
    formNonce: text('form_nonce'),
  },
  (t) => [
    index('comments_article_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_queue_idx').on(t.status, t.createdAt),
    // The moderation queue counts what arrived after it was opened (id > anchor).
    index('comments_status_id_idx').on(t.status, t.id),
    index('comments_client_idx').on(t.clientKey, t.createdAt),
    uniqueIndex('comments_form_nonce_unique').on(t.formNonce),
  ],
);

// Secrets the portal makes for itself when none is configured, so a restart keeps them.
export const appSecrets = sqliteTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

// Server-side sessions: the cookie holds a random 256-bit id, the table only its SHA-256.
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expiry_idx').on(t.expiresAt)],
);

// Sign-in attempts, keyed per account+IP pair and per IP, for throttling: a row is written
// before the password is checked and removed again when it was right.
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  // `at` alone: every sign-in purges a bounded batch of old rows.
  (t) => [index('login_failures_key_idx').on(t.key, t.at), index('login_failures_at_idx').on(t.at)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    detail: text('detail').notNull().default(''),
    at: createdAt(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

// The text of an article before each save: what editors compare against and can restore.
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    savedBy: integer('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedAt: integer('saved_at', { mode: 'timestamp_ms' }).notNull(),
    // The article's version number this text had.
    version: integer('version').notNull(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.savedAt)],
);

// Deliveries to the outside (Telegram, IndexNow, webhooks), written in the same transaction as
// the publish that causes them and sent by server/delivery-worker.ts. The body is kept exactly as
// it is sent; secrets (bot token, signing key) are added at send time and never stored.
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Sent as X-Qamshy-Delivery: the same on every attempt, so a receiver can drop a repeat.
    deliveryId: text('delivery_id').notNull(),
    event: text('event', { enum: DELIVERY_EVENTS }).notNull(),
    target: text('target', { enum: DELIVERY_TARGETS }).notNull(),
    // The chat id (Telegram) or the URL posted to (IndexNow, webhooks).
    destination: text('destination').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    locale: text('locale', { enum: EDITIONS }).notNull(),
    title: text('title').notNull().default(''),
    body: text('body').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    // Not before the article's publish time; after a failure, when the backoff allows.
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    // Who holds a row in "sending" and since when: a lease a crashed process loses after a while.
    claimToken: text('claim_token'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('outbox_delivery_id_unique').on(t.deliveryId),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_article_idx').on(t.articleId, t.status),
    index('outbox_status_id_idx').on(t.status, t.id),
  ],
);

// A live blog's entries, shown newest first under the article's lead. The markdown is rendered
// and sanitized when saved, like an article body.
export const liveEntries = sqliteTable(
  'live_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    // Optional short headline (JSON-LD BlogPosting headline; the key-events summary).
    headline: text('headline').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    bodyHtml: text('body_html').notNull(),
    // Same stem scheme as an article's thumbnail: /uploads/thumbnail/{stem}_{size}.jpg
    image: text('image'),
    imageAlt: text('image_alt').notNull().default(''),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
    keyEvent: integer('key_event', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    // Set on every edit after publishing: readers see an "edited" mark.
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('live_entries_article_idx').on(t.articleId, t.createdAt, t.id), index('live_entries_key_idx').on(t.articleId, t.keyEvent, t.createdAt)],
);

// "Updated: …" and "Correction: …" notes under a published article's headline, oldest first.
// Kept apart from the article's text, so restoring a revision never drops one.
export const articleNotes = sqliteTable(
  'article_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTE_KINDS }).notNull(),
    body: text('body').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_notes_article_idx').on(t.articleId, t.createdAt, t.id)],
);

// The curated front page: per edition, position 0 is the lead story and 1..TOP_STORY_SLOTS the
// top stories in order. Empty positions fall back to the latest articles.
export const frontSlots = sqliteTable(
  'front_slots',
  {
    locale: text('locale', { enum: EDITIONS }).notNull(),
    position: integer('position').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.locale, t.position] }), uniqueIndex('front_slots_article_unique').on(t.locale, t.articleId)],
);

// One breaking-news banner per edition, shown on every reader page of it until it expires.
export const breakingBanners = sqliteTable('breaking_banners', {
  locale: text('locale', { enum: EDITIONS }).primaryKey(),
  text: text('text').notNull(),
  url: text('url'),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
