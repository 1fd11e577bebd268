import { describe, expect, it } from 'vitest';
import { readingMinutes } from '@/lib/reading-time';

const words = (n: number, word = 'сөз') => Array.from({ length: n }, () => word).join(' ');

describe('readingMinutes', () => {
  it.each([
    { label: 'empty', text: '', expected: 1 },
    { label: 'whitespace only', text: '   \n\t ', expected: 1 },
    { label: '1 word', text: 'one', expected: 1 },
    { label: '179 words', text: words(179), expected: 1 },
    { label: '180 words', text: words(180), expected: 1 },
    { label: '181 words', text: words(181), expected: 2 },
    { label: '360 words', text: words(360), expected: 2 },
    { label: '361 words', text: words(361), expected: 3 },
    { label: '1800 words', text: words(1800), expected: 10 },
  ])('$label → $expected min', ({ text, expected }) => {
    expect(readingMinutes(text)).toBe(expected);
  });

  it('splits on any whitespace, including newlines and tabs', () => {
    expect(readingMinutes(Array.from({ length: 181 }, () => 'w').join('\n\t'))).toBe(2);
  });

  it('does not count HTML tags or their attributes as words', () => {
    const html = `<p class="lead" data-x="a b c d e">${words(180)}</p>`;
    expect(readingMinutes(html)).toBe(1);
    // Adjacent block tags still separate words.
    expect(readingMinutes(`${'<p>w</p>'.repeat(181)}`)).toBe(2);
  });

  it('does not count markdown markers as words', () => {
    const lines = ['# Heading', '> quote', '- item', '* item', '---', '**bold** _em_ `code`', '| a | b |', '|---|---|'].join('\n');
    // Real words: Heading quote item item bold em code a b = 9
    const padding = words(171);
    expect(readingMinutes(`${lines}\n${padding}`)).toBe(1);
    expect(readingMinutes(`${lines}\n${padding} extra`)).toBe(2);
  });

  it('counts link text but not the URL', () => {
    const link = '[мақала](https://qamshy.kz/kk/news/1-very-long-url-with-many-parts)';
    expect(readingMinutes(`${words(179)} ${link}`)).toBe(1);
    expect(readingMinutes(`${words(180)} ${link}`)).toBe(2);
  });
});
