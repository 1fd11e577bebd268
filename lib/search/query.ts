import { arabicToCyrillicCandidates } from '@/lib/translit/arabic-to-cyrillic';
import { isLatinWord, latinToCyrillicCandidates } from '@/lib/translit/latin-to-cyrillic';

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
function foldSearchText(text: string): string {
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

/** One token: quoted (so no input is FTS5 syntax) and a prefix unless it is a single character. */
function token(term: string): string {
  const chars = Array.from(term).slice(0, MAX_TERM_LENGTH);
  return `"${chars.join('').replace(/"/g, '""')}"${chars.length > 1 ? '*' : ''}`;
}

/** Whether a query's words are all in Latin letters (digits allowed), so may be Kazakh Latin. */
export function isLatinQuery(query: string): boolean {
  const terms = searchTerms(query);
  return terms.some((term) => /\p{L}/u.test(term)) && terms.every((term) => !/\p{L}/u.test(term) || isLatinWord(term));
}

export type MatchOptions = {
  /**
   * Read Latin words as Kazakh Latin: each becomes an OR group of the word as typed and its
   * Cyrillic spellings (lib/translit/latin-to-cyrillic.ts), so "partia" finds партиясы.
   */
  latin?: boolean;
  /**
   * Read words in Arabic letters as töte: each becomes an OR group of the word as typed and its
   * Cyrillic spellings (lib/translit/arabic-to-cyrillic.ts), so "ٴبىلىم" finds білім.
   */
  arabic?: boolean;
};

/**
 * An FTS5 MATCH expression that ANDs the reader's words as quoted prefix tokens, so "партия"
 * also finds "партиясы" and no input can be read as FTS5 syntax. A single character is matched
 * whole: as a prefix it would expand to most of the vocabulary. Null when there is no word.
 *
 * With `latin`, a Latin word is an OR group instead, ("partia"* OR "партия"* OR "партиа"*), of at
 * most 1 + MAX_CANDIDATES tokens (a word is Latin or Arabic, never both); with MAX_TERMS words
 * the expression stays small. The groups
 * hold only quoted tokens, so the safety of the plain form carries over.
 */
export function buildMatchExpression(query: string, options: MatchOptions = {}): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const spellings = [...(options.latin ? latinToCyrillicCandidates(term) : []), ...(options.arabic ? arabicToCyrillicCandidates(term) : [])];
      const tokens = [...new Set([term, ...spellings].map(token))];
      return tokens.length === 1 ? tokens[0] : `(${tokens.join(' OR ')})`;
    })
    .join(' AND ');
}
