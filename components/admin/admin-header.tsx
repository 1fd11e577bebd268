import { getTranslations } from 'next-intl/server';
import { chooseAdminLocale, signOut } from '@/app/admin/actions';
import type { SessionUser } from '@/db/queries/sessions';
import { can } from '@/lib/auth/permissions';

export async function AdminHeader({ user, locale }: { user: SessionUser | null; locale: string }) {
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
            <a href="/admin/articles" className="hover:underline">
              {t('articles')}
            </a>
            <a href="/admin/articles/new" className="hover:underline">
              {t('newArticle')}
            </a>
            <a href="/admin/media" className="hover:underline">
              {t('media')}
            </a>
            {can(user, 'comment.moderate') ? (
              <a href="/admin/comments" className="hover:underline">
                {t('comments')}
              </a>
            ) : null}
            {can(user, 'taxonomy.manage') ? (
              <a href="/admin/categories" className="hover:underline">
                {t('taxonomy')}
              </a>
            ) : null}
            {can(user, 'user.manage') ? (
              <a href="/admin/users" className="hover:underline">
                {t('users')}
              </a>
            ) : null}
            {can(user, 'audit.view') ? (
              <a href="/admin/audit" className="hover:underline">
                {t('audit')}
              </a>
            ) : null}
            <a href="/admin/account" className="hover:underline">
              {t('account')}
            </a>
            <a href="/kk" className="hover:underline">
              {t('viewSite')}
            </a>
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
