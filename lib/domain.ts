import { z } from 'zod';

// The portal's vocabulary, defined once: the database schema, the zod validation, the pages and
// i18n routing all take their values from here. No imports from app/, components/ or db/.
// The zod helpers are functions, so importing a tuple into a client component builds no schema.

/** The two editions, each with its own content: what articles, categories and tags are written in. */
export const EDITIONS = ['kk', 'ru'] as const;
export type Edition = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: Edition = 'kk';
/** Each edition's name in its own language (the editors' pickers). */
export const EDITION_NAMES: Record<Edition, string> = { kk: 'Қазақша', ru: 'Русский' };

/** The Kazakh edition read in the Latin alphabet of 2021: its own URLs and UI strings, kk content. */
export const LATIN = 'kk-latn';
/** The Kazakh edition read in the Arabic-based töte script of Xinjiang, right to left: kk content. */
export const ARABIC = 'kk-arab';
/** The script views of the Kazakh edition: URL prefixes of their own showing its content. */
export const SCRIPT_VIEWS = [LATIN, ARABIC] as const;
export type ScriptView = (typeof SCRIPT_VIEWS)[number];
/** Every URL prefix: an edition, or a script view of the Kazakh one. */
export const PATH_LOCALES = [...EDITIONS, ...SCRIPT_VIEWS] as const;
export type PathLocale = (typeof PATH_LOCALES)[number];

export const ROLES = ['admin', 'editor', 'author'] as const;
export type Role = (typeof ROLES)[number];
/** The roles in the order the editors' pickers list them. */
export const ROLES_LEAST_FIRST: readonly Role[] = [...ROLES].reverse();

export const ARTICLE_STATUSES = ['draft', 'submitted', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** What a moderator can do to a comment, and the status each verb moves it to. */
export const MODERATION_ACTIONS = ['approve', 'spam', 'delete', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const MODERATION_TARGET: Record<ModerationAction, CommentStatus> = { approve: 'approved', spam: 'spam', delete: 'deleted', restore: 'pending' };
/** The verbs offered for a comment in each status. */
export const MODERATION_ACTIONS_FOR: Record<CommentStatus, readonly ModerationAction[]> = {
  pending: ['approve', 'spam', 'delete'],
  approved: ['spam', 'delete'],
  spam: ['restore', 'delete'],
  deleted: ['restore'],
};

/** Where a published story is sent (db/queries/outbox.ts) and the states of one delivery. */
export const DELIVERY_TARGETS = ['telegram', 'indexnow', 'webhook'] as const;
export type DeliveryTarget = (typeof DELIVERY_TARGETS)[number];
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_EVENTS = ['article.published', 'article.updated', 'liveblog.key_event'] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return (DELIVERY_STATUSES as readonly unknown[]).includes(value);
}

/** A database id as text: a positive integer of at most 16 digits (safe as a JS number). */
export const ID_PATTERN = /^[1-9]\d{0,15}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A database id from a URL segment or form field; null for anything else. */
export function parseId(value: unknown): number | null {
  return isId(value) ? Number(value) : null;
}

export function isScriptView(value: unknown): value is ScriptView {
  return (SCRIPT_VIEWS as readonly unknown[]).includes(value);
}

export function isEdition(value: unknown): value is Edition {
  return (EDITIONS as readonly unknown[]).includes(value);
}

export function isArticleStatus(value: unknown): value is ArticleStatus {
  return (ARTICLE_STATUSES as readonly unknown[]).includes(value);
}

export function isCommentStatus(value: unknown): value is CommentStatus {
  return (COMMENT_STATUSES as readonly unknown[]).includes(value);
}

// zod schemas built from the tuples. `error` is the message to report (an i18n key in the
// editors' forms); without it zod's own message.
const params = (error?: string) => (error === undefined ? undefined : { error });
export const editionEnum = (error?: string) => z.enum(EDITIONS, params(error));
export const roleEnum = (error?: string) => z.enum(ROLES, params(error));
export const moderationActionEnum = (error?: string) => z.enum(MODERATION_ACTIONS, params(error));
/** A database id field: text matching ID_PATTERN, parsed to a number. */
export const idField = (error?: string) => z.string().regex(ID_PATTERN, params(error)).transform(Number);

/** An article is a story, or a live blog: a lead and then timestamped entries, newest first. */
export const ARTICLE_FORMATS = ['standard', 'live'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** A dated note an editor adds under a published article's headline. */
export const NOTE_KINDS = ['update', 'correction'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The curated front page of an edition: slot 0 is the lead story, then this many top stories. */
export const TOP_STORY_SLOTS = 6;
