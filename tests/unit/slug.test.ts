import { describe, expect, it } from 'vitest';
import { parseIdSlug, slugify, transliterate } from '@/lib/slug';

describe('transliterate', () => {
  it.each([
    ['әғқңөұүһі', 'agqnouuhi'],
    ['ӘҒҚҢӨҰҮҺІ', 'AGQNOUUHI'],
    ['абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'abvgdeezhziiklmnoprstufkhtschshshchyeiuia'],
    ['Шымкент', 'Shymkent'],
    ['Щука', 'Shchuka'],
    ['Юрий', 'Iurii'],
    ['Ёлка', 'Elka'],
    ['Хабар', 'Khabar'],
    ['Ш', 'Sh'],
    ['Ж.', 'Zh.'],
    ['ШЫМКЕНТ', 'SHYMKENT'],
    ['ЦИК РК', 'TSIK RK'],
    ['Қазақстан', 'Qazaqstan'],
    ['Объявление', 'Obiavlenie'],
    ['iPhone 15 — «жаңа»!', 'iPhone 15 — «zhana»!'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it('passes non-Cyrillic text through untouched', () => {
    const text = 'Hello, world! 2024 ü ß 中文 😀';
    expect(transliterate(text)).toBe(text);
  });
});

describe('slugify', () => {
  const seedTitle = '«Нұр Отан» аймақтық филиалдармен селекторлық режімде Елбасының әлеуметтік жаңғыртуға қатысты мақаласын талқылады';

  it('turns the seed Kazakh title into a readable slug cut at a word boundary', () => {
    const slug = slugify(seedTitle);
    expect(slug).toBe('nur-otan-aimaqtyq-filialdarmen-selektorlyq-rezhimde-elbasynyn-aleumettik');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it.each([
    ['Қазақстан Республикасы', 'qazaqstan-respublikasy'],
    ['Әлеуметтік жаңғыру: 20 қадам', 'aleumettik-zhangyru-20-qadam'],
    ['Үкімет отырысы өтті', 'ukimet-otyrysy-otti'],
    ['Щедрый урожай в Целинограде', 'shchedryi-urozhai-v-tselinograde'],
    ['Ёлка, юбилей и ясли', 'elka-iubilei-i-iasli'],
    ['Объявление о подъёме', 'obiavlenie-o-podeme'],
    ['Мальчик и большой мяч', 'malchik-i-bolshoi-miach'],
    ['Хроника: «Экономика» и цены', 'khronika-ekonomika-i-tseny'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ['  --Hello___World--  ', 'hello-world'],
    ['COVID-19: новые данные', 'covid-19-novye-dannye'],
  ])('%j → %j', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it.each([[''], ['   '], ['«»!?—'], ['中文标题'], ['ъь']])('falls back to "article" for %j', (title) => {
    expect(slugify(title)).toBe('article');
  });

  it('keeps a slug of exactly 80 characters intact', () => {
    const title = `${'a'.repeat(39)} ${'b'.repeat(40)}`;
    expect(slugify(title)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
  });

  it('cuts before the word that would overflow when the 81st char is a hyphen', () => {
    const title = `${'a'.repeat(80)} tail`;
    expect(slugify(title)).toBe('a'.repeat(80));
  });

  it('hard-cuts a single word longer than 80 characters', () => {
    const slug = slugify('x'.repeat(200));
    expect(slug).toBe('x'.repeat(80));
  });

  it('never ends with a hyphen and stays within 80 chars for many inputs', () => {
    for (let n = 1; n < 60; n++) {
      const title = Array.from({ length: n }, (_, i) => 'сөз'.repeat((i % 5) + 1)).join(' ');
      const slug = slugify(title);
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('parseIdSlug', () => {
  it.each([
    ['123-some-slug', { id: 123, slug: 'some-slug' }],
    ['123', { id: 123, slug: '' }],
    ['1', { id: 1, slug: '' }],
    ['42-a', { id: 42, slug: 'a' }],
    ['7-nur-otan-2017', { id: 7, slug: 'nur-otan-2017' }],
    [String(Number.MAX_SAFE_INTEGER), { id: Number.MAX_SAFE_INTEGER, slug: '' }],
    // Raw, percent-encoded segments are decoded.
    ['15-%D2%9B%D0%B0%D0%B7%D0%B0%D2%9B', { id: 15, slug: 'қазақ' }],
    ['%31%32-x', { id: 12, slug: 'x' }],
    // A malformed escape is tolerated, not thrown.
    ['9-bad%E0%A4%A', { id: 9, slug: 'bad%E0%A4%A' }],
  ])('%j → %j', (value, expected) => {
    expect(parseIdSlug(value)).toEqual(expected);
  });

  it.each([
    [''],
    ['0'],
    ['0-slug'],
    ['-1'],
    ['-1-slug'],
    ['007-bond'],
    ['01'],
    ['abc'],
    ['abc-123'],
    ['12a-slug'],
    ['1.5'],
    ['1e3'],
    [' 12'],
    ['12 '],
    ['+12'],
    ['１２'],
    ['٣'],
    [String(Number.MAX_SAFE_INTEGER + 1)],
    ['9007199254740993-slug'],
    ['99999999999999999999999'],
    ['%'],
    ['%E0%A4%A'],
  ])('%j → null', (value) => {
    expect(parseIdSlug(value)).toBeNull();
  });

  it('does not throw on any malformed percent sequence', () => {
    for (const value of ['%', '%%', '%zz', '1-%', '1-%C3', '%C3%28']) {
      expect(() => parseIdSlug(value)).not.toThrow();
    }
  });
});
