import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'br', 'li', 'h2', 'h3', 'h4', 'blockquote', 'tr', 'figcaption', 'pre']);

/** The readable text of a sanitized body (JSON-LD articleBody): tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  let text = '';
  const parser = new Parser(
    {
      ontext(data) {
        text += data;
      },
      // Block ends become spaces, so "<p>a</p><p>b</p>" does not read "ab".
      onclosetag(name) {
        if (BLOCKS.has(name)) text += ' ';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}
