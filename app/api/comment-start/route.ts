import { env } from '@/lib/env';
import { FORM_START_COOKIE, issueFormToken } from '@/lib/comments/form-token';
import { commentLimits } from '@/lib/comments/limits';
import { formSecret } from '@/db/queries/form-secret';

/*
 * The minimum fill time of the comment form, without a per-reader byte in the cached article page.
 *
 * The form holds a 1×1 <img> of this route (lazy: fetched when the form comes near the screen;
 * browsers fetch it at once with JavaScript off). Its answer sets an HttpOnly cookie with a
 * signed form-start token: now, plus a nonce. The comment action accepts a comment only when
 * that token is at least COMMENT_MIN_FILL_SECONDS old and its nonce was never used, so a bot that
 * fetches the page, or the page and this image, and posts at once is refused, and one token
 * cannot be replayed for a second comment. Readers whose browser keeps no cookies get a fresh
 * token in the form with the first refusal, and send again.
 *
 * What it does not stop: a client that fetches this image, waits the fill time and then posts;
 * then the per-client rate limits (lib/comments/limits.ts) are what holds it back.
 */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const dynamic = 'force-dynamic';

export function GET() {
  const headers = new Headers({ 'Content-Type': 'image/gif', 'Cache-Control': 'private, no-store, max-age=0', 'X-Robots-Tag': 'noindex' });
  const limits = commentLimits();
  if (limits.minFillMs > 0) {
    try {
      const token = issueFormToken(Date.now(), formSecret());
      const secure = env.SITE_URL.startsWith('https:') ? '; Secure' : '';
      headers.append(
        'Set-Cookie',
        `${FORM_START_COOKIE}=${token}; Path=/; Max-Age=${Math.floor(limits.tokenMaxAgeMs / 1000)}; HttpOnly; SameSite=Lax${secure}`,
      );
    } catch (error) {
      console.error('Issuing a comment form token failed', error); // the action will ask the reader to send again
    }
  }
  return new Response(new Uint8Array(PIXEL), { headers });
}
