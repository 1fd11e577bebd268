import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { summarizeProfile, type ProfileSummary } from './bench/profile';
import { freePort } from './free-port';

// `npm run bench`: starts the built portal on a temporary database (the demo content, or grown
// with db:fill) and, in the same run, a bare node:http server answering each measured page's exact
// bytes from memory (the ceiling); loads both with wrk (autocannon when wrk is not installed), times
// uncached renders, reads the server's memory from /proc and weighs the article page. Prints one
// table, writes bench/results/latest.json (bench/README.md says how to read it).
//
//   npm run bench                                  demo content, 10 s per run
//   npm run bench -- --duration 3 --warmup 1       a quick look
//   npm run bench -- --articles 100000             newsroom scale (db:fill, comments = 10 × articles)
//   npm run bench -- --pages article --cpu-prof    profile the server while the article is loaded
const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string' },
    comments: { type: 'string' },
    db: { type: 'string' }, // an already filled database to copy instead of seeding one
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10,64' },
    samples: { type: 'string', default: '30' },
    encoding: { type: 'string', default: 'br' },
    tool: { type: 'string' }, // wrk when installed, else autocannon
    threads: { type: 'string', default: '1' }, // wrk threads: one, so the server keeps the other core
    pages: { type: 'string' },
    search: { type: 'string', default: 'партия' },
    dist: { type: 'string', default: process.env.NEXT_DIST_DIR ?? '.next' },
    out: { type: 'string', default: 'bench/results/latest.json' },
    'no-write': { type: 'boolean', default: false },
    'skip-uncached': { type: 'boolean', default: false },
    uncached: { type: 'string' }, // only the uncached pages whose names start with one of these (comma-separated)
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const num = (name: string, value: string | undefined, min = 0) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got ${value}`);
  return n;
};
const DURATION = num('duration', opts.duration, 1);
const WARMUP = num('warmup', opts.warmup, 0);
const CONNECTIONS = opts.connections!.split(',').map((c) => num('connections', c, 1));
const SAMPLES = num('samples', opts.samples, 1);
const ENCODING = opts.encoding!;
if (!['br', 'gzip', 'identity'].includes(ENCODING)) throw new Error('--encoding is br, gzip or identity');
const ACCEPT: Record<string, string> = ENCODING === 'identity' ? {} : { 'accept-encoding': ENCODING };
const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((file) => fs.existsSync(file));
const TOOL = opts.tool ?? (WRK ? 'wrk' : 'autocannon');
if (TOOL !== 'wrk' && TOOL !== 'autocannon') throw new Error('--tool is wrk or autocannon');
if (TOOL === 'wrk' && !WRK) throw new Error('--tool wrk: wrk is not installed (apt-get install wrk)');
const THREADS = num('threads', opts.threads, 1);
const SESSION = { cookie: 'qamshy_session=bench-uncached' }; // not a real session: only makes the front server pass the request to Next
const UNCACHED_BUDGET_MS = 20_000; // per page: a page far slower than any target stops early
// A page whose single uncached render takes longer is not loaded: its queue would block the server for minutes.
const MAX_RENDER_MS = 1_000;
const PER_PAGE = 20;
const distDir = path.resolve(root, opts.dist!);
const bundle = path.join(distDir, 'qamshy-server.mjs');
if (!fs.existsSync(bundle) || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  const d = opts.dist;
  console.error(`No built portal in ${d}. Build it first:\n  NEXT_DIST_DIR=${d} npx next build && NEXT_DIST_DIR=${d} npx tsx scripts/build-server.ts`);
  process.exit(1);
}

// ---------------------------------------------------------------- small helpers

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

/** One GET over a fresh connection, body kept as sent (no decompression). */
function get(base: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(target, base), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(180_000, () => req.destroy(new Error(`${target}: no answer in 180 s`)));
  });
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${round(ms / 1000)} s` : `${round(ms)} ms`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);
const gzipSize = (body: Buffer) => zlib.gzipSync(body, { level: 6 }).length;

