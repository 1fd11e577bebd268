import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { findAccountByEmail } from './accounts';
import { purgeOldFailures, reserveSignIn, signInSucceeded } from './login-failures';
import { purgeExpiredSessions } from './sessions';

export type Authentication =
  { ok: true; account: { id: number; name: string } } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; waitMs: number };

// Nothing else runs on a schedule: each sign-in removes a bounded batch of dead rows.
const PURGE_BATCH = 200;

/** Checks a password under the sign-in throttle; knows nothing of cookies or messages. */
export async function authenticate(email: string, password: string, ip: string): Promise<Authentication> {
  purgeExpiredSessions(new Date(), PURGE_BATCH);
  purgeOldFailures(new Date(), PURGE_BATCH);
  const attempt = reserveSignIn(email, ip);
  if (!attempt.ok) return { ok: false, reason: 'throttled', waitMs: attempt.waitMs };
  const account = findAccountByEmail(email);
  const ok = await verifyPassword(account?.passwordHash, password);
  // One answer for unknown email, wrong password and deactivated account: no user enumeration.
  if (!account || !ok || !account.active) return { ok: false, reason: 'invalid' };
  signInSucceeded(attempt);
  return { ok: true, account: { id: account.id, name: account.name } };
}
