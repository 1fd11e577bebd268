export {};

// Reader-page benchmark against a running server (npm start): medians, not assertions.
// BENCH_URL=http://127.0.0.1:3000 BENCH_REQUESTS=200 npm run bench
const base = (process.env.BENCH_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function articlePath(): Promise<string> {
  const html = await (await fetch(`${base}/kk`)).text();
  const match = /href="(\/kk\/article\/\d+-[^"]+)"/.exec(html);
  if (!match) throw new Error('No article link on the front page');
  return match[1];
}

async function pageWeight(path: string) {
  const html = await (await fetch(base + path)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let js = 0;
  for (const src of new Set(scripts)) js += (await (await fetch(new URL(src, base))).arrayBuffer()).byteLength;
  return { htmlBytes: Buffer.byteLength(html), scripts: scripts.length, jsBytes: js };
}

async function run() {
  try {
    await fetch(`${base}/api/health`);
  } catch {
    console.error(`No server at ${base}. Start one with \`npm start\` (or set BENCH_URL).`);
    process.exit(1);
  }
  const article = await articlePath();
  const paths = { front: '/kk', article, category: '/kk/category/sayasat', 'front-ru': '/ru' };
  console.log(`Qamshy reader pages at ${base}: ${requests} sequential requests each, then ${concurrency} concurrent`);
  for (const [name, path] of Object.entries(paths)) {
    for (let i = 0; i < 10; i++) await timed(base + path); // warm the page cache
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) samples.push(await timed(base + path));
    samples.sort((a, b) => a - b);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) await timed(base + path);
      }),
    );
    const rps = requests / ((performance.now() - started) / 1000);
    console.log(`${name.padEnd(9)} median ${quantile(samples, 0.5).toFixed(2)} ms  p95 ${quantile(samples, 0.95).toFixed(2)} ms  ${rps.toFixed(0)} req/s at c=${concurrency}`);
  }
  const weight = await pageWeight(article);
  console.log(`article page: ${(weight.htmlBytes / 1024).toFixed(1)} KiB HTML, ${weight.scripts} scripts, ${(weight.jsBytes / 1024).toFixed(1)} KiB JS (uncompressed)`);
}

await run();
