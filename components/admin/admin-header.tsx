import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/db/queries/sessions';
import { refusedSection } from '@/lib/auth/admin-sections';

// Links a role may not open are left out by the same rule the proxy refuses them with.
const NAV = [
  ['/admin/articles', 'articles'],
  ['/admin/articles/new', 'newArticle'],
  ['/admin/front', 'front'],
  ['/admin/media', 'media'],
  ['/admin/comments', 'comments'],
  ['/admin/deliveries', 'deliveries'],
  ['/admin/categories', 'taxonomy'],
  ['/admin/users', 'users'],
  ['/admin/audit', 'audit'],
  ['/admin/account', 'account'],
  ['/kk', 'viewSite'],
] as const;

type FormAction = (form: FormData) => Promise<void>;
// The layout passes its server actions in: components do not import app/.
type Props = { user: SessionUser | null; locale: string; chooseAdminLocale: FormAction; signOut: FormAction };

export async function AdminHeader({ user, locale, chooseAdminLocale, signOut }: Props) {
  const t = await getTranslations('AdminLayout');
  const other = locale === 'kk' ? 'ru' : 'kk';
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href="/admin" className="text-xl font-black">
          Qamshy <span className="font-semibold text-white/80">· {t('title')}</span>
        </a>
        {user ? (
          <nav aria-label={t('menu')} className="flex flex-wrap gap-4 text-sm font-semibold">
            {NAV.filter(([href]) => !refusedSection(href, user)).map(([href, key]) => (
              <a key={href} href={href} className="hover:underline">
                {t(key)}
              </a>
            ))}
          </nav>
        ) : null}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <form action={chooseAdminLocale}>
            <input type="hidden" name="locale" value={other} />
            <input type="hidden" name="back" value="/admin" />
            <button type="submit" lang={other} className="rounded-full border border-white/60 px-3 py-1 font-semibold hover:bg-white hover:text-brand-dark">
              {other === 'ru' ? 'Русский' : 'Қазақша'}
            </button>
          </form>
          {user ? (
            <>
              <span className="text-white/90">{t('signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</span>
              <form action={signOut}>
                <button type="submit" className="rounded-md bg-white px-3 py-1 font-semibold text-brand-dark hover:bg-neutral-100">
                  {t('signOut')}
                </button>
              </form>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}
