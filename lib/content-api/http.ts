import 'server-only';
import crypto from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { DEFAULT_EDITION, isEdition, type Edition } from '@/lib/domain';
import { env } from '@/lib/env';
import type { ApiError } from './params';

// Readable from any origin; nothing here is per visitor, so no credentials and no Vary: Origin.
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
const JSON_TYPE = 'application/json; charset=utf-8';

// What the front server sets on reader pages too (server/cache-policy.ts publicCacheControl); it
// replaces this with its own when it keeps the answer, and this stands when its cache is off.
const publicCache = () => `public, max-age=0, s-maxage=${env.CDN_MAX_AGE_SECONDS}, stale-while-revalidate=${env.CDN_STALE_SECONDS}, stale-if-error=86400`;

// The same tag the front server's page cache gives the stored body (server/page-cache.ts), which
// answers If-None-Match with a 304 itself. Not answered here: on a cache miss a 304 from Next
// would pass through as not storable, marked no-store, and the copy would not be kept.
const etagOf = (body: string) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

export function apiJson(data: unknown): Response {
  const body = JSON.stringify(data);
  return new Response(body, {
    headers: { ...CORS, 'Content-Type': JSON_TYPE, 'Cache-Control': publicCache(), ETag: etagOf(body), 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The language of an error message: ?locale= when it names an edition, else Accept-Language. */
function messageLocale(request: Request): Edition {
  const asked = new URL(request.url).searchParams.get('locale');
  if (isEdition(asked)) return asked;
  const ranked = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0 && isEdition(entry.language))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.language as Edition | undefined) ?? DEFAULT_EDITION;
}

/** `{ error: { code, message } }`: the code is stable, the message in the client's language. */
export async function apiError(request: Request, error: ApiError): Promise<Response> {
  const t = await getTranslations({ locale: messageLocale(request), namespace: 'ContentApi' });
  const message = t(`errors.${error.code}`, { param: error.param ?? '' });
  const body = { error: { code: error.code, message, ...(error.param ? { param: error.param } : {}) } };
  // Not kept anywhere: any URL can be made up, and the message follows Accept-Language.
  return Response.json(body, {
    status: error.status,
    headers: { ...CORS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** A preflight (a fetch sending If-None-Match itself): GET only, from anywhere. */
export function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, Accept-Language',
      'Access-Control-Max-Age': '86400',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
