import { describe, expect, it } from 'vitest';
import { clientKey, clientNetwork } from '@/lib/comments/client-key';
import { checkFormToken, issueFormToken } from '@/lib/comments/form-token';
import { commentLimits, judgeCounts } from '@/lib/comments/limits';

const secret = Buffer.from('a test secret of at least 32 characters');
const limits = { minFillMs: 3000, tokenMaxAgeMs: 86_400_000 };

describe('judgeCounts', () => {
  const config = { perMinute: 5, perHour: 30, pendingPerArticle: 3 };
  it.each([
    [{ lastMinute: 4, lastHour: 29, inModerationHere: 2 }, null],
    [{ lastMinute: 5, lastHour: 5, inModerationHere: 0 }, 'tooMany'],
    [{ lastMinute: 0, lastHour: 30, inModerationHere: 0 }, 'tooMany'],
    [{ lastMinute: 0, lastHour: 3, inModerationHere: 3 }, 'tooManyPending'],
    [{ lastMinute: 5, lastHour: 5, inModerationHere: 3 }, 'tooMany'],
  ] as const)('%o → %s', (counts, expected) => {
    expect(judgeCounts(counts, config)).toBe(expected);
  });

  it('reads every limit from the environment values', () => {
    expect(
      commentLimits({
        COMMENT_LIMIT_PER_MINUTE: 2,
        COMMENT_LIMIT_PER_HOUR: 9,
        COMMENT_PENDING_PER_ARTICLE: 1,
        COMMENT_MIN_FILL_SECONDS: 4,
        COMMENT_MAX_LINKS: 0,
      }),
    ).toMatchObject({
      perMinute: 2,
      perHour: 9,
      pendingPerArticle: 1,
      minFillMs: 4000,
      maxLinks: 0,
    });
  });
});

describe('client keys', () => {
  it.each([
    ['127.0.0.2', '127.0.0.2'],
    ['::ffff:127.0.0.2', '127.0.0.2'],
    ['::ffff:7f00:2', '127.0.0.2'],
    ['2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::1.2.3.4', '64:ff9b:0:0::/64'],
    ['', 'unknown'],
    ['unknown', 'unknown'],
  ])('%s belongs to %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });

  it('hashes with the secret and never contains the address', () => {
    const key = clientKey('203.0.113.7', secret);
    expect(key).not.toContain('203.0.113');
    expect(key).toBe(clientKey('203.0.113.7', secret));
    expect(key).not.toBe(clientKey('203.0.113.8', secret));
    expect(key).not.toBe(clientKey('203.0.113.7', Buffer.from('another secret of at least 32 characters')));
  });
});

describe('form-start tokens', () => {
  const now = 1_800_000_000_000;

  it('accepts a token once the minimum fill time has passed, with its nonce', () => {
    const token = issueFormToken(now, secret);
    expect(checkFormToken(token, now + 2999, secret, limits)).toEqual({ ok: false, reason: 'tooFast' });
    expect(checkFormToken(token, now + 3000, secret, limits)).toEqual({ ok: true, nonce: token.split('.')[1] });
    expect(checkFormToken(token, now + 86_400_001, secret, limits)).toEqual({ ok: false, reason: 'expired' });
  });

  it('gives each token its own nonce', () => {
    expect(issueFormToken(now, secret).split('.')[1]).not.toBe(issueFormToken(now, secret).split('.')[1]);
  });

  it('refuses a token whose time, nonce or signature was changed, or signed with another secret', () => {
    const [issued, nonce, signature] = issueFormToken(now, secret).split('.') as [string, string, string];
    const later = now + 60_000;
    const otherNonce = issueFormToken(now, secret).split('.')[1];
    for (const token of [
      `${(now - 60_000).toString(36)}.${nonce}.${signature}`,
      `${issued}.${otherNonce}.${signature}`,
      `${issued}.${nonce}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`,
      issueFormToken(now, Buffer.from('another secret of at least 32 characters')),
      `${issued}.${nonce}.${signature}=`,
      `${issued}.${nonce}`,
      'x'.repeat(5000),
    ]) {
      expect(checkFormToken(token, later, secret, limits), token).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(checkFormToken(undefined, later, secret, limits)).toEqual({ ok: false, reason: 'missing' });
  });
});
