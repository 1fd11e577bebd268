/** Characters of `?q=` kept; the search inputs carry the same maxLength. */
export const MAX_QUERY_LENGTH = 200;
/** Words ANDed into one FTS5 query; more only slow the query down without narrowing it usefully. */
export const MAX_TERMS = 12;
/** Characters kept of one word; a longer one still works as a prefix. */
export const MAX_TERM_LENGTH = 40;

// What FTS5's unicode61 tokenizer keeps inside a token (letters, digits, and combining marks
// after them); everything else, FTS5 operators and quotes included, only separates words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** `?q=` as the reader's query: the first value, trimmed and capped, never throwing. */
export function readSearchParam(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return '';
  // Cut by code point so an emoji is never split into a lone surrogate.
  return Array.from(first.trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The same folding the index applies (migration 0001): ё is stored and searched as е. */
export function foldSearchText(text: string): string {
  return text.normalize('NFC').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** The reader's words, folded, deduplicated case-insensitively, at most MAX_TERMS of them. */
export function searchTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const [word] of foldSearchText(query).matchAll(WORD)) {
    const term = Array.from(word).slice(0, MAX_TERM_LENGTH).join('');
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * An FTS5 MATCH expression that ANDs the reader's words as quoted prefix tokens, so "партия"
 * also finds "партиясы" and no input can be read as FTS5 syntax. A single character is matched
 * whole: as a prefix it would expand to most of the vocabulary. Null when there is no word.
 */
export function buildMatchExpression(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"${Array.from(term).length > 1 ? '*' : ''}`).join(' AND ');
}
