import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PATH_LOCALES } from '@/lib/domain';
import { withRequestContext, type RequestContext } from '@/lib/http/request-context';
import { captureResponse, type Captured } from './capture';
import { cacheKeyOf, IMMUTABLE, isLivePoll, isStorable, PRIVATE, publicCacheControl, type CachePolicy } from './cache-policy';
import { clientAddress } from './client-address';
import { editionOf, errorPage, isErrorStatus, type ErrorStatus } from './error-page';
import { log } from './log';
import { makeEntry, PageCache, type CachedPage } from './page-cache';
import { bodyLimitFor, hasBody, readCheckedBody } from './request-body';
import { baseSecurityHeaders, htmlCsp, NON_HTML_CSP, type SecurityOptions } from './security-headers';

export type FrontOptions = {
  dev: boolean;
  siteUrl: string;
  trustProxyHops: number;
  cache: PageCache | null;
  /** Search result pages, apart from `cache` so junk queries cannot evict reader pages. */
  searchCache: PageCache | null;
  policy: CachePolicy;
  pageTtlSeconds: number;
  limits: { admin: number; public: number };
  /** When cached pages must go because a scheduled article becomes visible. */
  nextDueAt: () => number | null;
};

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Headers Next sets that a stored copy must not repeat or that this server sets itself.
const DROPPED = new Set([
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'etag',
  'cache-control',
  'content-security-policy',
  'x-request-id',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  'x-powered-by',
]);
const ADMIN_PATH = /^\/admin(\/|$)/;
const REQUEST_ID = /^[\w.-]{8,64}$/;
// What the portal answers; anything else (TRACE, CONNECT, PROPFIND…) is refused before Next.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);
// Plain-text refusals from route handlers and Next (an unknown action id, a malformed upload
// path) are replaced by the localized page; feeds and the API keep their own short answers.
const LOCALIZE_PLAIN = new RegExp(`^/(?!api/|sitemap|news-sitemap|sitemaps/|(?:${PATH_LOCALES.join('|')})/(?:.*/)?rss\\.xml)`);

