import path from 'node:path';
import { z } from 'zod';

// Paths and secrets come from the environment with safe defaults; a bad value stops start-up
// with a readable message rather than failing later inside a request.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default('./data/portal.db')
    .transform((value) => value.replace(/^file:/, '')),
  UPLOADS_DIR: z.string().min(1).default('./data/uploads'),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((value) => value.replace(/\/+$/, '')),
  SITE_NAME: z.string().min(1).default('Qamshy'),
  PAGE_REVALIDATE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // The front server (server/): who the client is, the page cache, what shared caches may keep.
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(128),
  SEARCH_CACHE_MB: z.coerce.number().int().min(0).max(1024).default(16),
  CDN_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  CDN_STALE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  PUBLIC_BODY_LIMIT_KB: z.coerce.number().int().min(8).max(1024).default(64),
  ADMIN_BODY_LIMIT_MB: z.coerce.number().int().min(1).max(100).default(11),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  // Reader comments (lib/comments/limits.ts). A fill time of 0 turns the form-start token off.
  COMMENT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
  COMMENT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
  COMMENT_PENDING_PER_ARTICLE: z.coerce.number().int().min(1).max(10_000).default(3),
  COMMENT_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  COMMENT_MAX_LINKS: z.coerce.number().int().min(0).max(1_000).default(2),
  // Signs form tokens and keys client addresses. Unset: a random one is made once and kept in
  // the database, so restarts keep forms and limits valid.
  FORM_SECRET: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, { error: 'FORM_SECRET must be at least 32 characters' }).optional(),
  ),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const value = parsed.data;
  return {
    ...value,
    DATABASE_URL: value.DATABASE_URL === ':memory:' ? value.DATABASE_URL : path.resolve(value.DATABASE_URL),
    UPLOADS_DIR: path.resolve(value.UPLOADS_DIR),
  };
}

export const env = load();
