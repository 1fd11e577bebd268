import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form';
import { safeNextPath } from '@/lib/auth/safe-next';
import { currentUser } from '@/app/admin/_auth/session';
import { signIn } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminLogin');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: PageProps<'/admin/login'>) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const t = await getTranslations('AdminLogin');
  return (
    <div className="mx-auto mt-16 max-w-sm rounded-lg border border-neutral-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-sm text-neutral-600">{t('intro')}</p>
      <LoginForm action={signIn} next={next} labels={{ email: t('email'), password: t('password'), submit: t('submit') }} />
    </div>
  );
}