/** The request handler in front of Next: page cache, security headers, body limits, client identity. */
export function createFrontHandler(next: NextHandler, options: FrontOptions) {
  const security: SecurityOptions = { https: options.siteUrl.startsWith('https:'), dev: options.dev };
  const base = baseSecurityHeaders(security);
  const siteOrigin = new URL(options.siteUrl).origin;
  const inflight = new Map<string, Promise<CachedPage | null>>();
  let dueAt = options.nextDueAt();

  const withBase = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(base)) res.setHeader(name, value);
  };

  function refuse(req: IncomingMessage, res: ServerResponse, status: ErrorStatus, context: RequestContext, values: Record<string, string> = {}) {
    const body = errorPage(status, editionOf(req), context.id, values);
    withBase(res);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': PRIVATE,
      'content-security-policy': htmlCsp(body, security),
      ...(status === 405 ? { allow: 'GET, HEAD, POST, OPTIONS' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    if (status === 413) lingerThenClose(req);
  }

  function cacheControlFor(req: IncomingMessage, url: URL, status: number, storable: boolean, kind: 'page' | 'static' | 'search' | null): string | null {
    if (ADMIN_PATH.test(url.pathname) || (req.method !== 'GET' && req.method !== 'HEAD')) return PRIVATE;
    if (kind === 'static') return status === 200 ? IMMUTABLE : PRIVATE;
    if (kind === 'page' && storable && isLivePoll(url.pathname)) return null; // its own few seconds (lib/live/poll-params.ts)
    if (kind === 'page' || kind === 'search') return storable ? publicCacheControl(policyUntilDue()) : PRIVATE;
    return null; // Next's own choice (uploads: a year; health: no-store; RSC: private)
  }

  // A shared cache keeps a page no longer than until the next due time (a banner's end, a
  // scheduled story), so its copy outlives that moment by at most s-maxage.
  function policyUntilDue(): CachePolicy {
    if (dueAt === null) return options.policy;
    const left = Math.max(0, Math.ceil((dueAt - Date.now()) / 1000));
    return left < options.policy.sharedMaxAge ? { ...options.policy, sharedMaxAge: left } : options.policy;
  }

  function finalHeaders(captured: Captured, cacheControl: string | null): Record<string, string> {
    const headers: Record<string, string> = { ...base };
    for (const [name, value] of Object.entries(captured.headers)) if (!DROPPED.has(name)) headers[name] = value;
    const type = captured.headers['content-type'] ?? '';
    headers['content-security-policy'] = type.startsWith('text/html') ? htmlCsp(captured.body.toString('utf8'), security) : NON_HTML_CSP;
    const kept = cacheControl ?? captured.headers['cache-control'];
    if (kept) headers['cache-control'] = kept;
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    return headers;
  }

  /** Renders through Next, sends the answer, and stores it when it may be kept. */
  function render(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    key: { key: string; kind: 'page' | 'static' | 'search' } | null,
    context: RequestContext,
  ): Promise<CachedPage | null> {
    return new Promise<CachedPage | null>((resolve) => {
      const store = key ? cacheFor(key.kind) : null;
      const generation = store?.currentGeneration() ?? 0;
      let settled = false;
      const settle = (value: CachedPage | null) => {
        if (!settled) resolve(value);
        settled = true;
      };
      res.once('close', () => settle(null));
      captureResponse(res, {
        wantsBuffer: (status, headers) => {
          if (context.status) res.statusCode = context.status;
          const type = headers['content-type'] ?? '';
          return (
            type.startsWith('text/html') ||
            (key !== null && req.method === 'GET' && isStorable(res.statusCode, headers)) ||
            plainRefusal(res.statusCode, type, url.pathname)
          );
        },
        passing: () => {
          withBase(res);
          const type = String(res.getHeader('content-type') ?? '');
          res.setHeader('content-security-policy', type.startsWith('text/html') ? htmlCsp('', security) : NON_HTML_CSP);
          const cacheControl = cacheControlFor(req, url, res.statusCode, false, key?.kind ?? null);
          if (cacheControl) res.setHeader('cache-control', cacheControl);
          settle(null);
        },
        complete: (captured) => {
          if (context.status) captured.status = context.status;
          if (plainRefusal(captured.status, captured.headers['content-type'] ?? '', url.pathname) && isErrorStatus(captured.status)) {
            const page = errorPage(captured.status, editionOf(req), context.id);
            captured.body = Buffer.from(page);
            captured.headers = { 'content-type': 'text/html; charset=utf-8' };
          }
          const storable = key !== null && req.method === 'GET' && isStorable(captured.status, captured.headers);
          const headers = finalHeaders(captured, cacheControlFor(req, url, captured.status, storable, key?.kind ?? null));
          if (!storable || !store) {
            sendBuffered(req, res, captured.status, headers, captured.body);
            settle(null);
            return;
          }
          const ttl = key!.kind === 'static' ? 86_400_000 : options.pageTtlSeconds * 1000;
          makeEntry(captured.status, headers, captured.body, ttl, 0)
            .then((entry) => {
              store.set(key!.key, entry, generation);
              serveEntry(req, res, entry, 'MISS');
              settle(entry);
            })
            .catch((error: unknown) => {
              log('error', 'Storing a page failed', { error: String(error) });
              sendBuffered(req, res, captured.status, headers, captured.body);
              settle(null);
            });
        },
      });
      next(req, res).catch((error: unknown) => {
        log('error', 'Next failed to answer', { error: error instanceof Error ? error.stack : String(error) });
        if (!res.headersSent) refuse(req, res, 500, context);
        settle(null);
      });
    });
  }

  /**
   * A page already kept is answered before anything else: no request context, no request id,
   * headers written as one prepared block. A kept page was a valid request when it was stored,
   * so none of the checks below can refuse it now.
   */
  const cacheFor = (kind: 'page' | 'static' | 'search') => (kind === 'search' ? options.searchCache : options.cache);

  const answerFromCache = (req: IncomingMessage, res: ServerResponse): boolean => {
    const target = req.url;
    if (!options.cache || (req.method !== 'GET' && req.method !== 'HEAD') || !target || target.charCodeAt(0) !== 47 /* / */ || target.startsWith('//'))
      return false;
    let url: URL;
    try {
      url = new URL(target, 'http://front');
    } catch {
      return false;
    }
    const key = cacheKeyOf(req, url);
    const cache = key && cacheFor(key.kind);
    if (!key || !cache) return false;
    if (dueAt !== null && Date.now() >= dueAt) purge();
    const entry = cache.get(key.key);
    if (!entry) return false;
    cache.hits += 1;
    serveEntry(req, res, entry, 'HIT');
    return true;
  };

  const handle = async (rawReq: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (answerFromCache(rawReq, res)) return;
    const given = rawReq.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    const context: RequestContext = { id, clientIp: clientAddress(rawReq, options.trustProxyHops) };
    res.setHeader('x-request-id', id);
    await withRequestContext(context, async () => {
      // Only origin-form targets ("/path?query"): "*", "http://other.host/…" and "host:port" are
      // not for this server, and Next would answer them with a 500 or a redirect to that host.
      if (!rawReq.url?.startsWith('/') || rawReq.url.startsWith('//')) return refuse(rawReq, res, 400, context);
      if (!METHODS.has(rawReq.method ?? '')) return refuse(rawReq, res, 405, context);
      let url: URL;
      try {
        url = new URL(rawReq.url, 'http://front');
        decodeURIComponent(url.pathname); // overlong or broken UTF-8 is the client's error, not ours
      } catch {
        return refuse(rawReq, res, 400, context);
      }
      // The image optimizer is off (pages use <picture> with prepared variants): no URL reaches it.
      if (url.pathname.startsWith('/_next/image')) return refuse(rawReq, res, 400, context);
      let req = rawReq;
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
        const origin = req.headers.origin;
        // An opaque origin ("null": a sandboxed frame, a data: page) is foreign too.
        if (origin && origin !== siteOrigin && !sameHost(origin, req.headers.host)) return refuse(req, res, 403, context);
        if (hasBody(req)) {
          const limit = bodyLimitFor(url.pathname, options.limits);
          const checked = await readCheckedBody(req, limit);
          if (!checked.ok) return refuse(req, res, checked.status, context, { limit: formatBytes(limit) });
          req = checked.request;
        }
      }

      const key = options.cache ? cacheKeyOf(req, url) : null;
      const cache = key && cacheFor(key.kind);
      if (!key || !cache) {
        await render(req, res, url, key, context);
        return;
      }
      // Many readers asking for the same page at once wait for one render (no stampede).
      const pending = inflight.get(key.key);
      if (pending) {
        const entry = await pending;
        if (entry) return serveEntry(req, res, entry, 'HIT');
      }
      cache.misses += 1;
      const rendering = render(req, res, url, key, context);
      if (!pending) {
        inflight.set(key.key, rendering);
        rendering.finally(() => inflight.delete(key.key));
      }
      await rendering;
    });
  };

  /** After an editor's change: drop pages, and learn the next scheduled publication again. */
  function purge(prefixes?: readonly string[]): number {
    const removed = (options.cache?.purge(prefixes) ?? 0) + (options.searchCache?.purge(prefixes) ?? 0);
    dueAt = options.nextDueAt();
    return removed;
  }
  return Object.assign(handle, { purge });
}

