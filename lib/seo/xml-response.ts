const XML_TYPE = 'application/xml; charset=utf-8';
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

// ISR routes (`revalidate`) get their shared-cache headers from Next; routes named by any URL
// (a slug, a file name) render per request instead, since Next would keep a cache entry on disk
// for every junk URL, and say here how long a shared cache may keep a good answer.
export function xmlResponse(body: string, type = XML_TYPE, sharedMaxAge?: number): Response {
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (sharedMaxAge) headers['Cache-Control'] = `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=${sharedMaxAge * 12}`;
  return new Response(body, { headers });
}

export const FEED_SHARED_MAX_AGE = 300;

export function xmlNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
