import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from '../helpers/accounts';
import { e2eDb } from '../helpers/e2e-db';
import { signInRaw } from '../helpers/raw-admin';
import { commentsMarked, formToken, minFillMs, newArticles, postRawComment, sleep } from '../helpers/raw-comments';
import { formsIn, formWith, get, multipart, submit, visibleText, withValues, type Client } from '../helpers/raw-forms';
import { loopback, ORIGIN, rawRequest } from '../helpers/raw-http';
import { notLocalized } from '../helpers/security-checks';
import { uiText } from '../e2e/pages/ui-text';

/* Cross-origin mutations, session fixation and replay, and sign-in guessing. */

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

test.describe('cross-origin mutations', () => {
  test('a comment posted with a foreign Origin → 403, localized, nothing saved; the same post from the site is accepted', async () => {
    const address = loopback(214);
    const [article] = newArticles(1);
    const token = await formToken(address);
    await sleep(minFillMs() + 300);
    const marker = `csrf-comment-${Date.now()}`;
    for (const origin of ['http://evil.example', `http://127.0.0.1:${Number(process.env.E2E_PORT) + 1}`, `${ORIGIN()}.evil.example`]) {
      const refused = await postRawComment({ address, article, token, name: 'Бөтен', body: `${marker} ${origin}`, headers: { origin } });
      expect(refused.response.status, `Origin ${origin}`).toBe(403);
      expect(notLocalized(refused.response), `Origin ${origin}: a localized page`).toBeNull();
    }
    expect(commentsMarked(marker), 'nothing saved from another origin').toEqual([]);
    // The very same request from the site's own origin goes through, so the 403 was the Origin's doing.
    const accepted = await postRawComment({ address, article, token, name: 'Өзіміз', body: `${marker} same-origin` });
    expect(accepted.outcome).toBe('accepted');
    expect(commentsMarked(marker)).toHaveLength(1);
  });

  test('an admin action with a valid session but a foreign Origin → 403 (not 500), nothing changed', async () => {
    const admin = await signInRaw(loopback(217), 'admin');
    const email = `csrf${Date.now()}@qamshy.test`;
    const page = await get(admin, '/admin/users');
    const form = formWith(page.text, 'email');
    const fields = withValues(form, { email, name: 'Бөтен Қолданушы', role: 'admin', password: 'csrf-password-2026!' });
    const hasUser = () => {
      const db = e2eDb();
      try {
        return db.prepare('select count(*) as n from users where email = ?').get(email) as { n: number };
      } finally {
        db.close();
      }
    };
    // The no-JavaScript form post, and the fetch a script would send (Next-Action header).
    for (const origin of ['http://evil.example', 'null']) {
      const refused = await submit(admin, form.action || '/admin/users', fields, { origin });
      expect.soft(refused.status, `form post, Origin ${origin}`).toBe(403);
      expect(hasUser().n, `no account created from Origin ${origin}`).toBe(0);
    }
    const actionId = JSON.parse(fields.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![1]).id as string;
    const { body, contentType } = multipart([
      ['1_email', email],
      ['1_name', 'x'],
      ['1_role', 'admin'],
      ['1_password', 'csrf-password-2026!'],
      ['0', '["$K1"]'],
    ]);
    const scripted = await rawRequest({
      method: 'POST',
      path: '/admin/users',
      localAddress: admin.address,
      body,
      headers: {
        'content-type': contentType,
        'next-action': actionId,
        origin: 'http://evil.example',
        cookie: `qamshy_session=${admin.jar.qamshy_session}`,
        accept: 'text/x-component',
      },
    });
    expect(scripted.status, 'Next-Action fetch from another origin').toBe(403);
    expect(hasUser().n).toBe(0);
    // From the site itself the same form works.
    const accepted = await submit(admin, form.action || '/admin/users', fields);
    expect(accepted.status).toBe(200);
    expect(hasUser().n).toBe(1);
  });
});

