export type RelatedCandidate = {
  id: number;
  locale: string;
  categoryId: number | null;
  publishedAt: Date;
  sharedTags: number;
};

type CurrentArticle = { id: number; locale: string; categoryId: number | null };

function time(date: Date): number {
  const ms = date.getTime();
  // An unparsable date must not poison the sort (NaN compares false both ways).
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

export function chooseRelated(current: CurrentArticle, candidates: RelatedCandidate[], limit = 6): RelatedCandidate[] {
  const max = Math.floor(limit);
  if (!(max > 0)) return [];

  // A null category is "uncategorised", not a shared category.
  const sameCategory = (c: RelatedCandidate) => (current.categoryId !== null && c.categoryId === current.categoryId ? 1 : 0);

  const ranked = candidates
    .filter((c) => c.id !== current.id && c.locale === current.locale)
    .sort((a, b) => b.sharedTags - a.sharedTags || sameCategory(b) - sameCategory(a) || time(b.publishedAt) - time(a.publishedAt) || b.id - a.id);

  // Dedupe after sorting so the best-ranked copy of a duplicate is the one kept.
  const seen = new Set<number>();
  const result: RelatedCandidate[] = [];
  for (const c of ranked) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    result.push(c);
    if (result.length === max) break;
  }
  return result;
}
