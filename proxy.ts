import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Locale negotiation for readers' paths only: `/` → `/kk` or `/ru` (cookie, then Accept-Language).
export default createMiddleware(routing);

export const config = {
  // Not API routes, uploads, Next internals, admin, or files with an extension (robots.txt, sitemap.xml, rss.xml).
  matcher: ['/((?!api|uploads|admin|_next|_vercel|.*\\..*).*)'],
};