function plainRefusal(status: number, type: string, pathname: string): boolean {
  return status >= 400 && status < 500 && type.startsWith('text/plain') && LOCALIZE_PLAIN.test(pathname);
}

// After a 413 the client may still be sending: read and drop the rest for a while (as nginx's
// lingering close does) so it sees the answer instead of a connection reset, then give up.
function lingerThenClose(req: IncomingMessage): void {
  const timer = setTimeout(() => req.socket.destroy(), 5000);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.resume();
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** br, then gzip, unless the client refuses them (q=0). */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  const offered = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

type Wire = { headers: Record<string, string | number>; body: Buffer };
type WireSet = { identity: Wire; br: Wire; gzip: Wire };
// Each kept page's three answers (identity, br, gzip), headers included, made once on first use.
const wires = new WeakMap<CachedPage, WireSet>();

function wireOf(entry: CachedPage): WireSet {
  let set = wires.get(entry);
  if (set) return set;
  // No Age header: a kept page is purged on every change, so its age says nothing about freshness
  // and would only shorten a shared cache's s-maxage.
  const make = (body: Buffer, encoding?: string): Wire => ({
    body,
    headers: { ...entry.headers, etag: entry.etag, 'x-cache': 'HIT', ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body.length },
  });
  const identity = make(entry.body);
  set = { identity, br: entry.br ? make(entry.br, 'br') : identity, gzip: entry.gzip ? make(entry.gzip, 'gzip') : identity };
  wires.set(entry, set);
  return set;
}

function serveEntry(req: IncomingMessage, res: ServerResponse, entry: CachedPage, state: 'HIT' | 'MISS'): void {
  const set = wireOf(entry);
  if (entry.status === 200 && etagMatches(req.headers['if-none-match'], entry.etag)) {
    const { 'content-length': _length, 'content-encoding': _encoding, ...headers } = set.identity.headers;
    res.writeHead(304, state === 'HIT' ? headers : { ...headers, 'x-cache': state });
    res.end();
    return;
  }
  const encoding = pickEncoding(req.headers['accept-encoding']);
  const wire = encoding ? set[encoding] : set.identity;
  res.writeHead(entry.status, state === 'HIT' ? wire.headers : { ...wire.headers, 'x-cache': state });
  res.end(req.method === 'HEAD' ? undefined : wire.body);
}

function sendBuffered(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
