import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMatchExpression, MAX_QUERY_LENGTH, MAX_TERM_LENGTH, MAX_TERMS, readSearchParam, searchTerms } from '@/lib/search/query';
import { chooseSnippet, HIGHLIGHT_END as E, HIGHLIGHT_START as S, snippetToHtml } from '@/lib/search/snippet';
import { searchPath } from '@/lib/search/url';

// Only quoted words, optionally prefixed, joined by AND: nothing else can reach FTS5.
const SAFE_EXPRESSION = /^"[^"]+"\*?(?: AND "[^"]+"\*?)*$/u;

// The same tokenizer as migration 0001, to prove every expression parses.
const fts = new Database(':memory:');
fts.exec("create virtual table t using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
fts.prepare('insert into t (title, body) values (?, ?)').run('«Нұр Отан» партиясы', 'партияның филиалдары');
const matchCount = (expression: string) => (fts.prepare('select count(*) as n from t where t match ?').get(expression) as { n: number }).n;
afterAll(() => fts.close());

describe('buildMatchExpression', () => {
  it.each([
    ['партия', '"партия"*'],
    ['  Нұр   Отан  ', '"Нұр"* AND "Отан"*'],
    ['"Нұр Отан"', '"Нұр"* AND "Отан"*'],
    ['партия AND', '"партия"* AND "AND"*'],
    ['a OR b NOT c', '"a" AND "OR"* AND "b" AND "NOT"* AND "c"'],
    ['NEAR(партия отан, 2)', '"NEAR"* AND "партия"* AND "отан"* AND "2"'],
    ['title:партия', '"title"* AND "партия"*'],
    ['{title lead}: партия', '"title"* AND "lead"* AND "партия"*'],
    ['^партия*', '"партия"*'],
    ['-партия +отан', '"партия"* AND "отан"*'],
    ['(партия OR "x', '"партия"* AND "OR"* AND "x"'],
    ["'; DROP TABLE articles; --", '"DROP"* AND "TABLE"* AND "articles"*'],
    ['партия😀 🇰🇿', '"партия"*'],
    ['مرحبا بالعالم', '"مرحبا"* AND "بالعالم"*'],
    ['\u200Fשלום\u200E', '"שלום"*'],
    ['a\u0000b', '"a" AND "b"'],
    ['\uD800партия', '"партия"*'],
    ['Ёлка ёж', '"Елка"* AND "еж"*'],
    ['е\u0308лка', '"елка"*'],
    ['Н.Назарбаев', '"Н" AND "Назарбаев"*'],
    ['ПАРТИЯ партия Партия', '"ПАРТИЯ"*'],
  ])('%j → %s', (input, expected) => {
    expect(buildMatchExpression(input)).toBe(expected);
    expect(expected).toMatch(SAFE_EXPRESSION);
  });

  it.each([[''], ['   \t\n '], ['"'], ['""'], ['***'], ['^:()*-+{}[]\\'], ['😀🇰🇿👍🏽'], ['\u0301\u0308'], ['\u200F\u200E'], ['«»—…']])(
    'has no word to search in %j',
    (input) => {
      expect(buildMatchExpression(input)).toBeNull();
    },
  );

  it('caps the number of words and their length', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `сөз${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(MAX_TERMS);
    const [long] = searchTerms('ы'.repeat(10_000));
    expect(Array.from(long)).toHaveLength(MAX_TERM_LENGTH);
    expect(buildMatchExpression('слово '.repeat(2000))).toBe('"слово"*');
  });

  it('builds expressions FTS5 accepts, for any input', () => {
    const alphabet = [
      '"',
      "'",
      '*',
      '^',
      ':',
      '(',
      ')',
      '{',
      '}',
      '-',
      '+',
      ' ',
      '\t',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'партия',
      'Ә',
      'ё',
      '😀',
      '\u0301',
      'ש',
      '\u0000',
      '\\',
      ',',
      '.',
    ];
    const inputs = [
      'x'.repeat(10_240),
      'партия '.repeat(1500),
      Array.from({ length: 500 }, (_, i) => `"w${i}" OR`).join(' '),
      ...Array.from({ length: 400 }, (_, i) =>
        Array.from({ length: 1 + (i % 17) }, (_, j) => alphabet[(i * 7 + j * 13 + ((i * j) % 5)) % alphabet.length]).join(''),
      ),
    ];
    for (const input of inputs) {
      const expression = buildMatchExpression(input);
      if (expression === null) continue;
      expect(expression).toMatch(SAFE_EXPRESSION);
      expect(() => matchCount(expression), input.slice(0, 40)).not.toThrow();
    }
  });

  it('matches inflected forms through the prefix', () => {
    expect(matchCount(buildMatchExpression('партия')!)).toBe(1);
    expect(matchCount(buildMatchExpression('ПАРТИЯНЫҢ')!)).toBe(1);
    expect(matchCount(buildMatchExpression('партия жоқсөз')!)).toBe(0);
  });
});

describe('readSearchParam', () => {
  it('takes the first value, trimmed', () => {
    expect(readSearchParam(undefined)).toBe('');
    expect(readSearchParam(['  партия ', 'екінші'])).toBe('партия');
    expect(readSearchParam([])).toBe('');
  });

  it('caps the length without splitting an emoji', () => {
    expect(Array.from(readSearchParam('ы'.repeat(10_240)))).toHaveLength(MAX_QUERY_LENGTH);
    const capped = readSearchParam('😀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(capped).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(capped.isWellFormed()).toBe(true);
  });
});

describe('snippetToHtml', () => {
  it.each([
    [`«Нұр Отан» ${S}партиясы${E} өңірлік`, '«Нұр Отан» <mark>партиясы</mark> өңірлік'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`${S}<img src=x onerror="alert(1)">${E}`, '<mark>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</mark>'],
    [`Tom & Jerry's "cat"`, 'Tom &amp; Jerry&#39;s &quot;cat&quot;'],
    ['&lt;b&gt; stays text', '&amp;lt;b&amp;gt; stays text'],
    [`${S}<mark>${E}</mark>`, '<mark>&lt;mark&gt;</mark>&lt;/mark&gt;'],
    [`…бірінші\n\n  екінші ${S}сөз${E}…`, '…бірінші екінші <mark>сөз</mark>…'],
    [`${E}x ${S}y`, 'x <mark>y</mark>'],
    [`${S}${S}x${E}${E}`, '<mark>x</mark>'],
    ['', ''],
  ])('%j → %j', (snippet, html) => {
    expect(snippetToHtml(snippet)).toBe(html);
  });

  it('never lets any other tag through', () => {
    const pieces = ['<', '>', '&', '"', "'", S, E, 'a', ' ', '</mark>', '<mark>', '<script>', 'ә'];
    for (let i = 0; i < 300; i++) {
      const input = Array.from({ length: 1 + (i % 23) }, (_, j) => pieces[(i * 5 + j * 11 + ((i * j) % 3)) % pieces.length]).join('');
      const html = snippetToHtml(input);
      expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
      expect((html.match(/<mark>/g) ?? []).length).toBe((html.match(/<\/mark>/g) ?? []).length);
    }
  });
});

describe('chooseSnippet', () => {
  it('prefers a highlighted lead, then a highlighted body, then the plain lead', () => {
    expect(chooseSnippet(`lead ${S}hit${E}`, `body ${S}hit${E}`)).toBe(`lead ${S}hit${E}`);
    expect(chooseSnippet('lead', `body ${S}hit${E}`)).toBe(`body ${S}hit${E}`);
    expect(chooseSnippet('lead', 'body')).toBe('lead');
    expect(chooseSnippet('', 'body')).toBe('body');
    expect(chooseSnippet(null, null)).toBe('');
  });
});

describe('searchPath', () => {
  it('keeps the query and leaves out page 1', () => {
    expect(searchPath('kk', '')).toBe('/kk/search');
    expect(searchPath('kk', 'партия')).toBe(`/kk/search?q=${encodeURIComponent('партия')}`);
    expect(searchPath('ru', 'a&b "c"', 3)).toBe('/ru/search?q=a%26b+%22c%22&page=3');
  });
});
