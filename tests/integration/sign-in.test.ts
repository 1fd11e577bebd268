import { and, eq, like, lt } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ru from '@/messages/ru.json';

// The real action, argon2 and database; only what needs a live Next request is replaced.
const spies = vi.hoisted(() => ({ sessions: [] as number[], verifications: 0 }));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: 'AdminLogin') => createTranslator({ locale: 'ru', messages: ru, namespace }) }));
vi.mock('@/app/admin/_auth/session', () => ({ startSession: async (userId: number) => void spies.sessions.push(userId) }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...real, verifyPassword: (...args: Parameters<typeof real.verifyPassword>) => (spies.verifications++, real.verifyPassword(...args)) };
});

const { db } = await import('@/db/client');
const { loginFailures, users } = await import('@/db/schema');
const { hashPassword } = await import('@/lib/auth/password');
const { withRequestContext } = await import('@/lib/http/request-context');
const { signIn } = await import('@/app/admin/login/actions');
const { BASE_DELAY_MS, FREE_FAILURES, IP_LIMIT, IP_WINDOW_MS, MAX_DELAY_MS, throttleKeys } = await import('@/lib/auth/throttle');
const { purgeOldFailures, reserveSignIn } = await import('@/db/queries/login-failures');

const PASSWORD = 'the-right-password-2026';
const hash = await hashPassword(PASSWORD);
let counter = 0;
function makeEditor() {
  counter += 1;
  const email = `signin${counter}-${Date.now()}@qamshy.test`;
  db.insert(users)
    .values({ email, name: `Editor ${counter}`, slug: `signin-${counter}-${Date.now()}`, role: 'editor', passwordHash: hash })
    .run();
  return email;
}

function attempt(ip: string, email: string, password: string) {
  const form = new FormData();
  form.set('email', email);
  form.set('password', password);
  form.set('next', '/admin/articles');
  return withRequestContext({ id: 't', clientIp: ip }, () =>
    signIn({ status: 'idle' }, form).then(
      (state) => (state.status === 'error' ? state.message : 'no error'),
      (error: Error & { digest?: string }) => (error.digest?.startsWith('NEXT_REDIRECT') ? 'signed in' : Promise.reject(error)),
    ),
  );
}

const rowsOf = (key: string) => db.select().from(loginFailures).where(eq(loginFailures.key, key)).all().length;

