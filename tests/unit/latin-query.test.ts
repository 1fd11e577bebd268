import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMatchExpression, isLatinQuery, MAX_TERM_LENGTH, MAX_TERMS } from '@/lib/search/query';
import { toKazakhLatin } from '@/lib/translit/kk-latin';
import { isLatinWord, latinToCyrillicCandidates, MAX_CANDIDATES } from '@/lib/translit/latin-to-cyrillic';

// A quoted token, optionally a prefix; a word is one token or an OR group of them; words are ANDed.
const TOKEN = String.raw`"[^"]+"\*?`;
const WORD = `(?:${TOKEN}|\\(${TOKEN}(?: OR ${TOKEN})+\\))`;
const SAFE_EXPRESSION = new RegExp(`^${WORD}(?: AND ${WORD})*$`, 'u');

// The same tokenizer as migration 0001, with text as the index holds it (ё folded to е).
const fts = new Database(':memory:');
fts.exec("create virtual table t using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
fts
  .prepare('insert into t (title, body) values (?, ?)')
  .run('«Нұр Отан» аймақтық филиалдармен селекторлық кеңес', 'партияның филиалдары, партиясы, білім, Азия, станция, соңғы, Қазақстанның, жаңғыру');
const matchCount = (expression: string) => (fts.prepare('select count(*) as n from t where t match ?').get(expression) as { n: number }).n;
afterAll(() => fts.close());

const latin = (query: string) => buildMatchExpression(query, { latin: true });

describe('latinToCyrillicCandidates', () => {
  it.each([
    // 2021 letters, typed with their diacritics
    ['Nūr', ['нұр']],
    ['jañalyq', ['жаңалық']],
    ['ğylym', ['ғылым']],
    ['Äke', ['әке']],
    ['Ömır', ['өмір']],
    ['Üi', ['үй']],
    ['şaş', ['шаш']],
    ['çempion', ['чемпион']],
    ['İlim', ['илим', 'ілім']],
    // i is и, й after a vowel; ia/iu after a consonant are ия/ию, after a vowel я/ю
    ['partia', ['партия', 'партиа']],
    ['partiasy', ['партиясы', 'партиасы']],
    ['Saiasat', ['саясат', 'сайасат']],
    ['Aidar', ['айдар']],
    ['aiu', ['аю', 'айу']],
    ['Azia', ['азия', 'азиа']],
    ['radio', ['радио']],
    ['Iolka', ['елка', 'елқа', 'иолка', 'елкә']],
    // digraphs of the forward rules and of keyboards
    ['stantsia', ['станция', 'стантсиа']],
    ['şşetka', ['щетка', 'щеткә']],
    ['shshetka', ['щетка', 'щеткә']],
    ['shaş', ['шаш']],
    ['chempion', ['чемпион']],
    ['zhol', ['жол']],
    ['Kazakhstan', ['казахстан', 'қазақстан', 'кәзәхстән']],
    ['partiya', ['партия', 'партиыа', 'партія']],
    // no diacritics: readings by vowel harmony
    ['Nur', ['нур', 'нұр', 'нүр']],
    ['Otan', ['отан']],
    ['selektorlyq', ['селекторлық']],
    ['filial', ['филиял', 'филиал', 'філиял']],
    ['bilim', ['билим', 'білім']],
    ['Adilet', ['адилет', 'әділет', 'аділет']],
    ['kop', ['коп', 'қоп', 'көп']],
    ['kitap', ['китап', 'қитап', 'кітап', 'кітәп']],
    // Without diacritics: n before g is ң, and a back word's k (or the English kh) is қ.
    ['Songy', ['сонгы', 'соңғы', 'соңгы']],
    ['songy', ['сонгы', 'соңғы', 'соңгы']],
    ['jangyru', ['жангыру', 'жаңғырұ', 'жаңғыру', 'жаңгырү']],
    ['Qazaqstan', ['қазақстан']],
    ['tenge', ['тенге', 'теңге']],
    ['khalyq', ['халық', 'қалық']],
    ['bolu', ['болу', 'болұ', 'болү']],
    // not Latin, or no letters: nothing to add
    ['партия', []],
    ['Nurпартия', []],
    ['2017', []],
    ['مرحبا', []],
  ])('%s → %j', (word, expected) => {
    expect(latinToCyrillicCandidates(word)).toEqual(expected);
  });

  it('reads back what toKazakhLatin writes for the seed words', () => {
    for (const word of [
      'Нұр',
      'Отан',
      'аймақтық',
      'филиалдармен',
      'селекторлық',
      'партиясы',
      'партияның',
      'жаңғыру',
      'әлеуметтік',
      'саясат',
      'Азия',
      'білім',
      'үй',
    ]) {
      expect(latinToCyrillicCandidates(toKazakhLatin(word)), word).toContain(word.toLowerCase());
    }
  });

  it('stays bounded and total for any word', () => {
    const pieces = ['a', 'i', 'u', 'o', 'y', 'ia', 'iu', 'io', 'ts', 'sh', 'ş', 'ğ', 'ū', 'İ', 'I', 'e\u0301', '\u0304', 'ß', 'x', 'ñ', 'kh', '1'];
    for (let n = 0; n < 500; n++) {
      const word = Array.from({ length: 1 + (n % 19) }, (_, j) => pieces[(n * 7 + j * 11 + ((n * j) % 5)) % pieces.length]).join('');
      const candidates = latinToCyrillicCandidates(word);
      expect(candidates.length, word).toBeLessThanOrEqual(MAX_CANDIDATES);
      expect(new Set(candidates).size, word).toBe(candidates.length);
      for (const candidate of candidates) expect(candidate, word).not.toMatch(/["*^:()\s]/);
    }
    expect(latinToCyrillicCandidates('a'.repeat(10_000)).length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('knows a Latin word', () => {
    expect(isLatinWord('Nūr')).toBe(true);
    expect(isLatinWord('COVID19')).toBe(true);
    expect(isLatinWord('2017')).toBe(false);
    expect(isLatinWord('Нұр')).toBe(false);
    expect(isLatinWord('Nurнұр')).toBe(false);
  });
});

describe('buildMatchExpression with latin', () => {
  it.each([
    ['partia', '("partia"* OR "партия"* OR "партиа"*)'],
    ['Nur Otan', '("Nur"* OR "нур"* OR "нұр"* OR "нүр"*) AND ("Otan"* OR "отан"*)'],
    ['"Nūr Otan"', '("Nūr"* OR "нұр"*) AND ("Otan"* OR "отан"*)'],
    ['Nur партия', '("Nur"* OR "нур"* OR "нұр"* OR "нүр"*) AND "партия"*'],
    ['partia OR otan', '("partia"* OR "партия"* OR "партиа"*) AND ("OR"* OR "ор"*) AND ("otan"* OR "отан"*)'],
    ['NEAR(partia, 2)', '("NEAR"* OR "неар"* OR "неәр"*) AND ("partia"* OR "партия"* OR "партиа"*) AND "2"'],
    ['title:partia', '("title"* OR "титле"* OR "тітле"*) AND ("partia"* OR "партия"* OR "партиа"*)'],
    ['^partia*', '("partia"* OR "партия"* OR "партиа"*)'],
    ['(partia', '("partia"* OR "партия"* OR "партиа"*)'],
    ['a', '("a" OR "а")'],
    ['partia😀 🇰🇿', '("partia"* OR "партия"* OR "партиа"*)'],
    ['2017', '"2017"*'],
    ['PARTIA partia', '("PARTIA"* OR "партия"* OR "партиа"*)'],
  ])('%j → %s', (input, expected) => {
    expect(latin(input)).toBe(expected);
    expect(expected).toMatch(SAFE_EXPRESSION);
  });

  it('leaves the plain form alone without the option', () => {
    expect(buildMatchExpression('partia')).toBe('"partia"*');
    expect(buildMatchExpression('Nur Otan', { latin: false })).toBe('"Nur"* AND "Otan"*');
  });

  it.each([[''], ['"'], ['***'], ['^:()*-+{}[]\\'], ['😀🇰🇿'], ['\u0304\u0301']])('has no word to search in %j', (input) => {
    expect(latin(input)).toBeNull();
  });

  it('stays small: at most MAX_TERMS groups of at most 1 + MAX_CANDIDATES tokens', () => {
    const expression = latin(Array.from({ length: 500 }, (_, i) => `nur${i}u`).join(' '))!;
    const groups = expression.split(' AND ');
    expect(groups).toHaveLength(MAX_TERMS);
    for (const group of groups) expect(group.split(' OR ').length).toBeLessThanOrEqual(1 + MAX_CANDIDATES);
    const [long] = latin('x'.repeat(10_240))!.slice(1, -1).split(' OR ');
    expect(Array.from(long.slice(1, -2))).toHaveLength(MAX_TERM_LENGTH);
    expect(latin('x'.repeat(10_240))!.length).toBeLessThan(400);
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
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'partia',
      'ia',
      'şş',
      'ū',
      'İ',
      'Ә',
      'ё',
      '😀',
      '\u0301',
      'ש',
      '\u0000',
      '\\',
      ',',
      'ß',
    ];
    const inputs = [
      'x'.repeat(10_240),
      'partia '.repeat(1500),
      '"'.repeat(10_240),
      Array.from({ length: 500 }, (_, i) => `"w${i}" OR`).join(' '),
      ...Array.from({ length: 400 }, (_, i) =>
        Array.from({ length: 1 + (i % 17) }, (_, j) => alphabet[(i * 7 + j * 13 + ((i * j) % 5)) % alphabet.length]).join(''),
      ),
    ];
    for (const input of inputs) {
      const expression = latin(input);
      if (expression === null) continue;
      expect(expression, input.slice(0, 40)).toMatch(SAFE_EXPRESSION);
      expect(() => matchCount(expression), input.slice(0, 40)).not.toThrow();
    }
  });

  it('finds the Kazakh text by its Latin spelling, with and without diacritics', () => {
    for (const query of [
      'partia',
      'partiasy',
      'partiyanyñ',
      'Nūr Otan',
      'Nur Otan',
      'selektorlyq',
      'filial',
      'aimaqtyq',
      'bılım',
      'bilim',
      'Azia',
      'stantsia',
      'keñes',
    ]) {
      expect(matchCount(latin(query)!), query).toBe(1);
    }
    expect(matchCount(latin('partia joqsöz')!)).toBe(0);
  });

  it("finds соңғы and Қазақстан typed without diacritics or in English (the issue's words)", () => {
    for (const query of ['Songy', 'songy', 'soñğy', 'Qazaqstan', 'Kazakhstan', 'kazakhstan', 'jangyru']) {
      expect(matchCount(latin(query)!), query).toBe(1);
      expect(matchCount(buildMatchExpression(query)!), `${query} without the option`).toBe(0);
    }
  });
});

describe('isLatinQuery', () => {
  it.each([
    ['partia', true],
    ['Nur Otan 2017', true],
    ['"Nūr" OR otan', true],
    ['Nur Отан', false],
    ['партия', false],
    ['2017', false],
    ['😀', false],
    ['', false],
  ])('%j → %s', (query, expected) => {
    expect(isLatinQuery(query)).toBe(expected);
  });
});
