import { format } from 'node:util';
import { currentRequest } from '@/lib/http/request-context';

/**
 * Server logs as JSON lines, each with the request id when there is one, so an error a reader
 * reports ("request number …" on the error page) is found in one grep. Next and the app log
 * through console.*, which is routed here once at start-up.
 */
type Level = 'info' | 'warn' | 'error';

export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, requestId: currentRequest()?.id, message, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

export function routeConsoleToLog(): void {
  console.log = (...args: unknown[]) => log('info', format(...args));
  console.info = console.log;
  console.warn = (...args: unknown[]) => log('warn', format(...args));
  console.error = (...args: unknown[]) => log('error', format(...args));
}
