import 'server-only';
import crypto from 'node:crypto';
import { env } from '@/lib/env';
import { storedSecret } from './app-secrets';

let cached: Buffer | undefined;

/**
 * The key for form tokens and client-address hashes: FORM_SECRET when set, otherwise a random
 * value made once and kept in the database (a restart must not invalidate open forms or reset
 * the limits, and a key written in the code would let anyone forge tokens).
 */
export function formSecret(): Buffer {
  cached ??= Buffer.from(env.FORM_SECRET ?? storedSecret('form', () => crypto.randomBytes(32).toString('base64url')), 'utf8');
  return cached;
}