function run(label: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${result.stdout.trim().split('\n').at(-1)} (${round(seconds)} s)`);
  return seconds;
}

/** Memory of the server and of any process it started, from /proc (kB → MB). */
function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      const children = fs.readFileSync(`/proc/${tree[i]}/task/${tree[i]}/children`, 'utf8').trim();
      if (children) tree.push(...children.split(/\s+/).map(Number));
    } catch {
      /* gone */
    }
  }
  let rss = 0;
  let hwm = 0;
  for (const id of tree) {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwm += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return { rssMb: round(rss / 1024), hwmMb: round(hwm / 1024) };
}

// ---------------------------------------------------------------- the portal and the ceiling

const loadStart = os.loadavg().map((n) => round(n, 2));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-bench-'));
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const databaseFile = path.join(work, 'portal.db');
const uploadsDir = path.join(work, 'uploads');
const baseEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseFile, UPLOADS_DIR: uploadsDir, NEXT_TELEMETRY_DISABLED: '1' };
let fillSeconds: number | null = null;
if (opts.db) {
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(opts.db + suffix)) fs.copyFileSync(opts.db + suffix, databaseFile + suffix);
  fs.mkdirSync(uploadsDir, { recursive: true });
  run('copied database, migrated', [tsxCli, 'scripts/migrate.ts'], baseEnv);
} else {
  run('demo content', [tsxCli, 'scripts/seed.ts'], baseEnv);
  if (opts.articles) {
    const articles = num('articles', opts.articles, 1);
    const comments = opts.comments ? num('comments', opts.comments) : articles * 10;
    // scripts/db-fill.ts (npm run db:fill) adds synthetic articles and comments in both editions.
    fillSeconds = run(
      `db:fill ${articles} articles, ${comments} comments`,
      [tsxCli, 'scripts/db-fill.ts', '--articles', String(articles), '--comments', String(comments), '--db', databaseFile],
      baseEnv,
    );
  }
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const profileDir = path.join(work, 'profile');
// Started through a link of its own name, so a `pkill -f qamshy-server` by someone else on a shared
// machine cannot end a run midway; Node resolves the link, so it is the same bundle in the same place.
const entry = path.join(work, 'bench-portal.mjs');
fs.symlinkSync(bundle, entry);
// The flags of `npm start` (package.json; tests/unit/server-flags.test.ts keeps them equal).
const nodeArgs = [
  `--max-old-space-size=${process.env.HEAP_LIMIT_MB || 192}`,
  ...(opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  entry,
];
// The server exactly as `npm start` ends: one node process (spawned directly, so this pid is the server's).
const portal = spawn(process.execPath, nodeArgs, {
  cwd: root,
  env: { ...baseEnv, NODE_ENV: 'production', NEXT_DIST_DIR: opts.dist, PORT: String(port), HOST: '127.0.0.1', SITE_URL: base },
  stdio: ['ignore', fs.openSync(path.join(work, 'server.log'), 'a'), fs.openSync(path.join(work, 'server.log'), 'a')],
});
children.push(portal);
const startedAt = performance.now();
for (;;) {
  if (portal.exitCode !== null)
    throw new Error(`The portal exited (${portal.exitCode}):\n${fs.readFileSync(path.join(work, 'server.log'), 'utf8').slice(-4000)}`);
  try {
    if ((await get(base, '/api/health')).status === 200) break;
  } catch {
    /* not listening yet */
  }
  if (performance.now() - startedAt > 120_000) throw new Error('The portal did not answer /api/health within 120 s');
  await sleep(200);
}
console.log(`portal: pid ${portal.pid} on ${base} (${opts.dist}), ready in ${round((performance.now() - startedAt) / 1000)} s`);

// ---------------------------------------------------------------- what to measure

const db = new Database(databaseFile, { readonly: true });
const now = Date.now();
const published = `a.status = 'published' and a.published_at <= ${now}`;
type Row = { id: number; locale: string; slug: string };
const articleUrl = (a: Row) => `/${a.locale}/article/${a.id}-${a.slug}`;
// The model article from shared/seeds (the one the issue measured), else the newest.
const model = (db.prepare("select id, locale, slug from articles where thumbnail = '20170708195532885' order by id limit 1").get() ??
  db.prepare(`select a.id, a.locale, a.slug from articles a where ${published} order by a.published_at desc limit 1`).get()) as Row;
const counts = db.prepare(`select (select count(*) from articles) as articles, (select count(*) from comments) as comments`).get() as {
  articles: number;
  comments: number;
};
const category = db
  .prepare(
    `select c.locale, c.slug, count(*) as n from articles a join categories c on c.id = a.category_id where ${published} and c.locale = 'kk' group by c.id order by n desc limit 1`,
  )
  .get() as { locale: string; slug: string; n: number };
const tag = db
  .prepare(
    `select t.locale, t.slug, count(*) as n from article_tags x join tags t on t.id = x.tag_id join articles a on a.id = x.article_id where ${published} and t.locale = 'kk' group by t.id order by n desc limit 1`,
  )
  .get() as { locale: string; slug: string; n: number } | undefined;
const author = db
  .prepare(
    `select u.slug, count(*) as n from articles a join users u on u.id = a.author_id where ${published} and a.locale = 'kk' group by u.id order by n desc limit 1`,
  )
  .get() as { slug: string; n: number } | undefined;
const month = db
  .prepare(
    `select strftime('%Y-%m', a.published_at / 1000, 'unixepoch', '+5 hours') as m, count(*) as n from articles a where ${published} group by m order by n desc limit 1`,
  )
  .get() as { m: string; n: number } | undefined;
const searchHits = (term: string) =>
  (
    db
      .prepare(`select count(*) as n from article_search s join articles a on a.id = s.rowid where article_search match ? and a.locale = 'kk' and ${published}`)
      .get(`"${term}"`) as { n: number }
  ).n;
const searchTerm = [opts.search!, 'президент', 'Қазақстан'].find((term) => searchHits(term) > 0) ?? opts.search!;
const searchCount = searchHits(searchTerm);
const variety = db
  .prepare(`select a.id, a.locale, a.slug from articles a where ${published} order by (a.id * 2654435761) % 1000003 limit ?`)
  .all(SAMPLES) as Row[];
db.close();

const categoryPages = Math.ceil(category.n / PER_PAGE);
const searchPath = (page = 1) => `/kk/search?q=${encodeURIComponent(searchTerm)}${page > 1 ? `&page=${page}` : ''}`;
const pages: Record<string, string> = {
  article: articleUrl(model),
  front: '/kk',
  'category p1': `/kk/category/${category.slug}`,
  ...(categoryPages >= 500 ? { 'category p500': `/kk/category/${category.slug}?page=500` } : {}),
  search: searchPath(),
};
const selected = opts.pages ? opts.pages.split(',').map((p) => p.trim()) : Object.keys(pages);
for (const name of selected) if (!pages[name]) throw new Error(`--pages: unknown page "${name}" (known: ${Object.keys(pages).join(', ')})`);

// Every page must answer 200 before it is measured: a benchmark of redirects or 404s is no benchmark.
for (const name of selected) {
  const target = pages[name];
  const answer = await get(base, target, ACCEPT);
  if (answer.status !== 200) throw new Error(`${name} ${target} answered ${answer.status}`);
}
console.log(
  `database: ${counts.articles} articles, ${counts.comments} comments; category «${category.slug}» has ${categoryPages} pages${categoryPages < 500 ? ' (no page 500: not measured)' : ''}; search «${searchTerm}» ${searchCount} hits`,
);

// ---------------------------------------------------------------- page weight (before any load)

/** Which of the portal's own modules (not node_modules) each client chunk holds, from the build's client-reference manifests. */
function readChunkModules(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const sandbox: Record<string, unknown> = {};
        sandbox.globalThis = sandbox;
        vm.runInNewContext(fs.readFileSync(full, 'utf8'), sandbox);
        for (const manifest of Object.values(sandbox.__RSC_MANIFEST as Record<string, { clientModules: Record<string, { chunks: string[] }> }>)) {
          for (const [module, { chunks }] of Object.entries(manifest.clientModules)) {
            // A module's list names the chunks it needs, its own last.
            const chunk = chunks.at(-1);
            if (module.includes('node_modules') || !chunk) continue;
            if (!map.has(chunk)) map.set(chunk, new Set());
            map.get(chunk)!.add(module.replace(/^\[project\]\//, '').replace(/ <.*$/, ''));
          }
        }
      }
    }
  };
  visit(path.join(distDir, 'server/app'));
  return map;
}
const chunkModules = readChunkModules();

async function weigh(target: string) {
  const page = await get(base, target);
  const html = page.body.toString('utf8');
  const asWire = async (src: string, raw: Buffer) => {
    const gz = await get(base, src, { 'accept-encoding': 'gzip' });
    const br = await get(base, src, { 'accept-encoding': 'br' });
    return {
      gzip: gz.headers['content-encoding'] === 'gzip' ? gz.body.length : gzipSize(raw),
      br: br.headers['content-encoding'] === 'br' ? br.body.length : raw.length,
    };
  };
  const tags = (re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);
  // What a modern browser fetches: <script src> without nomodule (the polyfill is for old browsers).
  const scriptTags = tags(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g);
  // React writes the attribute as noModule="".
  const modern = [...new Set(scriptTags.filter((t) => !/\bnomodule\b/i.test(t)).map((t) => /\bsrc="([^"]+)"/.exec(t)![1].replace(/&amp;/g, '&')))];
  const nomodule = [...new Set(scriptTags.filter((t) => /\bnomodule\b/i.test(t)).map((t) => /\bsrc="([^"]+)"/.exec(t)![1]))];
  const styles = [...new Set(tags(/<link\b[^>]*\brel="stylesheet"[^>]*>/g).map((t) => /\bhref="([^"]+)"/.exec(t)![1].replace(/&amp;/g, '&')))];
  const files = async (list: string[]) => {
    const out: { src: string; bytes: number; gzip: number; br: number; portalModules: string[] }[] = [];
    for (const src of list) {
      const raw = await get(base, src);
      if (raw.status !== 200) throw new Error(`${src} answered ${raw.status}`);
      out.push({ src, bytes: raw.body.length, ...(await asWire(src, raw.body)), portalModules: [...(chunkModules.get(src) ?? [])].sort() });
    }
    return out;
  };
  const sum = (list: { bytes: number; gzip: number; br: number }[]) => ({
    count: list.length,
    bytes: list.reduce((a, f) => a + f.bytes, 0),
    gzip: list.reduce((a, f) => a + f.gzip, 0),
    br: list.reduce((a, f) => a + f.br, 0),
  });
  const js = await files(modern);
  const css = await files(styles);
  const flight = tags(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g).reduce((a, t) => a + Buffer.byteLength(t), 0);
  return {
    status: page.status,
    html: { bytes: page.body.length, ...(await asWire(target, page.body)), inlineFlightBytes: flight },
    js: { ...sum(js), files: js },
    nomoduleScripts: nomodule,
    css: { ...sum(css), files: css },
  };
}

const articleWeight = await weigh(pages.article);
// The framework's floor: Next's global 404 page (app/global-not-found.tsx) from the same build is a
// bare app-router page: a heading and a link, server-rendered, no client component. Every page of
// the app also loads the app's own global-error boundary, so the floor is that page's scripts
// less any chunk holding the portal's own modules (known from the build's client manifests).
const floorPage = await weigh('/kk/bench-framework-floor');
const floorFiles = floorPage.js.files.filter((f) => f.portalModules.length === 0);
const floor = { count: floorFiles.length, bytes: floorFiles.reduce((a, f) => a + f.bytes, 0), gzip: floorFiles.reduce((a, f) => a + f.gzip, 0) };
const floorSrcs = new Set(floorFiles.map((f) => f.src));
const ownFiles = articleWeight.js.files.filter((f) => !floorSrcs.has(f.src));
const own = {
  count: ownFiles.length,
  bytes: ownFiles.reduce((a, f) => a + f.bytes, 0),
  gzip: ownFiles.reduce((a, f) => a + f.gzip, 0),
  files: ownFiles.map((f) => ({ src: f.src, gzip: f.gzip, portalModules: f.portalModules })),
};

// ---------------------------------------------------------------- uncached renders

// At rest: started, every measured page served once, nothing in flight.
await sleep(1_000);
const restMemory = memoryOf(portal.pid!);

type Timing = { page: string; url: string; n: number; p50: number; p95: number; max: number; statuses: Record<string, number> };
async function timeSequential(name: string, urls: string[]): Promise<Timing> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  for (let i = 0; i < SAMPLES; i++) {
    const answer = await get(base, urls[i % urls.length], SESSION);
    times.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    if (performance.now() - started > UNCACHED_BUDGET_MS) break;
  }
  times.sort((a, b) => a - b);
  return {
    page: name,
    url: urls.length > 1 ? `${urls.length} different URLs` : urls[0],
    n: times.length,
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    max: round(times.at(-1)!),
    statuses,
  };
}

const uncachedPages: [string, string[]][] = [
  ['article (model)', [pages.article]],
  [`article (${variety.length} others)`, variety.map(articleUrl)],
  ['front', ['/kk']],
  ['category p1', [pages['category p1']]],
  ...(pages['category p500'] ? [['category p500', [pages['category p500']]] as [string, string[]]] : []),
  ...(tag ? [['tag p1', [`/kk/tag/${tag.slug}`]] as [string, string[]]] : []),
  ...(author ? [['author p1', [`/kk/author/${author.slug}`]] as [string, string[]]] : []),
  ['search p1', [searchPath()]],
  ...(Math.ceil(searchCount / PER_PAGE) >= 50 ? [['search p50', [searchPath(50)]] as [string, string[]]] : []),
  ['rss', ['/kk/rss.xml']],
  ['sitemap index', ['/sitemap.xml']],
  ...(month ? [[`sitemap ${month.m}`, [`/sitemaps/articles/${month.m}.xml`]] as [string, string[]]] : []),
  ['sitemap tags', ['/sitemaps/tags.xml']],
];
const uncached: Timing[] = [];
if (!opts['skip-uncached']) {
  const wanted = opts.uncached?.split(',').map((w) => w.trim());
  for (const [name, urls] of uncachedPages.filter(([n]) => !wanted || wanted.some((w) => n.startsWith(w)))) {
    // The first render of a route (module load) is not counted, unless it alone is over the budget.
    const first = await get(base, urls[0], SESSION);
    const timing =
      first.ms > UNCACHED_BUDGET_MS
        ? {
            page: name,
            url: urls.length > 1 ? `${urls.length} different URLs` : urls[0],
            n: 1,
            p50: round(first.ms),
            p95: round(first.ms),
            max: round(first.ms),
            statuses: { [first.status]: 1 },
          }
        : await timeSequential(name, urls);
    uncached.push(timing);
    console.log(`uncached ${name.padEnd(22)} p50 ${String(timing.p50).padStart(7)} ms  p95 ${String(timing.p95).padStart(7)} ms  (n=${timing.n})`);
  }
}

const afterUncached = memoryOf(portal.pid!);

// ---------------------------------------------------------------- the ceiling

// Each measured page's exact answer (body and headers, in the encoding the load tool asks for),
// served from memory by a bare node:http server: the ratio compares like with like.
const ceilingPages: Record<string, { headers: Record<string, string>; bodyFile: string }> = {};
const samples: Record<string, Buffer> = {};
for (const name of selected) {
  const answer = await get(base, pages[name], ACCEPT);
  const headers: Record<string, string> = {};
  for (const [header, value] of Object.entries(answer.headers)) {
    if (value === undefined || ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'age', 'x-request-id'].includes(header)) continue;
    headers[header] = Array.isArray(value) ? value.join(', ') : value;
  }
  const bodyFile = path.join(work, `ceiling-${selected.indexOf(name)}.body`);
  fs.writeFileSync(bodyFile, answer.body);
  ceilingPages[`/${selected.indexOf(name)}`] = { headers, bodyFile };
  samples[name] = answer.body;
}
fs.writeFileSync(path.join(work, 'ceiling.json'), JSON.stringify(ceilingPages));
const ceiling = spawn(process.execPath, [path.join(root, 'scripts/bench/ceiling.mjs'), path.join(work, 'ceiling.json')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(ceiling);
const ceilingPort = await new Promise<number>((resolve, reject) => {
  ceiling.stdout!.on('data', (chunk: Buffer) => {
    const match = /PORT (\d+)/.exec(chunk.toString());
    if (match) resolve(Number(match[1]));
  });
  ceiling.once('exit', (code) => reject(new Error(`the ceiling server exited (${code})`)));
});
const ceilingBase = `http://127.0.0.1:${ceilingPort}`;
for (const name of selected) {
  const check = await get(ceilingBase, `/${selected.indexOf(name)}`, ACCEPT);
  if (!check.body.equals(samples[name])) throw new Error(`The ceiling does not answer the bytes of ${name}`);
}
const articleEncoding = ceilingPages[`/${selected.indexOf('article')}`]?.headers['content-encoding'];
const encodingNote = `${ENCODING === 'identity' ? 'no Accept-Encoding: identity' : `Accept-Encoding: ${ENCODING}: ${articleEncoding ?? ENCODING}`} bytes of each page from both servers`;
console.log(`ceiling: bare node:http on ${ceilingBase}, pid ${ceiling.pid}; ${encodingNote}`);

// ---------------------------------------------------------------- load

let peakRssMb = memoryOf(portal.pid!).rssMb;
const sampler = setInterval(() => {
  peakRssMb = Math.max(peakRssMb, memoryOf(portal.pid!).rssMb);
}, 100);

type Run = { rps: number; p50: number; p99: number; max: number; requests: number; errors: number; timeouts: number; non2xx: number };
type Load = { page: string; url: string; bytes: number; connections: number; portal: Run; ceiling: Run; ratio: number; peakRssMb: number };
async function autocannonRun(url: string, connections: number, seconds: number): Promise<Run> {
  const r = await autocannon({ url, connections, duration: seconds, headers: ACCEPT, timeout: 10 });
  return {
    rps: round(r.requests.total / r.duration, 0),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}
// wrk reports through a Lua hook: one JSON line, latencies in µs.
const WRK_REPORT = `done = function(s, latency, requests)
  io.write(string.format('WRK {"requests":%.0f,"duration":%.0f,"p50":%.0f,"p99":%.0f,"max":%.0f,"connect":%.0f,"read":%.0f,"write":%.0f,"status":%.0f,"timeout":%.0f}\\n',
    s.requests, s.duration, latency:percentile(50), latency:percentile(99), latency.max, s.errors.connect, s.errors.read, s.errors.write, s.errors.status, s.errors.timeout))
end`;
async function wrkRun(url: string, connections: number, seconds: number): Promise<Run> {
  const script = path.join(work, 'wrk-report.lua');
  if (!fs.existsSync(script)) fs.writeFileSync(script, WRK_REPORT);
  const headers = Object.entries(ACCEPT).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = [
    '-t',
    String(Math.min(THREADS, connections)),
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '--timeout',
    '10s',
    ...headers,
    '-s',
    script,
    url,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(WRK!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}: ${out}`))));
  });
  const line = /^WRK (\{.*\})$/m.exec(output);
  if (!line) throw new Error(`No report from wrk:\n${output}`);
  const r = JSON.parse(line[1]) as Record<string, number>;
  const ms = (us: number) => round(us / 1000, 2);
  return {
    rps: round(r.requests / (r.duration / 1e6), 0),
    p50: ms(r.p50),
    p99: ms(r.p99),
    max: ms(r.max),
    requests: r.requests,
    errors: r.connect + r.read + r.write,
    timeouts: r.timeout,
    non2xx: r.status,
  };
}
async function load(target: string, connections: number): Promise<Run> {
  const run = TOOL === 'wrk' ? wrkRun : autocannonRun;
  if (WARMUP > 0) await run(target, connections, WARMUP);
  return run(target, connections, DURATION);
}
const loads: Load[] = [];
const skipped: Record<string, string> = {};
for (const name of selected) {
  const probe = uncached.find((t) => t.url === pages[name]) ?? { p50: (await get(base, pages[name], SESSION)).ms };
  if (name === 'search' && probe.p50 > MAX_RENDER_MS) skipped[name] = `not loaded: one uncached render takes ${fmtMs(probe.p50)}`;
}
for (const connections of CONNECTIONS) {
  for (const name of selected.filter((n) => !skipped[n])) {
    const ceilingRun = await load(`${ceilingBase}/${selected.indexOf(name)}`, connections);
    let runPeak = memoryOf(portal.pid!).rssMb;
    const runSampler = setInterval(() => {
      runPeak = Math.max(runPeak, memoryOf(portal.pid!).rssMb);
    }, 100);
    const portalRun = await load(base + pages[name], connections);
    clearInterval(runSampler);
    const row: Load = {
      page: name,
      url: pages[name],
      bytes: samples[name].length,
      connections,
      portal: portalRun,
      ceiling: ceilingRun,
      ratio: round(portalRun.rps / ceilingRun.rps, 3),
      peakRssMb: runPeak,
    };
    loads.push(row);
    console.log(
      `c=${String(connections).padEnd(3)} ${name.padEnd(14)} ${String(portalRun.rps).padStart(7)} req/s  p50 ${portalRun.p50} ms  p99 ${portalRun.p99} ms  errors ${portalRun.errors + portalRun.timeouts}  non-2xx ${portalRun.non2xx}  | ceiling ${ceilingRun.rps} req/s p99 ${ceilingRun.p99} ms  | ${row.ratio}×`,
    );
  }
}
clearInterval(sampler);
const afterLoad = memoryOf(portal.pid!);

// ---------------------------------------------------------------- stop, profile

ceiling.kill('SIGTERM');
portal.kill('SIGTERM');
await new Promise((resolve) => (portal.exitCode !== null ? resolve(null) : portal.once('exit', resolve)));
let profile: ProfileSummary | null = null;
if (opts['cpu-prof'] && fs.existsSync(profileDir)) {
  const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (file) {
    const kept = path.join(os.tmpdir(), `qamshy-server-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    fs.copyFileSync(path.join(profileDir, file), kept);
    profile = summarizeProfile(kept);
  }
}

// ---------------------------------------------------------------- report

const cpus = os.cpus();
const machine = {
  cpus: cpus.length,
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  memoryGb: round(os.totalmem() / 1024 ** 3),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
};
const targets = {
  ratio: 0.5,
  p99Ms: 50,
  articleRenderP50Ms: 25,
  listingRenderP95Ms: 50,
  rssMb: 300,
  htmlGzipKb: 20,
  jsGzipKb: 135,
  ownJsAboveFloorGzipKb: 10,
};
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const fmt = (n: number) => n.toLocaleString('en-US');
const lines: [string, string, string][] = [];
const highC = Math.max(...CONNECTIONS);
for (const row of loads) {
  const p = row.portal;
  const loadTarget = row.connections === highC && row.page !== 'search';
  const ok = row.ratio >= targets.ratio && p.p99 <= targets.p99Ms && p.errors + p.non2xx + p.timeouts === 0;
  lines.push([
    `${row.page} (cached), c=${row.connections}`,
    `${fmt(p.rps)} req/s · p50 ${p.p50} ms · p99 ${p.p99} ms · ${p.errors + p.timeouts} errors · ${p.non2xx} non-2xx · bare node ${fmt(row.ceiling.rps)} req/s (p99 ${row.ceiling.p99} ms) · **${row.ratio}×**`,
    loadTarget ? `${mark(ok)} ≥ 0.5×, p99 ≤ 50 ms, 0 errors` : '',
  ]);
}
for (const t of uncached) {
  const isArticle = t.page.startsWith('article');
  const ok = isArticle ? t.p50 <= targets.articleRenderP50Ms : t.p95 <= targets.listingRenderP95Ms;
  const bad = Object.entries(t.statuses).filter(([s]) => s !== '200');
  lines.push([
    `uncached ${t.page}`,
    `p50 ${t.p50} ms · p95 ${t.p95} ms · max ${t.max} ms (n=${t.n})${bad.length ? ` · statuses ${JSON.stringify(t.statuses)}` : ''}`,
    `${mark(ok)} ${isArticle ? 'p50 ≤ 25 ms' : 'p95 ≤ 50 ms'}${counts.articles < 100_000 ? ' (at 100k)' : ''}`,
  ]);
}
for (const [name, why] of Object.entries(skipped)) lines.push([`${name} (not cached), c=${CONNECTIONS.join('/')}`, why, '']);
const peakUnderLoad = Math.max(peakRssMb, ...loads.map((l) => l.peakRssMb));
lines.push([
  'server RSS: at rest / after the uncached renders / peak under load / VmHWM (whole run)',
  `${restMemory.rssMb} MB / ${afterUncached.rssMb} MB / ${peakUnderLoad} MB / ${afterLoad.hwmMb} MB`,
  `${mark(peakUnderLoad <= targets.rssMb)} ≤ 300 MB under load`,
]);
const w = articleWeight;
lines.push([
  'article HTML',
  `${kb(w.html.bytes)} KB · ${kb(w.html.gzip)} KB gzip · ${kb(w.html.br)} KB br (inline flight data ${kb(w.html.inlineFlightBytes)} KB)`,
  `${mark(w.html.gzip / 1024 <= targets.htmlGzipKb)} ≤ 20 KB gzip`,
]);
lines.push([
  `article JS, modern browser (${w.js.count} scripts${w.nomoduleScripts.length ? `; ${w.nomoduleScripts.length} nomodule left out` : ''})`,
  `${kb(w.js.bytes)} KB · ${kb(w.js.gzip)} KB gzip · ${kb(w.js.br)} KB br`,
  `${mark(w.js.gzip / 1024 <= targets.jsGzipKb)} ≤ 135 KB gzip`,
]);
lines.push([`framework floor JS (bare 404 page less the app's chunks, ${floor.count} scripts)`, `${kb(floor.bytes)} KB · ${kb(floor.gzip)} KB gzip`, '']);
lines.push([
  `article JS above the floor (${own.count} scripts)`,
  `${kb(own.bytes)} KB · ${kb(own.gzip)} KB gzip`,
  `${mark(own.gzip / 1024 <= targets.ownJsAboveFloorGzipKb)} ≤ 10 KB gzip`,
]);
lines.push([`article CSS (${w.css.count} files)`, `${kb(w.css.bytes)} KB · ${kb(w.css.gzip)} KB gzip`, '']);

const date = new Date().toISOString();
const header = `Qamshy bench ${date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cpus} cores (${machine.cpu}) · Node ${machine.node} · ${fmt(counts.articles)} articles, ${fmt(counts.comments)} comments · ${TOOL === 'wrk' ? `wrk -t${THREADS}` : 'autocannon'}, keep-alive, ${DURATION} s after ${WARMUP} s warm-up · ${encodingNote} · load average before/after ${loadStart[0]}/${round(os.loadavg()[0], 2)}`;
const table = [`| measure | result | target |`, `|---|---|---|`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
console.log(`\n${header}\n\n${table}\n`);
for (const file of own.files)
  console.log(`above the floor: ${file.src} ${kb(file.gzip)} KB gzip${file.portalModules.length ? ` (${file.portalModules.join(', ')})` : ''}`);
if (profile) {
  console.log(`CPU profile of the server (${profile.totalMs} ms sampled, ${profile.busyMs} ms busy; shares of busy time): ${profile.file}`);
  for (const row of profile.packages) if (row.name !== '(idle)') console.log(`  ${String(row.busyShare).padStart(5)} %  ${row.name}`);
  console.log('  top functions (self time):');
  for (const row of profile.functions) if (row.name !== '(idle)') console.log(`  ${String(row.busyShare).padStart(5)} %  ${row.name}`);
}

if (!opts['no-write']) {
  const result = {
    date,
    machine,
    tool: {
      name: TOOL,
      version:
        TOOL === 'wrk' ? spawnSync(WRK!, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0].split(' [')[0] : require('autocannon/package.json').version,
      threads: TOOL === 'wrk' ? THREADS : 1,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      connections: CONNECTIONS,
      encoding: ENCODING,
      note: encodingNote,
    },
    database: {
      ...counts,
      filledWith: opts.articles ? 'db:fill' : opts.db ? opts.db : 'demo seed',
      fillSeconds: fillSeconds === null ? null : round(fillSeconds),
    },
    build: opts.dist,
    urls: { ...pages, floor: '/kk/bench-framework-floor (global 404 page)', searchTerm, searchHits: searchCount, categoryPages },
    targets,
    load: loads,
    notLoaded: skipped,
    loadAverage: { start: loadStart, end: os.loadavg().map((n) => round(n, 2)) },
    uncached,
    memory: {
      restRssMb: restMemory.rssMb,
      afterUncachedRssMb: afterUncached.rssMb,
      peakRssUnderLoadMb: peakUnderLoad,
      vmHwmMb: afterLoad.hwmMb,
      afterLoadRssMb: afterLoad.rssMb,
    },
    weight: { article: articleWeight, floorPage, floor, aboveFloor: own },
    profile,
    table,
  };
  const out = path.resolve(root, opts.out!);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${path.relative(root, out)}`);
}
if (opts.keep) console.log(`Kept ${work} (database, server.log)`);
process.exit(0);
