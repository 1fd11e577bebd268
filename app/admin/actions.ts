'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { ADMIN_LOCALE_COOKIE, routing } from '@/i18n/routing';
import { safeNextPath } from '@/lib/auth/safe-next';
import { currentUser, endSession } from '@/app/admin/_auth/session';

export async function signOut(): Promise<void> {
  const user = await currentUser();
  await endSession();
  if (user) recordAudit(user.id, 'session.signOut', 'session', null);
  redirect('/admin/login');
}

const LocaleChoice = z.object({ locale: z.enum(routing.locales) });

export async function chooseAdminLocale(form: FormData): Promise<void> {
  const choice = LocaleChoice.safeParse({ locale: form.get('locale') });
  if (choice.success) {
    (await cookies()).set(ADMIN_LOCALE_COOKIE, choice.data.locale, { path: '/admin', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
  }
  redirect(safeNextPath(form.get('back')));
}
