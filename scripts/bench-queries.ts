import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

// Times each listing query function against a filled database, uncached (no page cache, no ISR):
// npm run bench:queries -- --db /tmp/big.db [--runs 9] [--only regex]
// Times are CPU milliseconds of this process. "held" is the longest stretch between two turns of
// the event loop during one call: for a plain synchronous query that is the whole call; chunked
// work that yields between chunks holds it for about one chunk.
const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '9' }, only: { type: 'string' } } });
if (!values.db) {
  console.error('Usage: npm run bench:queries -- --db <filled database> [--runs 9] [--only regex]');
  process.exit(2);
}
process.env.DATABASE_URL = path.resolve(values.db);

const { db } = await import('@/db/client');
const { findHardCases } = await import('@/db/fill/hard-cases');
const { benchCases } = await import('./bench-queries/cases');

type Sample = { wall: number; cpu: number; held: number };

// CPU time (user + system of this process) rather than wall time: on a shared, busy machine the
// wall clock also counts time the process spent descheduled, which is not database work.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function measure(run: () => unknown): Promise<Sample> {
  let held = 0;
  let last = cpuMs();
  let running = true;
  const tick = () => {
    const now = cpuMs();
    held = Math.max(held, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const startedWall = performance.now();
  const startedCpu = cpuMs();
  last = startedCpu;
  await run();
  running = false;
  const endedCpu = cpuMs();
  return { wall: performance.now() - startedWall, cpu: endedCpu - startedCpu, held: Math.max(held, endedCpu - last) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2)).padStart(9);

const hard = findHardCases(db.$client);
const runs = Math.max(1, Number(values.runs));
const only = values.only ? new RegExp(values.only, 'i') : null;
console.log(
  `${values.db}: ${db.$client.prepare('SELECT count(*) FROM articles').pluck().get()} articles, ${db.$client.prepare('SELECT count(*) FROM comments').pluck().get()} comments`,
);
console.log(
  `load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores; times in CPU ms (wall p50 for reference)`,
);
console.log(`${'query'.padEnd(34)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'held'.padStart(9)} ${'wall p50'.padStart(9)}  runs`);
for (const { name, run } of benchCases(hard)) {
  if (only && !only.test(name)) continue;
  const first = await measure(run); // warms SQLite's page cache; a very slow query is not repeated
  const samples =
    first.wall > 2000
      ? [first]
      : await Array.from({ length: runs }).reduce<Promise<Sample[]>>(async (acc) => [...(await acc), await measure(run)], Promise.resolve([]));
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const wall = samples.map((s) => s.wall).sort((a, b) => a - b);
  const held = Math.max(...samples.map((s) => s.held));
  console.log(`${name.padEnd(34)} ${ms(quantile(cpu, 0.5))} ${ms(quantile(cpu, 0.95))} ${ms(held)} ${ms(quantile(wall, 0.5))}  ${samples.length}`);
}
