import { mapBodyText } from './body-html';
import { toKazakhArabic } from './kk-arab';

// Noncharacters (never in saved text: lib/search/snippet.ts) around a left-to-right run while the
// text is unescaped, replaced by the <bdi> after it is escaped again.
const OPEN = '\uFDD2';
const CLOSE = '\uFDD3';
const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Code is code: its text is not Kazakh prose, and isolates would change what is copied. */
const CODE_TAG = /^<(\/?)(?:code|pre)\b/;

function textToArabic(escaped: string): string {
  const text = escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPE[entity]);
  return toKazakhArabic(text, { isolate: (run) => OPEN + run + CLOSE, always: true })
    .replace(/[&<>]/g, (ch) => ESCAPE[ch])
    .replaceAll(OPEN, '<bdi dir="ltr">')
    .replaceAll(CLOSE, '</bdi>');
}

/**
 * Article HTML in töte: text converted, each run of Latin words and numbers in a <bdi dir="ltr">
 * so it reads left to right inside the right-to-left page; alt and title converted with Unicode
 * isolates (attributes cannot hold markup). Code is left as it is.
 *
 * The text is converted after sanitizing, whole text node by whole text node (sanitize-html's
 * textFilter gets a node in pieces split at entities, which would cut "A&B" in two runs). The
 * sanitized HTML has every < and > inside text and attribute values escaped, so splitting it at
 * tags is exact.
 */
export function htmlToKazakhArabic(html: string): string {
  const sanitized = mapBodyText(html, { attribute: (value) => toKazakhArabic(value) });
  if (sanitized === html && !/[\u0400-\u04FF]/u.test(html)) return html;
  let inCode = 0;
  return sanitized
    .split(/(<[^>]*>)/)
    .map((part, index) => {
      if (index % 2 === 1) {
        const code = CODE_TAG.exec(part);
        if (code) inCode = Math.max(0, inCode + (code[1] ? -1 : 1));
        return part;
      }
      return inCode > 0 || part === '' ? part : textToArabic(part);
    })
    .join('');
}
