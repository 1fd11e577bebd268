import sanitizeHtml from 'sanitize-html';
import { BODY_SANITIZE_OPTIONS } from '@/lib/markdown';
import { toKazakhLatin } from './kk-latin';

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Article HTML (already sanitized when saved) with only its text transliterated: tags, attributes
 * (href, src, alt, title) and entity references pass through. sanitize-html parses it with
 * htmlparser2 and hands each text node to textFilter, already escaped (&amp;, &lt;…), whose ASCII
 * names the transliteration leaves alone; the same allowlist keeps the result as safe as the input.
 */
export function htmlToKazakhLatin(html: string): string {
  if (!CYRILLIC.test(html)) return html;
  return sanitizeHtml(html, { ...BODY_SANITIZE_OPTIONS, textFilter: (text) => toKazakhLatin(text) });
}
