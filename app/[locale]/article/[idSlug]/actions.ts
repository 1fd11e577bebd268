'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { addPendingComment } from '@/db/queries/comments';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { commentFieldErrors, commentInput } from '@/lib/validation/comment';

export type CommentState =
  | { status: 'idle' }
  | { status: 'received' }
  | { status: 'closed' | 'failed'; message: string; values: { name: string; body: string } }
  | { status: 'invalid'; message: string; errors: { name?: string; body?: string }; values: { name: string; body: string } };

// Public POST endpoint: everything it receives is untrusted, including the bound arguments.
export async function postComment(locale: string, articleId: number, articlePath: string, _prev: CommentState, form: FormData): Promise<CommentState> {
  const safeLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: safeLocale, namespace: 'CommentForm' });
  const values = { name: String(form.get('name') ?? ''), body: String(form.get('body') ?? '') };
  const parsed = commentInput.safeParse(values);
  if (!parsed.success) {
    const keys = commentFieldErrors(parsed.error);
    const errors = {
      name: keys.name ? t(keys.name as 'nameRequired') : undefined,
      body: keys.body ? t(keys.body as 'bodyRequired') : undefined,
    };
    return { status: 'invalid', message: t('invalid'), errors, values };
  }
  // A filled honeypot is a bot: keep the text for the spam queue, tell it nothing different.
  const spam = String(form.get('website') ?? '') !== '';
  let saved: boolean;
  try {
    saved = Number.isSafeInteger(articleId) && addPendingComment({ articleId, ...parsed.data, spam });
  } catch (error) {
    console.error('Saving a comment failed', error);
    return { status: 'failed', message: t('failed'), values };
  }
  if (!saved) return { status: 'closed', message: t('closed'), values };
  // Without JavaScript the browser gets a redirect to the cached page; its #comment-received
  // anchor shows the notice through CSS :target, so the page itself stays the same for everyone.
  if (form.get('js') !== '1' && articlePath.startsWith(`/${safeLocale}/article/`)) redirect(`${articlePath}#comment-received`);
  return { status: 'received' };
}
