import path from 'node:path';
import { z } from 'zod';

// Paths and secrets come from the environment with safe defaults; a bad value stops start-up
// with a readable message rather than failing later inside a request.
const unset = <T extends z.ZodType>(inner: T) => z.preprocess((value) => (value === '' ? undefined : value), inner);
const httpUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }).transform((value) => value.replace(/\/+$/, ''));
const TELEGRAM_CHAT = /^(@[A-Za-z][\w]{3,}|-?\d{1,20})$/;

const schema = z
  .object({
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
    PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
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
    // Distribution (server/delivery-worker.ts): each target is on only when configured.
    TELEGRAM_BOT_TOKEN: unset(
      z
        .string()
        .regex(/^\d+:[\w-]+$/, { error: 'TELEGRAM_BOT_TOKEN must look like 123456:ABC-def (from @BotFather)' })
        .optional(),
    ),
    TELEGRAM_CHAT_KK: unset(z.string().regex(TELEGRAM_CHAT, { error: 'TELEGRAM_CHAT_KK must be @channelname or a numeric chat id' }).optional()),
    TELEGRAM_CHAT_RU: unset(z.string().regex(TELEGRAM_CHAT, { error: 'TELEGRAM_CHAT_RU must be @channelname or a numeric chat id' }).optional()),
    TELEGRAM_API_URL: httpUrl('TELEGRAM_API_URL').default('https://api.telegram.org'),
    INDEXNOW_KEY: unset(
      z
        .string()
        .regex(/^[a-zA-Z0-9-]{8,128}$/, { error: 'INDEXNOW_KEY must be 8 to 128 letters, digits or dashes' })
        .optional(),
    ),
    INDEXNOW_ENDPOINT: httpUrl('INDEXNOW_ENDPOINT').default('https://yandex.com/indexnow'),
    WEBHOOK_URLS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpUrl('each of WEBHOOK_URLS')).max(20, { error: 'WEBHOOK_URLS: at most 20 URLs' })),
    WEBHOOK_SECRET: unset(z.string().min(16, { error: 'WEBHOOK_SECRET must be at least 16 characters' }).optional()),
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  })
  .refine((value) => value.WEBHOOK_URLS.length === 0 || !!value.WEBHOOK_SECRET, {
    error: 'WEBHOOK_SECRET is required when WEBHOOK_URLS is set',
    path: ['WEBHOOK_SECRET'],
  });

export type Env = z.infer<typeof schema>;

/** Exported for tests of the rules; the app uses `env`, read once at start-up. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
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

export const env = loadEnv();
