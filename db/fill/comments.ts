import type Database from 'better-sqlite3';
import { pick, shuffle, zipf, type Random } from './random';
import { textWriter } from './text';
import { COMMENTER_NAMES } from './vocabulary';
import type { Commentable } from './articles';

const DAY = 86_400_000;
const STATUS = ['approved', 'pending', 'spam', 'deleted'] as const;

/**
 * Comments skewed across readable articles (a few stories draw thousands), written hours to days
 * after the story and inserted in time order so ids follow time. Recent ones are more often still
 * pending, as in a moderation queue that keeps up.
 */
export function insertComments(sqlite: Database.Database, random: Random, count: number, articles: Commentable, log: (line: string) => void): void {
  if (count === 0 || articles.length === 0) return;
  const now = Date.now();
  const popularity = shuffle(
    random,
    Array.from({ length: articles.length }, (_, i) => i),
  );
  const rank = zipf(random, articles.length, 1, 50);
  const target = new Int32Array(count);
  const at = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const a = popularity[rank()];
    target[i] = a;
    // Exponential delay, mean a day.
    at[i] = Math.min(now, articles.publishedAt[a] + -Math.log(1 - random()) * DAY);
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((x, y) => at[x] - at[y]);
  const insert = sqlite.prepare('INSERT INTO comments (article_id, author_name, body, status, created_at) VALUES (?, ?, ?, ?, ?)');
  const writers = { kk: textWriter(random, 'kk'), ru: textWriter(random, 'ru') };
  for (let n = 0; n < count; n++) {
    const i = order[n];
    const recent = now - at[i] < 7 * DAY;
    const r = random();
    const status = recent
      ? r < 0.5
        ? STATUS[1]
        : r < 0.95
          ? STATUS[0]
          : STATUS[2]
      : r < 0.86
        ? STATUS[0]
        : r < 0.9
          ? STATUS[1]
          : r < 0.97
            ? STATUS[2]
            : STATUS[3];
    const body = (random() < 0.6 ? writers.kk : writers.ru).comment();
    insert.run(articles.ids[target[i]], pick(random, COMMENTER_NAMES), body, status, Math.round(at[i]));
    if ((n + 1) % 200_000 === 0) log(`  ${n + 1} comments`);
  }
}
