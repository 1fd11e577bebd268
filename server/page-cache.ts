import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** A stored answer: the identity bytes and their pre-compressed variants, with what the headers need. */
export type CachedPage = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly gzip: Buffer | null;
  readonly br: Buffer | null;
  readonly etag: string;
  readonly storedAt: number;
  /** Until then the entry is fresh; after it, served once more while a refresh runs. */
  readonly freshUntil: number;
  /** Past this the entry is never served. */
  readonly expiresAt: number;
  readonly size: number;
};

// Below this a compressed variant saves less than its own headers cost.
const MIN_COMPRESS_BYTES = 1024;

export async function makeEntry(
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  freshMs: number,
  staleMs: number,
  now = Date.now(),
): Promise<CachedPage> {
  const compressible =
    body.length >= MIN_COMPRESS_BYTES && /^(text\/|application\/(json|xml|rss\+xml|javascript|manifest\+json)|image\/svg)/.test(headers['content-type'] ?? '');
  // Both variants run on libuv's thread pool, off the event loop; brotli 5 is close to 11 in size for HTML at a tenth of the time.
  const [gz, br] = compressible
    ? await Promise.all([
        gzip(body, { level: 6 }),
        brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ])
    : [null, null];
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  const size = body.length + (gz?.length ?? 0) + (br?.length ?? 0) + 512;
  return { status, headers, body, gzip: gz, br, etag, storedAt: now, freshUntil: now + freshMs, expiresAt: now + freshMs + staleMs, size };
}

/**
 * Whole answers for anonymous readers, bounded by bytes, least recently used out first.
 * One instance per process, found by the app through globalThis (lib/http/page-cache-bridge.ts),
 * so an editor's change purges it the moment the server action commits.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now >= entry.expiresAt) {
      this.delete(key);
      return undefined;
    }
    // Map keeps insertion order: re-inserting marks it most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Generation at the time a render started: a purge in between means its result may be stale. */
  currentGeneration(): number {
    return this.generation;
  }

  set(key: string, entry: CachedPage, startedGeneration: number): boolean {
    if (startedGeneration !== this.generation) return false;
    if (entry.size > this.maxBytes / 8) return false; // one huge page must not empty the cache
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** Everything reader-facing, or only keys with the given prefixes (e.g. one article's pages). */
  purge(prefixes?: readonly string[]): number {
    this.generation += 1;
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith('static:')) continue; // hashed build assets never change within a build
      if (!prefixes || prefixes.some((prefix) => key.startsWith(prefix))) {
        this.delete(key);
        removed += 1;
      }
    }
    return removed;
  }

  stats() {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, hits: this.hits, misses: this.misses, generation: this.generation };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
