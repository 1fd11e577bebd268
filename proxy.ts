import { NextResponse, type NextRequest } from 'next/server';
import { actorOfSession } from './db/queries/session-role';
import { refusedSection } from './lib/auth/admin-sections';
import createMiddleware from 'next-intl/middleware';
import { readerContentExists } from './db/queries/reader-routes';
import { editionRouting, LATIN, type PathLocale } from './i18n/routing';
import { hashSessionId, SESSION_COOKIE, SESSION_TTL_SECONDS } from './lib/auth/cookie';

const intl = createMiddleware(editionRouting);
const EDITION_PATH = /^\/(kk|ru|kk-latn)(\/.*)?$/;
const LATIN_PATH = /^\/kk-latn(?:\/|$)/;

// Locale negotiation for readers' paths (`/` → `/kk` or `/ru` by cookie, then Accept-Language),
// and 404s for missing content answered here so they are rendered on the server (see reader-routes).
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) return adminGate(request);
  const response = LATIN_PATH.test(request.nextUrl.pathname) ? latinView(request) : intl(request);
  if (response.headers.has('location')) return response;
  const match = EDITION_PATH.exec(request.nextUrl.pathname);
  if (!match || request.method !== 'GET') return response;
  const [, locale, rest = '/'] = match;
  let exists = true;
  try {
    exists = readerContentExists(locale as PathLocale, rest, request.nextUrl.searchParams);
  } catch (error) {
    console.error('Proxy: could not check reader content', error); // let the page decide
  }
  if (exists) return response;
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  // An unmatched internal path: Next serves app/global-not-found.tsx with status 404.
  return NextResponse.rewrite(new URL(`/${locale}/_missing/404`, request.url), { request: { headers } });
}

// The edition middleware knows only kk and ru (so `/` never lands on the Latin view) and would
// redirect /kk-latn/… as an unprefixed path. Latin paths pass straight through, leaving the
// locale cookie alone, with the header the middleware sets for the global 404 page.
function latinView(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', LATIN);
  return NextResponse.next({ request: { headers } });
}

// Optimistic only: no cookie → sign-in page; a cookie gets its lifetime renewed (sliding expiry).
// The real session and role checks run on the server in every admin page and action.
function adminGate(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const session = request.cookies.get(SESSION_COOKIE)?.value;
  if (pathname === '/admin/login') return NextResponse.next();
  if (!session) {
    const login = new URL('/admin/login', request.url);
    login.searchParams.set('next', pathname + search);
    return NextResponse.redirect(login);
  }
  if (request.method === 'GET') {
    let actor = null;
    try {
      actor = actorOfSession(hashSessionId(session));
    } catch (error) {
      console.error('Proxy: could not read the session', error); // the page checks again
    }
    if (actor && refusedSection(pathname, actor)) return NextResponse.rewrite(new URL('/admin/refused', request.url));
  }
  const response = NextResponse.next();
  if (request.method === 'GET') {
    response.cookies.set(SESSION_COOKIE, session, { httpOnly: true, sameSite: 'lax', secure: request.nextUrl.protocol === 'https:', path: '/', maxAge: SESSION_TTL_SECONDS });
  }
  return response;
}

export const config = {
  // Not API routes, uploads, Next internals, or files with an extension (robots.txt, sitemap.xml, rss.xml).
  matcher: ['/((?!api|uploads|_next|_vercel|.*\\..*).*)'],
};