test.describe('sessions', () => {
  test('a cookie planted before sign-in is not the session after it; a replayed cookie after sign-out fails', async () => {
    const planted = crypto.randomBytes(32).toString('base64url');
    const client = await signInRaw(loopback(218), 'editor', { qamshy_session: planted });
    const issued = client.jar.qamshy_session;
    expect(issued, 'sign-in issues a new session id').not.toBe(planted);
    expect(client.answer.setCookies.join('\n')).toMatch(/qamshy_session=[^;]+;.*HttpOnly/i);
    expect(client.answer.setCookies.join('\n')).toMatch(/SameSite=lax/i);
    const db = e2eDb();
    expect(db.prepare('select count(*) as n from sessions where id_hash in (?, ?)').get(sha256(planted), planted), 'the planted value is no session').toEqual({
      n: 0,
    });
    expect(db.prepare('select count(*) as n from sessions where id_hash = ?').get(sha256(issued)), 'only a hash of the new id is stored').toEqual({ n: 1 });
    db.close();
    const asPlanted = await rawRequest({ path: '/admin/articles', localAddress: client.address, headers: { cookie: `qamshy_session=${planted}` } });
    expect(asPlanted.status, 'the planted cookie opens nothing').toBe(307);
    expect(asPlanted.headers.location).toMatch(/^\/admin\/login/);
    expect((await get(client, '/admin/articles')).status, 'the issued cookie works').toBe(200);

    // Sign out with the header's button form, then replay the old cookie.
    const page = await get(client, '/admin/articles');
    const signOut = formsIn(page.text).find((form) => form.fields.length === 1 && form.fields[0][0].startsWith('$ACTION_ID_') && /Шығу|Выйти/.test(form.html));
    expect(signOut, 'a sign-out form').toBeTruthy();
    const out = await submit(client, signOut!.action || '/admin/articles', signOut!.fields);
    expect(out.status).toBe(303);
    const replay = await rawRequest({ path: '/admin/articles', localAddress: client.address, headers: { cookie: `qamshy_session=${issued}` } });
    expect(replay.status, 'the old cookie after sign-out').toBe(307);
    expect(replay.headers.location).toMatch(/^\/admin\/login/);
    const db2 = e2eDb();
    expect(db2.prepare('select count(*) as n from sessions where id_hash = ?').get(sha256(issued)), 'the session row is gone').toEqual({ n: 0 });
    db2.close();
  });
});

test.describe('sign-in guessing', () => {
  test('20 parallel wrong guesses for one account from one address: all but the free few refused unverified; the real editor still signs in', async () => {
    const attacker: Client = { address: loopback(220), jar: {} };
    const account = ACCOUNTS.editor;
    const page = await get(attacker, '/admin/login');
    const form = formWith(page.text, 'password');
    const failuresKey = `pair:${account.email}|${attacker.address}`;
    const failuresOf = () => {
      const db = e2eDb();
      try {
        return (db.prepare('select count(*) as n from login_failures where key = ?').get(failuresKey) as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const failuresBefore = failuresOf();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submit({ address: attacker.address, jar: {} }, form.action || '/admin/login', withValues(form, { email: account.email, password: `wrong-guess-${i}` })),
      ),
    );
    const invalid = uiText('kk', 'AdminLogin')('invalid');
    const throttled = /Сәтсіз әрекеттер тым көп|Слишком много неудачных/;
    const outcomes = answers.map((answer) => {
      const text = visibleText(answer.text);
      return { status: answer.status, ms: answer.ms, kind: text.includes(invalid) ? 'wrong' : throttled.test(text) ? 'throttled' : 'other' };
    });
    const wrong = outcomes.filter((o) => o.kind === 'wrong');
    const refused = outcomes.filter((o) => o.kind === 'throttled');
    const recorded = failuresOf() - failuresBefore;
    const median = (list: { ms: number }[]) => list.map((o) => o.ms).sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
    console.log(
      `sign-in guessing, ${Date.now() - started} ms: sent 20, verified (wrong password) ${wrong.length} (median ${median(wrong)} ms), refused unverified ${refused.length} (median ${median(refused)} ms), other ${outcomes.length - wrong.length - refused.length}; failures recorded ${recorded}`,
    );
    expect(
      outcomes.filter((o) => o.kind === 'other' || o.status >= 500),
      'every guess answered with one of the two messages',
    ).toEqual([]);
    expect(wrong.length, 'only the free attempts reach the password check').toBeLessThanOrEqual(5);
    expect(refused.length).toBe(20 - wrong.length);
    expect(
      refused.map((o) => o.status).filter((status) => status !== 429),
      'a throttled sign-in answers 429',
    ).toEqual([]);
    // Attempts are recorded before the check; refused ones are never verified, so never recorded.
    expect(recorded, 'failures recorded = guesses verified').toBe(wrong.length);

    const real = await signInRaw(loopback(221), 'editor');
    expect(real.answer.status, 'the editor signs in from their own address').toBe(303);
  });
});
