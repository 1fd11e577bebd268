import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIME_ZONE, formatArticleDate, formatShortDate, parseAlmatyLocal, toAlmatyIso, toAlmatyLocalInput, toRfc822 } from '@/lib/format';

const sample = new Date('2017-07-08T13:55:00Z');

describe.each(['America/New_York', 'UTC'])('with process.env.TZ=%s', (tz) => {
  const originalTz = process.env.TZ;

  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('the process time zone really changed (sanity check)', () => {
    const expectedOffset = tz === 'UTC' ? 0 : 240; // New York is UTC-4 in July
    expect(sample.getTimezoneOffset()).toBe(expectedOffset);
  });

  it('exports the Almaty zone name', () => {
    expect(TIME_ZONE).toBe('Asia/Almaty');
  });

  describe('formatArticleDate', () => {
    it.each([
      [sample, 'kk', '8 шілде 2017, 19:55'],
      [sample, 'ru', '8 июля 2017, 19:55'],
      // Just after midnight Almaty is still the previous day in UTC and New York.
      [new Date('2017-12-31T18:05:00Z'), 'kk', '1 қаңтар 2018, 00:05'],
      [new Date('2017-12-31T18:05:00Z'), 'ru', '1 января 2018, 00:05'],
      [new Date('2020-03-08T03:07:00Z'), 'ru', '8 марта 2020, 09:07'],
      [new Date('2020-09-01T16:30:00Z'), 'kk', '1 қыркүйек 2020, 22:30'],
      // Offset change: last minute of +06:00 and first minutes of +05:00.
      [new Date('2024-02-29T17:59:00Z'), 'ru', '29 февраля 2024, 23:59'],
      [new Date('2024-02-29T18:00:00Z'), 'ru', '29 февраля 2024, 23:00'],
      [new Date('2024-02-29T19:00:00Z'), 'kk', '1 наурыз 2024, 00:00'],
      [new Date('2024-07-08T13:55:00Z'), 'kk', '8 шілде 2024, 18:55'],
      // The Latin view of the Kazakh edition: the Kazakh date, transliterated.
      [sample, 'kk-latn', '8 şılde 2017, 19:55'],
      [new Date('2020-09-01T16:30:00Z'), 'kk-latn', '1 qyrküiek 2020, 22:30'],
    ] as const)('%s (%s) → %j', (date, locale, expected) => {
      expect(formatArticleDate(date, locale)).toBe(expected);
    });

    it('never contains ICU decorations', () => {
      expect(formatArticleDate(sample, 'kk')).not.toMatch(/ж\./);
      expect(formatArticleDate(sample, 'ru')).not.toMatch(/г\.|\sв\s/);
    });
  });

  describe('formatShortDate', () => {
    it.each([
      [sample, 'kk', '8 шілде 2017'],
      [sample, 'ru', '8 июля 2017'],
      [new Date('2017-12-31T18:05:00Z'), 'kk', '1 қаңтар 2018'],
      [new Date('2017-12-31T17:59:00Z'), 'ru', '31 декабря 2017'],
      [new Date('2024-02-29T19:00:00Z'), 'ru', '1 марта 2024'],
      [new Date('2017-12-31T18:05:00Z'), 'kk-latn', '1 qañtar 2018'],
    ] as const)('%s (%s) → %j', (date, locale, expected) => {
      expect(formatShortDate(date, locale)).toBe(expected);
    });
  });

  describe('toAlmatyIso', () => {
    it.each([
      ['2017-07-08T13:55:00Z', '2017-07-08T19:55:00+06:00'],
      ['2017-12-31T18:00:00Z', '2018-01-01T00:00:00+06:00'],
      ['2024-02-29T17:59:59Z', '2024-02-29T23:59:59+06:00'],
      // Kazakhstan moved to +05:00 at 2024-03-01 00:00 local time.
      ['2024-02-29T18:00:00Z', '2024-02-29T23:00:00+05:00'],
      ['2024-03-01T12:00:00Z', '2024-03-01T17:00:00+05:00'],
      ['2025-07-08T13:55:07Z', '2025-07-08T18:55:07+05:00'],
    ])('%s → %s', (input, expected) => {
      const iso = toAlmatyIso(new Date(input));
      expect(iso).toBe(expected);
      // The string must denote the very same instant.
      expect(new Date(iso).getTime()).toBe(new Date(input).getTime());
    });
  });

  describe('toRfc822', () => {
    it.each([
      ['2017-07-08T13:55:00Z', 'Sat, 08 Jul 2017 13:55:00 GMT'],
      ['2024-02-29T18:00:00Z', 'Thu, 29 Feb 2024 18:00:00 GMT'],
      ['2000-01-01T00:00:00Z', 'Sat, 01 Jan 2000 00:00:00 GMT'],
    ])('%s → %s', (input, expected) => {
      expect(toRfc822(new Date(input))).toBe(expected);
    });
  });
});

describe('Almaty datetime-local inputs', () => {
  it('reads wall-clock Almaty time across the 2024 offset change', () => {
    expect(parseAlmatyLocal('2017-07-08T19:55')?.toISOString()).toBe('2017-07-08T13:55:00.000Z');
    expect(parseAlmatyLocal('2026-11-25T09:30')?.toISOString()).toBe('2026-11-25T04:30:00.000Z');
  });

  it('refuses malformed and impossible values', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-11-25 09:30', '2026-11-25T9:30', 'tomorrow']) expect(parseAlmatyLocal(bad)).toBeNull();
  });

  it('round-trips through the editor input', () => {
    const date = new Date('2026-11-25T04:30:00Z');
    expect(toAlmatyLocalInput(date)).toBe('2026-11-25T09:30');
    expect(parseAlmatyLocal(toAlmatyLocalInput(date))?.getTime()).toBe(date.getTime());
  });
});
