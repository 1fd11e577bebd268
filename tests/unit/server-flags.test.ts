import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The heap cap keeps the server's RSS bounded under load (README, "Memory"); the benchmark must
// measure the server with the flags `npm start` gives it.
const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const bench = fs.readFileSync('scripts/bench.ts', 'utf8');

describe('node flags of the server', () => {
  it('start and serve exec one node with the same heap cap the benchmark uses', () => {
    const flag = '--max-old-space-size=${HEAP_LIMIT_MB:-192}';
    expect(scripts.start).toContain(`exec node ${flag} `);
    expect(scripts.serve).toContain(`exec node ${flag} `);
    expect(bench).toContain('`--max-old-space-size=${process.env.HEAP_LIMIT_MB || 192}`');
  });

  it('source maps stay off by default: they cost about 45 MB of resident memory', () => {
    expect(scripts.start).not.toContain('--enable-source-maps');
    expect(scripts.serve).not.toContain('--enable-source-maps');
    expect(bench).not.toContain("'--enable-source-maps'");
  });
});
