import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { toKazakhArabic } from '@/lib/translit/kk-arab';
import { toKazakhLatin } from '@/lib/translit/kk-latin';

/**
 * Answers the front server gives by itself (a body too large, a malformed form, a foreign
 * origin), before Next sees the request: a small localized page with a way home, never detail.
 */
type Strings = Record<string, string>;
type Edition = 'kk' | 'ru' | 'kk-latn' | 'kk-arab';

const STATUSES = [400, 403, 404, 405, 413, 429, 431, 500, 503] as const;
export type ErrorStatus = (typeof STATUSES)[number];

export function isErrorStatus(status: number): status is ErrorStatus {
  return (STATUSES as readonly number[]).includes(status);
}

function load(locale: 'kk' | 'ru'): Strings {
  const file = path.join(process.cwd(), 'messages', `${locale}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { HttpError: Strings }).HttpError;
}

const strings: Record<Edition, Strings> = (() => {
  const kk = load('kk');
  const latin = Object.fromEntries(Object.entries(kk).map(([key, value]) => [key, toKazakhLatin(value)]));
  // No isolates: the {placeholders} are filled in afterwards.
  const arabic = Object.fromEntries(Object.entries(kk).map(([key, value]) => [key, toKazakhArabic(value, { isolate: false })]));
  return { kk, ru: load('ru'), 'kk-latn': latin, 'kk-arab': arabic };
})();

/** The edition of the page asked for, or for the admin area the editor's chosen UI language. */
export function editionOf(req: IncomingMessage): Edition {
  const match = /^\/(kk-latn|kk-arab|kk|ru)(?:[/?]|$)/.exec(req.url ?? '');
  if (match) return match[1] as Edition;
  const chosen = /(?:^|;\s*)QAMSHY_ADMIN_LOCALE=(kk|ru)/.exec(req.headers.cookie ?? '');
  return (chosen?.[1] as Edition | undefined) ?? 'kk';
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function errorPage(status: ErrorStatus, edition: Edition, requestId: string, values: Record<string, string> = {}): string {
  const s = strings[edition];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  const home = `/${edition}`;
  const lang = { 'kk-latn': 'kk-Latn', 'kk-arab': 'kk-Arab' }[edition as string] ?? edition;
  const dir = edition === 'kk-arab' ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${lang}"${dir}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(s[`title${status}`])}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1a1a1a;background:#fafaf7}main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem;margin:0 0 .5rem}a{color:#9b1c1c}small{color:#666}</style>
</head><body><main><h1>${escape(s[`title${status}`])}</h1><p>${escape(fill(s[`text${status}`]))}</p>
<p><a href="${home}">${escape(s.home)}</a></p><p><small>${escape(s.requestId)}: ${escape(requestId)}</small></p></main></body></html>`;
}
