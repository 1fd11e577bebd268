import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * A form-start token: when a reader's form became ready, signed, with a nonce so that each token
 * is good for one comment (the comments table keeps the nonce under a unique index).
 * Format: `<issued ms, base 36>.<nonce>.<HMAC-SHA256, base64url>`.
 */
export const FORM_START_COOKIE = 'qamshy_comment_start';

const TOKEN = z.string().regex(/^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/);

function sign(issuedPart: string, nonce: string, secret: Buffer): Buffer {
  return crypto.createHmac('sha256', secret).update(`comment-start\0${issuedPart}\0${nonce}`).digest();
}

export function issueFormToken(now: number, secret: Buffer): string {
  const issued = now.toString(36);
  const nonce = crypto.randomBytes(16).toString('base64url');
  return `${issued}.${nonce}.${sign(issued, nonce, secret).toString('base64url')}`;
}

export type TokenCheck = { ok: true; nonce: string } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'tooFast' };

export function checkFormToken(token: string | undefined, now: number, secret: Buffer, limits: { minFillMs: number; tokenMaxAgeMs: number }): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const parsed = TOKEN.safeParse(token);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const [issuedPart, nonce, signature] = parsed.data.split('.') as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(issuedPart, nonce, secret);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const age = now - parseInt(issuedPart, 36);
  if (age > limits.tokenMaxAgeMs) return { ok: false, reason: 'expired' };
  // A token from the future (clock skew between servers) is simply not old enough yet.
  if (age < limits.minFillMs) return { ok: false, reason: 'tooFast' };
  return { ok: true, nonce };
}
