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
