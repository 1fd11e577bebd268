import crypto from 'node:crypto';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password';
import { roleEnum } from '@/lib/domain';
import { env } from '@/lib/env';
import { slugify } from '@/lib/slug';
import { migrateOrExit } from './migrate-or-exit';

// npm run admin:create -- --email a@b.kz --name "Aigerim" [--password …] (or ADMIN_PASSWORD)
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, role: { type: 'string', default: 'admin' } },
});

const input = z
  .object({
    email: z.email({ error: 'a valid --email is required' }),
    name: z.string().trim().min(2, { error: '--name (2+ characters) is required' }).max(80),
    role: roleEnum(),
  })
  .safeParse(values);
if (!input.success) {
  console.error(`admin:create: ${z.prettifyError(input.error)}\nUsage: npm run admin:create -- --email you@example.kz --name "Your Name" [--password …]`);
  process.exit(2);
}

async function choosePassword(): Promise<{ password: string; generated: boolean }> {
  const given = values.password ?? process.env.ADMIN_PASSWORD;
  if (given) return { password: given, generated: false };
  if (process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`Password for ${input.data!.email} (empty = generate one): `);
    rl.close();
    if (answer) return { password: answer, generated: false };
  }
  return { password: crypto.randomBytes(18).toString('base64url'), generated: true };
}

const { password, generated } = await choosePassword();
if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
  console.error(`admin:create: the password must be ${PASSWORD_MIN}–${PASSWORD_MAX} characters.`);
  process.exit(2);
}

await migrateOrExit(); // works on a fresh database and beside a running server (WAL, busy timeout)
const email = input.data.email.toLowerCase();
const existing = db
  .select({ id: users.id })
  .from(users)
  .where(eq(sql`lower(${users.email})`, email))
  .get();
if (existing) {
  console.error(`admin:create: ${email} already has an account.`);
  process.exit(1);
}
let slug = slugify(input.data.name);
for (let n = 2; db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get(); n++) slug = `${slugify(input.data.name)}-${n}`;
db.insert(users)
  .values({ email, name: input.data.name, slug, role: input.data.role, passwordHash: await hashPassword(password), active: true })
  .run();
console.log(`Created ${input.data.role} ${email} in ${env.DATABASE_URL}.`);
if (generated) console.log(`Generated password (shown once): ${password}`);
