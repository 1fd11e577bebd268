import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { fillDatabase } from '@/db/fill/fill';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';

// Synthetic newsroom-scale content for benchmarks and scale checks:
// npm run db:fill -- --articles 100000 --comments 1000000 [--db /tmp/big.db] [--seed 1]
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    comments: { type: 'string', default: '10000' },
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
  return n;
};

const file = values.db ?? env.DATABASE_URL;
const database = openDatabase(file);
// A bulk load that is all-or-nothing anyway: no fsync per page, a large page cache.
database.$client.pragma('synchronous = OFF');
database.$client.pragma('cache_size = -262144');
database.$client.pragma('temp_store = MEMORY');
await migrateDatabase(database);

const started = performance.now();
const result = fillDatabase(database, {
  articles: count('articles', values.articles),
  comments: count('comments', values.comments),
  seed: count('seed', values.seed),
  log: (line) => console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`),
});
console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  committed; checkpoint`);
database.$client.pragma('wal_checkpoint(TRUNCATE)');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Filled ${file}: ${result.articles} articles, ${result.comments} comments, ${result.indexed} indexed for search, in ${seconds} s.`);
database.$client.close();
