import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { readerContentExists } from './db/queries/reader-routes';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);
const EDITION_PATH = /^\/(kk|ru)(\/.*)?$/;

// Locale negotiation for readers' paths (`/` → `/kk` or `/ru` by cookie, then Accept-Language),
// and 404s for missing content answered here so they are rendered on the server (see reader-routes).
export default function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has('location')) return response;
  const match = EDITION_PATH.exec(request.nextUrl.pathname);
  if (!match || request.method !== 'GET') return response;
  const [, locale, rest = '/'] = match;
  let exists = true;
  try {
    exists = readerContentExists(locale as 'kk' | 'ru', rest, request.nextUrl.searchParams);
  } catch (error) {
    console.error('Proxy: could not check reader content', error); // let the page decide
  }
  if (exists) return response;
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  // An unmatched internal path: Next serves app/global-not-found.tsx with status 404.
  return NextResponse.rewrite(new URL(`/${locale}/_missing/404`, request.url), { request: { headers } });
}

export const config = {
  // Not API routes, uploads, Next internals, admin, or files with an extension (robots.txt, sitemap.xml, rss.xml).
  matcher: ['/((?!api|uploads|admin|_next|_vercel|.*\\..*).*)'],
};
