import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/admin/password-form';
import { requireUser } from '@/app/admin/_auth/guard';
import { changePasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminAccount'))('title') };
}

export default async function AccountPage() {
  const user = await requireUser('/admin/account');
  const t = await getTranslations('AdminAccount');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-neutral-700">
        {user.name} · {user.email}
      </p>
      <h2 className="text-lg font-bold">{t('changePassword')}</h2>
      <PasswordForm
        action={changePasswordAction}
        labels={{ current: t('current'), next: t('next'), confirm: t('confirm'), hint: t('hint'), submit: t('submit') }}
      />
    </div>
  );
}
