import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the front server (server/) knows about the request being served, for code inside Next:
 * the request id for logs, the client's address (decided once, in server/client-address.ts),
 * and a status the app may ask for when Next gives it no way to set one (a refused comment
 * posted without JavaScript answers 429 although Next renders the page).
 *
 * Next bundles app code separately from the front server, so the storage lives on globalThis
 * under a registered symbol: both copies of this module find the same instance.
 */
export type RequestContext = {
  readonly id: string;
  readonly clientIp: string;
  status?: number;
};

const KEY = Symbol.for('qamshy.requestContext');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
const requestContextStorage: AsyncLocalStorage<RequestContext> = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function currentRequest(): RequestContext | undefined {
  return requestContextStorage.getStore();
}

/** The client's address as the front server decided it; "unknown" outside a served request (tests, scripts). */
export function requestClientIp(): string {
  return currentRequest()?.clientIp ?? 'unknown';
}

/** Ask the front server to answer with this status instead of the one Next chooses. */
export function answerWithStatus(status: number): void {
  const context = currentRequest();
  if (context) context.status = status;
}

/** Run `fn` as serving the request `context` describes: the front server for each request, tests as a given client. */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return requestContextStorage.run(context, fn);
}
