import { NextResponse, type NextRequest } from 'next/server';
import { actorOfSession } from './db/queries/session-role';
import { refusedSection } from './lib/auth/admin-sections';
import createMiddleware from 'next-intl/middleware';
import { readerContentExists } from './db/queries/reader-routes';
import { editionRouting } from './i18n/routing';
import { READER_PATH_HEADER, readerLocation } from './lib/http/reader-path';
import { splitEditionPath } from './lib/reader-routes';
import { hashSessionId, SESSION_COOKIE, SESSION_TTL_SECONDS } from './lib/auth/cookie';

const intl = createMiddleware(editionRouting);

// Locale negotiation for readers' paths (`/` → `/kk` or `/ru` by cookie, then Accept-Language),
// and 404s for missing content answered here so they are rendered on the server (see reader-routes).
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) return adminGate(request);
  const edition = splitEditionPath(request.nextUrl.pathname);
  // Only paths outside an edition are negotiated (and may be redirected) by next-intl; inside one,
  // the page is the same for everyone and answers without next-intl's locale cookie, so shared
  // caches may keep it.
  if (!edition) return intl(request);
  const { prefix: locale, rest } = edition;
  const response = editionPage(request, locale);
  if (request.method !== 'GET') return response;
  let exists = true;
  try {
    exists = readerContentExists(locale, rest, request.nextUrl.searchParams);
  } catch (error) {
    console.error('Proxy: could not check reader content', error); // let the page decide
  }
  if (exists) return response;
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  // An unmatched internal path: Next serves app/global-not-found.tsx with status 404.
  return NextResponse.rewrite(new URL(`/${locale}/_missing/404`, request.url), { request: { headers } });
}

// An edition's page (or the Latin view's, which the edition middleware would take for an unprefixed
// path) passes straight through with the header next-intl's middleware would set, which the
// global 404 page reads.
function editionPage(request: NextRequest, locale: string) {
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  headers.set(READER_PATH_HEADER, readerLocation(request.nextUrl.pathname, request.nextUrl.searchParams));
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
    response.cookies.set(SESSION_COOKIE, session, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
      maxAge: SESSION_TTL_SECONDS,
    });
  }
  return response;
}

export const config = {
  // Not API routes, uploads, Next internals, or files with an extension (robots.txt, sitemap.xml, rss.xml).
  matcher: ['/((?!api|uploads|_next|_vercel|.*\\..*).*)'],
};
