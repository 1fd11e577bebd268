import Database from 'better-sqlite3';
import { cookiesFrom, rawRequest, type RawResponse } from './raw-http';
import { formWith, multipart, withValues, type HtmlForm } from './raw-forms';
import { EDITIONS, type Edition } from '../../lib/domain';
import { createArticle } from './e2e-db';

/**
 * The reader's comment form posted over raw sockets without JavaScript, from any loopback
 * address: the form's hidden server-action fields are read once from the article page, a
 * form-start token is fetched from /api/comment-start as the form's beacon image would, and the
 * post is the multipart body a browser sends.
 */
export type OpenArticle = { id: number; locale: Edition; slug: string; path: string };

/**
 * Published articles open to comments, made for the calling test (createArticle), so no other
 * spec's comments count towards its limits whatever order the specs run in. Kazakh and Russian
 * in turn, unless one edition is asked for; dated a year back, so the dozens the floods make
 * never push the seeded stories off the front pages the reader specs look at.
 */
export function newArticles(n: number, locale?: Edition): OpenArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const row = createArticle({ locale: locale ?? EDITIONS[i % EDITIONS.length], daysAgo: 365 });
    const edition = row.locale as Edition;
    return { id: row.id, locale: edition, slug: row.slug, path: `/${edition}/article/${row.id}-${row.slug}` };
  });
}

const forms = new Map<string, HtmlForm>();

export async function commentForm(article: OpenArticle): Promise<HtmlForm> {
  const known = forms.get(article.path);
  if (known) return known;
  const page = await rawRequest({ path: article.path, localAddress: '127.0.0.2', headers: { accept: 'text/html' } });
  if (page.status !== 200) throw new Error(`${article.path} answered ${page.status}`);
  const form = formWith(page.text, 'body');
  forms.set(article.path, form);
  return form;
}

/** Minimum fill time the server enforces (the test process passes its env on to the server). */
export const minFillMs = () => Number(process.env.COMMENT_MIN_FILL_SECONDS ?? 3) * 1000;

/** What the form's beacon image gives a reader: a signed, single-use form-start token. */
export async function formToken(address: string): Promise<string> {
  const answer = await rawRequest({ path: '/api/comment-start', localAddress: address });
  const token = cookiesFrom(answer.setCookies).qamshy_comment_start;
  if (answer.status !== 200 || !token) throw new Error(`/api/comment-start gave ${answer.status} and no token`);
  return token;
}

export type CommentOutcome = 'accepted' | 'refused' | 'other';

export type PostResult = { response: RawResponse; outcome: CommentOutcome; name: string; body: string };

export async function postRawComment(options: {
  address: string;
  article: OpenArticle;
  token: string;
  name: string;
  body: string;
  headers?: Record<string, string>;
}): Promise<PostResult> {
  const form = await commentForm(options.article);
  const fields = withValues(form, { name: options.name, body: options.body, website: '', js: '0' });
  const { body, contentType } = multipart(fields);
  const response = await rawRequest({
    method: 'POST',
    path: form.action,
    localAddress: options.address,
    body,
    timeoutMs: 90_000,
    headers: {
      accept: 'text/html',
      'content-type': contentType,
      origin: `http://127.0.0.1:${process.env.E2E_PORT}`,
      cookie: `qamshy_comment_start=${options.token}`,
      ...options.headers,
    },
  });
  // Without JavaScript an accepted comment redirects back to #comment-received; a limit answers 429.
  const accepted = response.status === 303 && (response.headers.location ?? '').endsWith('#comment-received');
  const outcome: CommentOutcome = accepted ? 'accepted' : response.status === 429 ? 'refused' : 'other';
  return { response, outcome, name: options.name, body: options.body };
}

/** Comments whose body carries this marker, straight from the server's database. */
export function commentsMarked(marker: string): { id: number; article_id: number; author_name: string; body: string; status: string }[] {
  const db = new Database(process.env.E2E_DATABASE_URL!, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.prepare('select id, article_id, author_name, body, status from comments where body like ? order by id').all(`%${marker}%`) as never;
  } finally {
    db.close();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
