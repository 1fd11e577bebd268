import path from 'node:path';
import { parseArgs } from 'node:util';

// Times each listing query function against a filled database, uncached (no page cache, no ISR):
// npm run bench:queries -- --db /tmp/big.db [--runs 9] [--only regex]
// "held" is the longest the event loop was blocked during one call: for a plain synchronous
// query that is the whole call; chunked work that yields between chunks holds it for less.
const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '9' }, only: { type: 'string' } } });
if (!values.db) {
  console.error('Usage: npm run bench:queries -- --db <filled database> [--runs 9] [--only regex]');
  process.exit(2);
}
process.env.DATABASE_URL = path.resolve(values.db);

const { db } = await import('@/db/client');
const { findHardCases } = await import('@/db/fill/hard-cases');
const { benchCases } = await import('./bench-queries/cases');

type Sample = { total: number; held: number };

async function measure(run: () => unknown): Promise<Sample> {
  let held = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  last = started;
  await run();
  running = false;
  const ended = performance.now();
  return { total: ended - started, held: Math.max(held, ended - last) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2)).padStart(9);

const hard = findHardCases(db.$client);
const runs = Math.max(1, Number(values.runs));
const only = values.only ? new RegExp(values.only, 'i') : null;
console.log(`${values.db}: ${db.$client.prepare('SELECT count(*) FROM articles').pluck().get()} articles, ${db.$client.prepare('SELECT count(*) FROM comments').pluck().get()} comments`);
console.log(`${'query'.padEnd(34)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'held ms'.padStart(9)}  runs`);
for (const { name, run } of benchCases(hard)) {
  if (only && !only.test(name)) continue;
  const first = await measure(run); // warms SQLite's page cache; a very slow query is not repeated
  const samples = first.total > 2000 ? [first] : await Array.from({ length: runs }).reduce<Promise<Sample[]>>(async (acc) => [...(await acc), await measure(run)], Promise.resolve([]));
  const totals = samples.map((s) => s.total).sort((a, b) => a - b);
  const held = Math.max(...samples.map((s) => s.held));
  console.log(`${name.padEnd(34)} ${ms(quantile(totals, 0.5))} ${ms(quantile(totals, 0.95))} ${ms(held)}  ${samples.length}`);
}
