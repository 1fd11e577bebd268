'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { findAccountByEmail } from '@/db/queries/accounts';
import { recordAudit } from '@/db/queries/audit';
import { clientIp } from '@/lib/auth/client-ip';
import { verifyPassword } from '@/lib/auth/password';
import { safeNextPath } from '@/lib/auth/safe-next';
import { startSession } from '@/lib/auth/session';
import { isThrottled, noteFailure, noteSuccess, throttleKeys } from '@/lib/auth/throttle';

export type LoginState = { error?: string; email: string };

const credentials = z.object({ email: z.string().trim().max(320), password: z.string().min(1).max(1000) });

export async function signIn(_prev: LoginState, form: FormData): Promise<LoginState> {
  const t = await getTranslations('AdminLogin');
  const email = String(form.get('email') ?? '').trim();
  const parsed = credentials.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return { error: t('invalid'), email };
  const h = await headers();
  const ip = clientIp(h.get('x-forwarded-for'), h.get('x-real-ip'));
  const keys = throttleKeys(parsed.data.email, ip);
  if (isThrottled(keys)) return { error: t('throttled'), email };

  const account = findAccountByEmail(parsed.data.email);
  const ok = await verifyPassword(account?.passwordHash, parsed.data.password);
  // One message for unknown email, wrong password and deactivated account: no user enumeration.
  if (!account || !ok || !account.active) {
    noteFailure(keys);
    return { error: t('invalid'), email };
  }
  noteSuccess(keys);
  await startSession(account.id);
  recordAudit(account.id, 'session.signIn', 'session', null, ip);
  redirect(safeNextPath(form.get('next')));
}
