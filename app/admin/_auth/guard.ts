import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { SessionUser } from '@/db/queries/sessions';
import { can, type Action } from '@/lib/auth/permissions';
import { currentUser } from './session';

/** Every admin page and action starts here: no session → sign-in page, which returns to `from`. */
export async function requireUser(from = '/admin'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/login?next=${encodeURIComponent(from)}`);
  return user;
}

export async function requirePermission(action: Action, from = '/admin'): Promise<SessionUser> {
  const user = await requireUser(from);
  if (!can(user, action)) forbidden();
  return user;
}
