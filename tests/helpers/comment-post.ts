import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, comments } from '@/db/schema';
import { postComment, type CommentState } from '@/app/[locale]/article/[idSlug]/actions';
import { clientKey } from '@/lib/comments/client-key';
import { issueFormToken } from '@/lib/comments/form-token';
import { formSecret } from '@/db/queries/form-secret';
import { withRequestContext, type RequestContext } from '@/lib/http/request-context';

/**
 * Posting the reader's comment form as a browser would, from a given client address.
 * Test files mock next/headers (cookies) and next-intl/server (translations) themselves.
 */

/** Seeded published articles open to comments, other than the seed story. */
export function openArticles(n: number) {
  return db
    .select({ id: articles.id, slug: articles.slug, locale: articles.locale })
    .from(articles)
    .where(and(eq(articles.status, 'published'), eq(articles.commentsOpen, true), ne(articles.thumbnail, '20170708195532885')))
    .orderBy(asc(articles.id))
    .limit(n)
    .all();
}

/** A form-start token old enough to pass the minimum fill time. */
export const readyToken = (ageMs = 10_000) => issueFormToken(Date.now() - ageMs, formSecret());

export type PostOptions = {
  ip: string;
  articleId: number;
  locale?: string;
  name?: string;
  body?: string;
  /** The hidden "start" field; omitted means "none in the form" (the cookie may still hold one). */
  start?: string | null;
  js?: boolean;
};

export async function post(options: PostOptions): Promise<{ state: CommentState; status?: number }> {
  const form = new FormData();
  form.set('name', options.name ?? 'Оқырман');
  form.set('body', options.body ?? 'Жақсы мақала, рақмет!');
  form.set('js', options.js === false ? '0' : '1');
  form.set('website', '');
  const start = options.start === undefined ? readyToken() : options.start;
  if (start !== null) form.set('start', start);
  const locale = options.locale ?? 'kk';
  const context: RequestContext = { id: 't', clientIp: options.ip };
  const state = await withRequestContext(context, () =>
    postComment(locale, options.articleId, `/${locale}/article/${options.articleId}-x`, { status: 'idle' }, form),
  );
  return { state, status: context.status };
}

export function rowsFrom(ips: string[]) {
  const keys = ips.map((ip) => clientKey(ip, formSecret()));
  return db.select().from(comments).where(inArray(comments.clientKey, keys)).all();
}
