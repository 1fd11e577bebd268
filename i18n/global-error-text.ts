import fs from 'node:fs';
import path from 'node:path';
import type { Edition } from '@/lib/domain';

/**
 * The last-resort error page (app/global-error.tsx) is a client component on every page, and a
 * bundler puts a whole JSON file into the client bundle however little of it is read. So its
 * strings, kept like all others in messages/{kk,ru}.json, are copied into a small committed file
 * of their own by `npm run i18n:sync`; a unit test fails when the two differ.
 */
export const GLOBAL_ERROR_TEXT_FILE = path.join(process.cwd(), 'i18n', 'global-error-text.json');

type ErrorPageText = { title: string; description: string; home: string; retry: string };

export function globalErrorText(root = process.cwd()): Record<Edition, ErrorPageText> {
  const read = (locale: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as { ErrorPage: ErrorPageText }).ErrorPage;
  return { kk: read('kk'), ru: read('ru') };
}

export function writeGlobalErrorText(): void {
  const text = `${JSON.stringify(globalErrorText(), null, 2)}\n`;
  const current = fs.existsSync(GLOBAL_ERROR_TEXT_FILE) ? fs.readFileSync(GLOBAL_ERROR_TEXT_FILE, 'utf8') : '';
  if (current !== text) fs.writeFileSync(GLOBAL_ERROR_TEXT_FILE, text);
}
