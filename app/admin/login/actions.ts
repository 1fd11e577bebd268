'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { safeNextPath } from '@/lib/auth/safe-next';
import { startSession } from '@/app/admin/_auth/session';
import { authenticate } from '@/db/queries/sign-in';
import { answerWithStatus, requestClientIp } from '@/lib/http/request-context';
import { refused, type ActionState } from '@/lib/validation/action-state';

const credentials = z.object({ email: z.string().trim().max(320), password: z.string().min(1).max(1000) });

export async function signIn(_prev: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations('AdminLogin');
  const email = String(form.get('email') ?? '').trim();
  // The address comes back as typed; the password never does. One message for every refusal
  // of the pair, so the form tells nobody which accounts exist.
  const refuse = (message: string, reason: string) => refused(form, message, { values: { email }, reason });
  const parsed = credentials.safeParse({ email, password: form.get('password') });
  if (!parsed.success) return refuse(t('invalid'), 'invalid');
  const ip = requestClientIp();
  const result = await authenticate(parsed.data.email, parsed.data.password, ip);
  if (!result.ok) {
    if (result.reason === 'invalid') return refuse(t('invalid'), 'invalid');
    // Rounded up, so "wait 1 minute" never means 61 seconds.
    const seconds = Math.ceil(result.waitMs / 1000);
    const error = seconds < 60 ? t('throttledSeconds', { count: seconds }) : t('throttledMinutes', { count: Math.ceil(seconds / 60) });
    answerWithStatus(429); // the sign-in page with its message, as Too Many Requests
    return refuse(error, 'throttled');
  }
  await startSession(result.account.id);
  recordAudit(result.account.id, 'session.signIn', 'session', null, ip);
  redirect(safeNextPath(form.get('next')));
}
