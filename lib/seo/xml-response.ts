export const XML_TYPE = 'application/xml; charset=utf-8';
export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

// No Cache-Control here: the routes' `revalidate` lets Next set the shared-cache headers itself.
export function xmlResponse(body: string, type = XML_TYPE): Response {
  return new Response(body, { headers: { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' } });
}

export function xmlNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
