import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Runs in each test file's module graph before the file itself: test files run in parallel
// forks and write (approve "the first pending comment", deactivate admins, hold a write lock),
// so each gets its own copy of the template the global setup built. It must run before anything
// imports @/db/client, which opens DATABASE_URL once, at import, through lib/env.ts.
const template = process.env.QAMSHY_TEMPLATE_DB;
if (!template) throw new Error('QAMSHY_TEMPLATE_DB is unset: run the tests through vitest.config.ts');
if ((globalThis as { qamshyDb?: unknown }).qamshyDb) {
  throw new Error('@/db/client was opened before the per-file database copy was made');
}
const copy = path.join(path.dirname(template), `file-${process.pid}-${crypto.randomUUID()}.db`);
fs.copyFileSync(template, copy);
process.env.DATABASE_URL = copy;
