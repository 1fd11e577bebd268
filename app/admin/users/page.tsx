import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NewUserForm } from '@/components/admin/new-user-form';
import { UserRowForm } from '@/components/admin/user-row-form';
import { listUsers } from '@/db/queries/admin-users';
import { requirePermission } from '@/app/admin/_auth/guard';
import { ROLES, type Role } from '@/lib/domain';
import { createUserAction, resetPasswordAction, updateUserAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminUsers'))('title') };
}

export default async function UsersPage() {
  const actor = await requirePermission('user.manage', '/admin/users');
  const users = listUsers(actor);
  if (!users) forbidden();
  const t = await getTranslations('AdminUsers');
  const tRoles = await getTranslations('AdminLayout');
  const roles = Object.fromEntries(ROLES.map((role) => [role, tRoles(`roles.${role}`)])) as Record<Role, string>;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="new-user" className="rounded-lg border border-neutral-200 bg-white p-4">
        <h2 id="new-user" className="mb-3 text-lg font-bold">
          {t('newUser')}
        </h2>
        <NewUserForm
          action={createUserAction}
          labels={{
            email: t('email'),
            name: t('name'),
            role: t('role'),
            password: t('password'),
            passwordHint: t('passwordHint'),
            submit: t('create'),
            ...roles,
          }}
        />
      </section>
      <section aria-labelledby="people">
        <h2 id="people" className="mb-3 text-lg font-bold">
          {t('people', { count: users.length })}
        </h2>
        <ul className="space-y-2">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-neutral-200 bg-white p-3">
              <div>
                <p className="font-semibold">
                  {user.name} {user.active ? null : <span className="ml-1 rounded bg-neutral-200 px-1.5 text-xs">{t('inactive')}</span>}
                </p>
                <p className="text-sm text-neutral-600">
                  {user.email ?? t('noLogin')} · {roles[user.role]} · {t('articles', { count: user.articles })}
                </p>
              </div>
              {user.email && user.id !== actor.id ? (
                <UserRowForm
                  update={updateUserAction.bind(null, user.id)}
                  reset={resetPasswordAction.bind(null, user.id)}
                  user={user}
                  labels={{ role: t('role'), active: t('active'), save: t('save'), reset: t('resetPassword'), ...roles }}
                />
              ) : user.id === actor.id ? (
                <a href="/admin/account" className="text-sm font-semibold text-brand hover:underline">
                  {t('yourAccount')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
