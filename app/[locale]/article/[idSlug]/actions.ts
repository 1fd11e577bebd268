'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { saveReaderComment } from '@/db/queries/comments';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { clientKey } from '@/lib/comments/client-key';
import { checkFormToken, FORM_START_COOKIE, issueFormToken } from '@/lib/comments/form-token';
import { commentLimits } from '@/lib/comments/limits';
import { countLinks } from '@/lib/comments/links';
import { formSecret } from '@/db/queries/form-secret';
import { answerWithStatus, requestClientIp } from '@/lib/http/request-context';
import { fieldErrors, refused, succeeded, textFields, type ActionState } from '@/lib/validation/action-state';
import { commentFormMeta, commentInput } from '@/lib/validation/comment';

type Refusal = 'closed' | 'failed' | 'tooFast' | 'formExpired' | 'tooMany' | 'tooManyPending';

// `startToken`: a fresh form-start token for the next attempt, rendered into the form, so that a
// reader whose browser keeps no cookies can still post (by pressing "send" a second time).
export type CommentState = ActionState<{ startToken: string }>;

// Public POST endpoint: everything it receives is untrusted, including the bound arguments.
export async function postComment(locale: string, articleId: number, articlePath: string, _prev: CommentState, form: FormData): Promise<CommentState> {
  const safeLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: safeLocale, namespace: 'CommentForm' });
  const values = textFields(form, ['name', 'body']);
  const meta = commentFormMeta.parse({ start: form.get('start'), honeypotFilled: form.get('website'), withJs: form.get('js') });
  const given = meta.start;
  const withToken = (state: ActionState, startToken: string | undefined): CommentState => (startToken ? { ...state, startToken } : state);
  const parsed = commentInput.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, (key) => t(key as 'nameRequired'));
    return withToken(refused(form, t('invalid'), { errors, values, reason: 'invalid' }), given);
  }
  // A status only for refusals a client caused; a closed article or our own failure keep Next's.
  const refuse = (reason: Refusal, httpStatus?: number, startToken?: string): CommentState => {
    if (httpStatus) answerWithStatus(httpStatus);
    return withToken(refused(form, t(reason), { values, reason }), startToken);
  };

  let secret: Buffer;
  try {
    secret = formSecret();
  } catch (error) {
    console.error('Reading the form secret failed', error);
    return refuse('failed');
  }
  const limits = commentLimits();
  const now = Date.now();
  const freshToken = () => issueFormToken(now, secret);
  let formNonce: string | null = null;
  if (limits.minFillMs > 0) {
    // The token comes from the form when an earlier answer put one there, else from the cookie
    // that the form's beacon image set (app/api/comment-start): see that route for the design.
    const token = given ?? (await cookies()).get(FORM_START_COOKIE)?.value;
    const check = checkFormToken(token, now, secret, limits);
    if (!check.ok) return check.reason === 'tooFast' ? refuse('tooFast', 429, token) : refuse('formExpired', 400, freshToken());
    formNonce = check.nonce;
  }

  // A filled honeypot is a bot: keep the text for the spam queue, tell it nothing different.
  // Many links are likely spam too: saved, but for a moderator to judge.
  const spam = meta.honeypotFilled || countLinks(parsed.data.body) > limits.maxLinks;
  let result;
  try {
    if (!Number.isSafeInteger(articleId)) return refuse('closed');
    result = saveReaderComment({ articleId, ...parsed.data, spam, clientKey: clientKey(requestClientIp(), secret), formNonce, at: new Date(now) }, limits);
  } catch (error) {
    console.error('Saving a comment failed', error);
    return refuse('failed');
  }
  if (result === 'closed') return refuse('closed');
  if (result === 'tokenUsed') return refuse('formExpired', 400, freshToken());
  if (result !== 'saved') return refuse(result, 429);
  // Without JavaScript the browser gets a redirect to the cached page; its #comment-received
  // anchor shows the notice through CSS :target, so the page itself stays the same for everyone.
  if (!meta.withJs && articlePath.startsWith(`/${safeLocale}/article/`)) redirect(`${articlePath}#comment-received`);
  return withToken(succeeded(form, t('received')), limits.minFillMs > 0 ? freshToken() : undefined);
}