beforeEach(() => {
  spies.sessions.length = 0;
  spies.verifications = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

// The clock stands still (argon2 and SQLite still run for real), so a delay cannot run out
// between two attempts on a slow machine and let one through that the test expects refused.
const freezeClock = () => vi.useFakeTimers({ toFake: ['Date'] });

const INVALID = 'Неверная электронная почта или пароль.';

describe('what trips the sign-in throttle', () => {
  it('the account+address pair waits after its free failures; neither the account elsewhere nor the address with other accounts does', async () => {
    freezeClock();
    const email = makeEditor();
    const other = makeEditor();
    for (let i = 0; i < FREE_FAILURES; i++) expect(await attempt('127.0.4.1', email, 'wrong-guess')).toBe(INVALID);
    expect(await attempt('127.0.4.1', email, PASSWORD)).toBe('Слишком много неудачных попыток. Попробуйте через 1 секунду.');
    // Far below its own ceiling, so only the pair can have refused that attempt.
    expect(rowsOf('ip:127.0.4.1')).toBe(FREE_FAILURES);
    expect(FREE_FAILURES).toBeLessThan(IP_LIMIT - 1);
    expect(await attempt('127.0.4.1', other, 'wrong-guess')).toBe(INVALID);
    expect(await attempt('127.0.4.1', other, PASSWORD)).toBe('signed in');
    expect(await attempt('127.0.4.2', email, PASSWORD)).toBe('signed in');
    expect(spies.sessions).toHaveLength(2);
    vi.setSystemTime(Date.now() + BASE_DELAY_MS);
    expect(await attempt('127.0.4.1', email, PASSWORD)).toBe('signed in');
  });

  it('an address meets its ceiling across accounts though no pair of it failed twice; other addresses do not', async () => {
    freezeClock();
    for (let i = 0; i < IP_LIMIT; i++) expect(reserveSignIn(`ceiling-${i}@qamshy.test`, '127.0.5.1').ok).toBe(true);
    const email = makeEditor();
    // A pair with no failure at all, and the right password: refused for the address alone.
    expect(rowsOf(throttleKeys(email, '127.0.5.1').pair)).toBe(0);
    expect(await attempt('127.0.5.1', email, PASSWORD)).toBe('Слишком много неудачных попыток. Попробуйте через 15 минут.');
    expect(spies.verifications).toBe(0);
    expect(await attempt('127.0.5.2', email, PASSWORD)).toBe('signed in');
    // The window slides: once the failures are older than it, the address is let in again.
    vi.setSystemTime(Date.now() + IP_WINDOW_MS - 1);
    expect(reserveSignIn('late@qamshy.test', '127.0.5.1').ok).toBe(false);
    vi.setSystemTime(Date.now() + 1);
    expect(await attempt('127.0.5.1', email, PASSWORD)).toBe('signed in');
  });
});

describe('sign-in throttling', () => {
  it('lets parallel guesses verify no more passwords than the free allowance', async () => {
    freezeClock();
    const email = makeEditor();
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt('127.0.0.9', email, 'wrong-guess')));
    expect(spies.verifications).toBe(FREE_FAILURES);
    expect(answers.filter((a) => a === INVALID)).toHaveLength(FREE_FAILURES);
    const refused = answers.filter((a) => a !== INVALID);
    expect(refused).toHaveLength(20 - FREE_FAILURES);
    for (const answer of refused) expect(answer).toMatch(/^Слишком много неудачных попыток\. Попробуйте через \d+ секунд[уы]?\.$/);
  });

  it('does not stop the editor at another address when a stranger guesses their password', async () => {
    const email = makeEditor();
    await Promise.all(Array.from({ length: 20 }, () => attempt('127.0.0.10', email, 'stranger-guess')));
    // The stranger's address also reaches its ceiling across accounts.
    for (let i = 0; rowsOf('ip:127.0.0.10') < IP_LIMIT; i++) expect(reserveSignIn(`other${i}@qamshy.test`, '127.0.0.10').ok).toBe(true);
    expect(reserveSignIn('one-more@qamshy.test', '127.0.0.10').ok).toBe(false);
    expect(await attempt('127.0.0.10', email, PASSWORD)).toBe('Слишком много неудачных попыток. Попробуйте через 15 минут.');
    expect(await attempt('127.0.0.11', email, PASSWORD)).toBe('signed in');
    expect(spies.sessions).toHaveLength(1);
  });

  it('doubles the wait after each further failure, up to a ceiling', () => {
    const t0 = Date.now();
    const at = (ms: number) => reserveSignIn('delay@qamshy.test', '127.0.1.1', new Date(t0 + ms));
    for (let i = 0; i < FREE_FAILURES; i++) expect(at(0).ok).toBe(true);
    let clock = 0;
    let previous = 0;
    for (let step = 0; step < 14; step++) {
      const refused = at(clock);
      if (refused.ok) throw new Error('an attempt inside the delay was let through');
      expect(refused.waitMs).toBe(Math.min(1000 * 2 ** step, MAX_DELAY_MS));
      expect(refused.waitMs).toBeGreaterThanOrEqual(previous);
      previous = refused.waitMs;
      expect(at(clock + refused.waitMs - 1).ok).toBe(false);
      clock += refused.waitMs;
      expect(at(clock).ok).toBe(true);
    }
    expect(previous).toBe(MAX_DELAY_MS);
  });

  it('starts the pair afresh on success, and keeps the address’s other failures', async () => {
    const email = makeEditor();
    const keys = throttleKeys(email, '127.0.2.1');
    const before = new Date(Date.now() - 60_000);
    for (let i = 0; i < FREE_FAILURES; i++) reserveSignIn(email, '127.0.2.1', before);
    reserveSignIn('someone-else@qamshy.test', '127.0.2.1', before);
    expect(rowsOf(keys.ip)).toBe(FREE_FAILURES + 1);
    expect(await attempt('127.0.2.1', email, PASSWORD)).toBe('signed in');
    expect(rowsOf(keys.pair)).toBe(0);
    expect(rowsOf(keys.ip)).toBe(FREE_FAILURES + 1);
    // Without the reset the pair would owe a delay after its very next failure.
    for (let i = 0; i < FREE_FAILURES; i++) expect(reserveSignIn(email, '127.0.2.1').ok).toBe(true);
  });

  it('purges failures older than a day at sign-in, in bounded batches', async () => {
    const old = new Date(Date.now() - 25 * 3600_000);
    for (let i = 0; i < 5; i++)
      db.insert(loginFailures)
        .values({ key: `ip:purge-test-${i}`, at: old })
        .run();
    const stale = () =>
      db
        .select()
        .from(loginFailures)
        .where(and(like(loginFailures.key, 'ip:purge-test-%'), lt(loginFailures.at, new Date())))
        .all().length;
    expect(purgeOldFailures(new Date(), 2)).toBe(2);
    expect(stale()).toBe(3);
    await attempt('127.0.3.1', 'nobody@qamshy.test', 'whatever');
    expect(stale()).toBe(0);
  });
});
