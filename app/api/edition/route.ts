import { hasLocale } from 'next-intl';
import { EDITIONS, LOCALE_COOKIE, routing } from '@/i18n/routing';
import { editionSwitchTarget } from '@/db/queries/article-route';

export const dynamic = 'force-dynamic';

const ONE_YEAR = 365 * 24 * 3600;
// Where a reader may be sent afterwards: a path on this site inside an edition or a script view.
const READER_PATH = new RegExp(`^/(${routing.locales.join('|')})(/[\\w\\-./%]*)?$`);

/**
 * The language switch links here: the reader has chosen an edition, so remember it for `/` (the
 * only place it is read) and go on. Reader pages themselves never set this cookie, so shared
 * caches can keep them.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const to = url.searchParams.get('to');
  if (!hasLocale(EDITIONS, to))
    return new Response('Unknown edition', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  const next = url.searchParams.get('next') ?? '';
  const target = READER_PATH.test(next) && !next.includes('//') ? editionSwitchTarget(to, next) : `/${to}`;
  const cookie = `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store', 'set-cookie': cookie } });
}
