import { describe, expect, it } from 'vitest';
import { chooseRelated, type RelatedCandidate } from '@/lib/related';

const current = { id: 100, locale: 'kk', categoryId: 5 };

function c(id: number, sharedTags: number, categoryId: number | null, published: string, locale = 'kk'): RelatedCandidate {
  return { id, locale, categoryId, publishedAt: new Date(published), sharedTags };
}

const ids = (list: RelatedCandidate[]) => list.map((x) => x.id);

describe('chooseRelated', () => {
  it('orders by shared tags, then same category, then newest, then id desc', () => {
    const candidates = [
      c(1, 0, 9, '2024-01-05'), // no tags, other category
      c(2, 2, 9, '2024-01-01'), // 2 tags, other category
      c(3, 2, 5, '2023-01-01'), // 2 tags, same category (old)
      c(4, 1, 5, '2024-01-01'), // 1 tag, same category
      c(5, 1, 9, '2024-06-01'), // 1 tag, other category (newest)
      c(6, 0, 5, '2024-01-01'), // no tags, same category
      c(7, 0, 5, '2024-01-01'), // tie with 6 on everything but id
      c(8, 3, null, '2020-01-01'), // most tags wins regardless of category/date
    ];
    expect(ids(chooseRelated(current, candidates, 10))).toEqual([8, 3, 2, 4, 5, 7, 6, 1]);
  });

  it('never returns the current article', () => {
    const result = chooseRelated(current, [c(100, 9, 5, '2030-01-01'), c(1, 0, 5, '2020-01-01')]);
    expect(ids(result)).toEqual([1]);
  });

  it('only returns articles in the same locale', () => {
    const result = chooseRelated(current, [c(1, 5, 5, '2024-01-01', 'ru'), c(2, 0, 9, '2020-01-01', 'kk'), c(3, 5, 5, '2024-01-01', 'KK')]);
    expect(ids(result)).toEqual([2]);
  });

  it('de-duplicates by id, keeping the best-ranked copy', () => {
    const result = chooseRelated(current, [c(1, 0, 9, '2024-01-01'), c(2, 1, 9, '2024-01-01'), c(1, 3, 9, '2024-01-01')]);
    expect(ids(result)).toEqual([1, 2]);
    expect(result[0].sharedTags).toBe(3);
  });

  it('does not treat two null categories as the same category', () => {
    const uncategorised = { id: 100, locale: 'kk', categoryId: null };
    const result = chooseRelated(uncategorised, [c(1, 0, null, '2020-01-01'), c(2, 0, 7, '2024-01-01')]);
    expect(ids(result)).toEqual([2, 1]);
  });

  it('keeps unrelated candidates at the end so a page can be filled', () => {
    const candidates = [c(1, 1, 5, '2024-01-01'), c(2, 0, 9, '2024-03-01'), c(3, 0, 8, '2024-02-01'), c(4, 0, null, '2024-01-01')];
    expect(ids(chooseRelated(current, candidates, 4))).toEqual([1, 2, 3, 4]);
  });

  it.each([
    [undefined, 6],
    [4, 4],
    [1, 1],
    [0, 0],
    [-3, 0],
    [2.9, 2],
    [50, 10],
  ])('limit %s → %d results', (limit, expected) => {
    const candidates = Array.from({ length: 10 }, (_, i) => c(i + 1, 0, 5, '2024-01-01'));
    expect(chooseRelated(current, candidates, limit)).toHaveLength(expected);
  });

  it('does not mutate the input array', () => {
    const candidates = [c(1, 0, 9, '2020-01-01'), c(2, 5, 5, '2024-01-01')];
    const copy = [...candidates];
    chooseRelated(current, candidates);
    expect(candidates).toEqual(copy);
  });

  it('sorts invalid dates after valid ones instead of scrambling the order', () => {
    const result = chooseRelated(current, [c(1, 0, 5, 'not a date'), c(2, 0, 5, '2020-01-01'), c(3, 0, 5, '2024-01-01')]);
    expect(ids(result)).toEqual([3, 2, 1]);
  });

  it('returns an empty list when there are no candidates', () => {
    expect(chooseRelated(current, [])).toEqual([]);
  });
});
