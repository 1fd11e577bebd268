import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMatchExpression, MAX_TERMS } from '@/lib/search/query';
import { arabicToCyrillicCandidates, isArabicWord } from '@/lib/translit/arabic-to-cyrillic';
import { toKazakhArabic } from '@/lib/translit/kk-arab';
import { MAX_CANDIDATES } from '@/lib/translit/latin-to-cyrillic';

// The same tokenizer as migration 0001, with the seed article's words.
const fts = new Database(':memory:');
fts.exec("create virtual table t using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
fts
  .prepare('insert into t (title, body) values (?, ?)')
  .run('«Нұр Отан» аймақтық филиалдармен селекторлық кеңес', 'партияның филиалдары, білім, әлеуметтік, Елбасы, Қазақстан, жаңғыру, күн, вакцина');
const matchCount = (expression: string) => (fts.prepare('select count(*) as n from t where t match ?').get(expression) as { n: number }).n;
afterAll(() => fts.close());

const tote = (query: string) => buildMatchExpression(query, { arabic: true });

describe('arabicToCyrillicCandidates', () => {
  it.each([
    ['قازاقستان', ['қазақстан', 'қәзәқстән']],
    ['نۇر', ['нұр', 'нүр']],
    ['ٴبىلىم', ['білім']],
    ['ٵلى', ['әлі']], // the precomposed hamza letter, as some keyboards type it
    ['الەۋمەتتىك', ['әлеуметтік', 'алеуметтык']],
    // ە marks a word front, but compounds and loanwords mix: the back reading comes next.
    ['ەلباسى', ['елбәсі', 'елбасы']],
    ['كۇن', ['күн', 'кұн']],
    ['پارتيا', ['партиа', 'партия', 'пәртиә']],
    ['ۆاكتسينا', ['вәктсинә', 'вактсина', 'вакцина', 'вәкцинә']],
    ['جاڭعىرتۋ', ['жаңғырту', 'жәңғірту']],
    // Persian-keyboard letters for the töte ones.
    ['کۇن', ['күн', 'кұн']],
    ['Qamshy', []],
    ['2024', []],
    ['білім', []],
  ])('%s → %j', (word, expected) => {
    expect(arabicToCyrillicCandidates(word)).toEqual(expected);
  });

  it('reads back what toKazakhArabic writes', () => {
    for (const word of [
      'Нұр',
      'Отан',
      'аймақтық',
      'филиалдармен',
      'селекторлық',
      'партиясы',
      'жаңғыру',
      'әлеуметтік',
      'саясат',
      'Азия',
      'білім',
      'үй',
      'Елбасы',
      'Қазақстан',
      'өмір',
      'күн',
    ]) {
      const arabic = toKazakhArabic(word);
      expect(arabicToCyrillicCandidates(arabic), `${word} ${arabic}`).toContain(word.toLowerCase());
    }
  });

  it('knows a töte word and stays bounded', () => {
    expect(isArabicWord('ٴبىلىم')).toBe(true);
    expect(isArabicWord('ٴبىلىمbilim')).toBe(false);
    for (const word of ['ا', 'ٴ', 'يايايايا', 'تستستس', 'ٴ'.repeat(50), 'ىىىىىىىىىىىىىىىىىى']) {
      expect(arabicToCyrillicCandidates(word).length).toBeLessThanOrEqual(MAX_CANDIDATES);
    }
  });
});

describe('buildMatchExpression with töte', () => {
  it('finds the Kazakh text by its töte spelling', () => {
    for (const query of ['نۇر وتان', 'قازاقستان', 'ٴبىلىم', 'الەۋمەتتىك', 'ەلباسى', 'جاڭعىرۋ', 'پارتيا', 'كۇن', 'ۆاكتسينا', 'سەلەكتورلىق']) {
      expect(matchCount(tote(query)!), query).toBe(1);
      expect(matchCount(buildMatchExpression(query)!), `${query} without the option`).toBe(0);
    }
    expect(matchCount(tote('قازاقستان جوقسوز')!)).toBe(0);
  });

  it('stays small and FTS5-safe for any töte input', () => {
    const expression = tote(Array.from({ length: 40 }, (_, i) => 'ٴبىلىم'.repeat(1 + (i % 3)) + i).join(' '))!;
    expect(expression.split(' AND ').length).toBe(MAX_TERMS);
    for (const group of expression.split(' AND ')) expect(group.split(' OR ').length).toBeLessThanOrEqual(1 + MAX_CANDIDATES);
    for (const input of ['"ٴبىلىم" OR *', 'ٴ', 'قازاق"ستان', '؟،؛']) {
      const built = tote(input);
      if (built !== null) expect(() => matchCount(built), input).not.toThrow();
    }
  });
});
