import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// Lighthouse (mobile, its default simulated throttling) with Debian's Chromium against a running
// portal: `npm run lighthouse -- --url http://127.0.0.1:3000/kk/article/1-…`. Prints the four
// scores and the main timings; writes bench/results/lighthouse.json.
const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string', default: 'bench/results/lighthouse.json' } } });
if (!values.url) {
  console.error('Usage: npm run lighthouse -- --url http://127.0.0.1:3000/kk/article/1-…');
  process.exit(2);
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  userDataDir,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const result = await lighthouse(values.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
  const summary = {
    url: values.url,
    date: new Date().toISOString(),
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    timings: {
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      cls: audits['cumulative-layout-shift']?.numericValue,
      speedIndexMs: ms('speed-index'),
    },
    // Audits that cost points, for the note on what holds a score back.
    failing: Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => ({ id: audit.id, score: audit.score, displayValue: audit.displayValue })),
  };
  fs.mkdirSync(path.dirname(values.out!), { recursive: true });
  fs.writeFileSync(values.out!, `${JSON.stringify(summary, null, 2)}\n`);
  console.table(summary.scores);
  console.table(summary.timings);
  if (summary.failing.length) console.table(summary.failing);
} finally {
  await chrome.kill();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
