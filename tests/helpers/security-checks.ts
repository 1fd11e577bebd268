import crypto from 'node:crypto';
import { Parser } from 'htmlparser2';
import { PATH_LOCALES } from '../../lib/domain';
import { uiMessages, uiText } from '../e2e/pages/ui-text';
import { visibleText } from './raw-forms';
import { rawRequest, type RawResponse } from './raw-http';

/** Checks shared by the security specs: localized error pages, CSP, health. */

// The titles of every page a refusal may show: the front server's own (HttpError), Next's
// not-found and error pages, the admin's "forbidden", in each edition and script view, as the
// page objects read them (tests/e2e/pages/ui-text.ts).
const TITLES: string[] = (() => {
  const titles: string[] = [];
  for (const locale of PATH_LOCALES) {
    const httpError = uiText(locale, 'HttpError');
    for (const key of Object.keys(uiMessages(locale).HttpError)) if (key.startsWith('title')) titles.push(httpError(key as 'title400'));
    titles.push(uiText(locale, 'NotFound')('title'), uiText(locale, 'ErrorPage')('title'), uiText(locale, 'AdminForbidden')('title'));
  }
  return [...new Set(titles)];
})();

// <html lang> of every edition and script view, written out rather than taken from the app's mapping.
const LANGUAGE_TAGS = ['kk', 'ru', 'kk-Latn', 'kk-Arab'];

/** Why this answer is not a localized HTML page (null when it is one). */
export function notLocalized(answer: RawResponse): string | null {
  if (!(answer.headers['content-type'] ?? '').startsWith('text/html'))
    return `content-type ${answer.headers['content-type'] ?? '(none)'}, body ${JSON.stringify(answer.text.slice(0, 60))}`;
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(answer.text)?.[1];
  if (!lang || !LANGUAGE_TAGS.includes(lang)) return `no <html lang> of an edition (${lang ?? 'none'})`;
  const text = visibleText(answer.text);
  if (!TITLES.some((title) => text.includes(title))) return `none of the localized titles in ${JSON.stringify(text.slice(0, 120))}`;
  return null;
}

/** A CSP header as directive → sources. */
export function parseCsp(header: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** What is wrong with an answer's CSP, by the rules of the issue. */
export function cspProblems(header: string | undefined): string[] {
  if (!header) return ['no Content-Security-Policy'];
  const csp = parseCsp(header);
  const problems: string[] = [];
  const effective = (name: string) => csp.get(name) ?? csp.get('default-src');
  const script = effective('script-src');
  if (!script) problems.push('no script-src or default-src');
  else {
    if (script.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
    if (script.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
    if (script.some((source) => source === '*' || /^(https?:|data:|blob:)$/.test(source))) problems.push(`script-src too wide: ${script.join(' ')}`);
  }
  if (effective('object-src')?.join(' ') !== "'none'") problems.push(`object-src is ${effective('object-src')?.join(' ')}`);
  const base = csp.get('base-uri')?.join(' ');
  if (base !== "'self'" && base !== "'none'") problems.push(`base-uri is ${base}`);
  if (csp.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`frame-ancestors is ${csp.get('frame-ancestors')?.join(' ')}`);
  return problems;
}

/** The text of each inline <script>, exactly as a browser hashes it. */
export function inlineScriptTexts(html: string): string[] {
  const texts: string[] = [];
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes.src === undefined) current = '';
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === 'script' && current !== null) {
          texts.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return texts;
}

export const sha256Source = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The other security headers every answer carries. */
export function headerProblems(answer: RawResponse): string[] {
  const problems = cspProblems(answer.headers['content-security-policy']);
  if (answer.headers['x-content-type-options'] !== 'nosniff') problems.push(`x-content-type-options ${answer.headers['x-content-type-options']}`);
  if (answer.headers['referrer-policy'] !== 'strict-origin-when-cross-origin') problems.push(`referrer-policy ${answer.headers['referrer-policy']}`);
  if (!/camera=\(\)/.test(answer.headers['permissions-policy'] ?? '')) problems.push(`permissions-policy ${answer.headers['permissions-policy']}`);
  return problems;
}

export async function health(address = '127.0.0.3'): Promise<number> {
  const answer = await rawRequest({ path: '/api/health', localAddress: address, timeoutMs: 15_000 });
  return answer.status;
}

/** Text that must never reach a client: stacks, SQL, paths, env names. */
export function leaks(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [
    /SQLITE_\w+/,
    /sqlite3?\b.*error/i,
    /syntax error/i,
    /fts5:/i,
    /\bat \S+ \(\/[^)]+:\d+:\d+\)/,
    /node_modules\//,
    /\/work\/|\/tmp\/qamshy/,
    /DATABASE_URL|FORM_SECRET|UPLOADS_DIR/,
    /root:x:0:0/,
  ]) {
    const match = pattern.exec(text);
    if (match) found.push(match[0].slice(0, 80));
  }
  return found;
}
