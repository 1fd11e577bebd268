import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { editionOf, errorPage } from '@/server/error-page';

const requestFor = (url: string) => ({ url, headers: {} }) as IncomingMessage;

describe("the front server's own error pages in the script views", () => {
  it('knows the view from the path', () => {
    expect(editionOf(requestFor('/kk-arab/article/1-x'))).toBe('kk-arab');
    expect(editionOf(requestFor('/kk-arab'))).toBe('kk-arab');
    expect(editionOf(requestFor('/kk-latn?q=1'))).toBe('kk-latn');
    expect(editionOf(requestFor('/kk/search'))).toBe('kk');
  });

  it('answers in töte, right to left, with its limit filled in and a way home to /kk-arab', () => {
    const html = errorPage(413, 'kk-arab', 'req-1', { limit: '11 MB' });
    expect(html).toContain('<html lang="kk-Arab" dir="rtl">');
    expect(html).toContain('<a href="/kk-arab">');
    expect(html).toContain('11 MB');
    expect(html).not.toMatch(/[\u0400-\u04FF]/);
    expect(errorPage(404, 'kk', 'req-1')).toContain('<html lang="kk">');
    expect(errorPage(404, 'kk-latn', 'req-1')).toContain('<html lang="kk-Latn">');
  });
});
