import { afterEach, describe, expect, it, vi } from 'vitest';

// A builder that emits broken FTS5 syntax, to see what searchArticles does with the error.
const builder = vi.hoisted(() => ({ expression: '' }));
vi.mock('@/lib/search/query', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/search/query')>()),
  buildMatchExpression: () => builder.expression,
}));

const { searchArticles } = await import('@/db/queries/search');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// FTS5's own words for each; not all of them start with "fts5".
const BROKEN = [
  ['партия AND', /^fts5: syntax error near ""$/],
  ['NEAR(', /^fts5: syntax error near ""$/],
  ['"партия', /^unterminated string$/],
  ['nosuchcolumn: партия', /^no such column: nosuchcolumn$/],
] as const;

describe('an FTS5 error from a broken expression', () => {
  it.each(BROKEN)('%j is thrown outside production', (expression, message) => {
    builder.expression = expression;
    expect(() => searchArticles('kk', 'партия')).toThrow(message);
  });

  it.each(BROKEN)('%j is logged with the expression in production, and the reader gets no results', (expression, message) => {
    vi.stubEnv('NODE_ENV', 'production');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    builder.expression = expression;
    expect(searchArticles('kk', 'партия')).toMatchObject({ items: [], total: 0, pages: 1 });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]!.slice(0, 2)).toEqual(['Search: FTS5 rejected the query', JSON.stringify(expression)]);
    expect((log.mock.calls[0]![2] as Error).message).toMatch(message);
  });
});
