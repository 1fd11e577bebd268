import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-header';
import { currentUser } from '@/app/admin/_auth/session';
import { chooseAdminLocale, signOut } from './actions';
import '../globals.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminLayout');
  return { title: { default: t('title'), template: `%s | ${t('title')}` }, robots: { index: false, follow: false } };
}

// Root layout #2: the editors' area has no edition prefix; its language comes from a cookie.
export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  const [locale, user] = await Promise.all([getLocale(), currentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-neutral-50 text-neutral-900">
        <AdminHeader user={user} locale={locale} chooseAdminLocale={chooseAdminLocale} signOut={signOut} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
