import crypto from 'node:crypto';
import http from 'node:http';
import { getHeapStatistics } from 'node:v8';
import next from 'next';
import { db } from '@/db/client';
import { nextDueAfter } from '@/db/queries/schedule';
import { distributionConfig } from '@/lib/distribution/config';
import { registerDeliveryKick } from '@/lib/distribution/kick';
import { env } from '@/lib/env';
import { registerPageCache } from '@/lib/http/page-cache-bridge';
import { errorPage } from './error-page';
import { createDeliveryWorker } from './delivery-worker';
import { createFrontHandler } from './front';
import { indexNowKeyResponder } from './indexnow-key';
import { htmlCsp } from './security-headers';
import { log, routeConsoleToLog } from './log';
import { PageCache } from './page-cache';

// `npm start` ends here, in one process: Next's request handler with the front server around it.
routeConsoleToLog();
const dev = process.env.NODE_ENV !== 'production';
const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
await app.prepare();
const nextHandler = app.getRequestHandler();

const cache = env.PAGE_CACHE_MB > 0 && !dev ? new PageCache(env.PAGE_CACHE_MB * 1024 * 1024) : null;
const searchCache = env.SEARCH_CACHE_MB > 0 && cache ? new PageCache(env.SEARCH_CACHE_MB * 1024 * 1024) : null;
const handle = createFrontHandler((req, res) => nextHandler(req, res), {
  dev,
  siteUrl: env.SITE_URL,
  trustProxyHops: env.TRUST_PROXY_HOPS,
  cache,
  searchCache,
  policy: { sharedMaxAge: env.CDN_MAX_AGE_SECONDS, staleWhileRevalidate: env.CDN_STALE_SECONDS, staleIfError: 86_400 },
  pageTtlSeconds: env.PAGE_REVALIDATE_SECONDS,
  limits: { admin: env.ADMIN_BODY_LIMIT_MB * 1024 * 1024, public: env.PUBLIC_BODY_LIMIT_KB * 1024 },
  nextDueAt: () => nextDueAfter(new Date())?.getTime() ?? null,
});
registerPageCache({ purge: handle.purge });
const indexNowKey = indexNowKeyResponder(env.INDEXNOW_KEY);
// Telegram, IndexNow and webhooks: the outbox is sent from this process (see db/queries/outbox.ts).
const deliveries = createDeliveryWorker({ db, config: distributionConfig(env) });
registerDeliveryKick(() => deliveries.kick());
deliveries.start();

let inFlight = 0;
let closing = false;
const server = http.createServer((req, res) => {
  inFlight += 1;
  res.once('close', () => {
    inFlight -= 1;
  });
  if (closing) {
    res.setHeader('connection', 'close');
    if (req.url === '/api/health') {
      res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end('{"status":"stopping"}');
      return;
    }
  }
  if (indexNowKey(req, res)) return;
  handle(req, res).catch((error: unknown) => {
    log('error', 'Request failed outside Next', { error: error instanceof Error ? error.stack : String(error) });
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' });
    res.end();
  });
});
// Requests Node's parser refuses (headers too large, a broken request line) never reach the
// handler: answer them with the same localized page instead of Node's bare status line.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = errorPage(status, 'kk', crypto.randomUUID());
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: private, no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: ${htmlCsp(body, { https: false, dev: false })}\r\nConnection: close\r\n\r\n${body}`,
  );
});
// Slow-loris and idle sockets must not hold the process open forever.
server.headersTimeout = 20_000;
server.requestTimeout = 120_000;
server.keepAliveTimeout = 5_000;
server.listen(env.PORT, env.HOST, () =>
  log('info', `Serving ${env.SITE_URL} on ${env.HOST}:${env.PORT}`, {
    dev,
    pageCacheMb: cache ? env.PAGE_CACHE_MB : 0,
    heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
  }),
);

// SIGTERM: for a moment keep accepting (connections already queued in the kernel are served, and
// the health check answers 503 so a balancer stops sending more), then stop accepting, let
// requests in flight finish (bounded), and checkpoint the WAL into the database file before
// closing it, so a copy of the file alone is complete.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log('info', `${signal}: draining`, { inFlight });
  await sleep(env.SHUTDOWN_DRAIN_MS);
  server.close();
  const deadline = Date.now() + env.SHUTDOWN_GRACE_SECONDS * 1000;
  while (inFlight > 0 && Date.now() < deadline) await sleep(25);
  server.closeAllConnections();
  // Sends in flight finish (each bounded by its timeout) and are recorded before the database closes.
  registerDeliveryKick(null);
  await deliveries.stop();
  try {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
  } catch (error) {
    log('error', 'Closing the database failed', { error: String(error) });
  }
  log('info', 'Stopped', { unfinished: inFlight });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
