import { LinkifyIt } from 'linkify-it';

// Only web links count and are rendered: http(s) URLs and bare "www." hosts. Mail, FTP and
// protocol-relative links stay text; bare domains ("zakon.kz") too, since readers name news
// sites in passing and would otherwise be flagged as spammers.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false }).add('ftp:', null).add('mailto:', null).add('//', null);

export type TextPart = { text: string; href?: string };

function webLinks(text: string): { index: number; lastIndex: number; href: string }[] {
  const found = [];
  for (const match of linkify.match(text) ?? []) {
    if (match.schema === '' && !/^www\./i.test(match.raw)) continue;
    let url: URL;
    try {
      url = new URL(match.url);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    // URL's own serialization: punycode hosts, percent-encoded paths.
    found.push({ index: match.index, lastIndex: match.lastIndex, href: url.href });
  }
  return found;
}

export function countLinks(text: string): number {
  return webLinks(text).length;
}

/** The text cut into plain runs and link runs, in order; joined, the runs give back the text. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of webLinks(text)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: text.slice(match.index, match.lastIndex), href: match.href });
    at = match.lastIndex;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
