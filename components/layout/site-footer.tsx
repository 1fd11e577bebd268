import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/db/queries/taxonomy';
import { ARABIC, languageTag, LATIN, type PathLocale } from '@/i18n/routing';
import { readingView } from '@/lib/reading-view';
import { categoryPath } from '@/lib/urls';

const SCRIPT_VIEWS = [
  { prefix: LATIN, lang: languageTag(LATIN), key: 'latin' },
  { prefix: ARABIC, lang: languageTag(ARABIC), key: 'arabic' },
] as const;

export async function SiteFooter({ locale }: { locale: PathLocale }) {
  const view = readingView(locale);
  const [t, tSwitch] = await Promise.all([getTranslations({ locale, namespace: 'SiteFooter' }), getTranslations({ locale, namespace: 'LocaleSwitch' })]);
  const categories = listCategories(view.edition).map(view.named);
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-neutral-100 text-sm text-neutral-700">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="text-2xl font-black text-brand-dark">Qamshy</p>
          <p className="mt-2">{t('about')}</p>
        </div>
        <nav aria-label={t('sections')}>
          <h2 className="font-bold text-neutral-900">{t('sections')}</h2>
          <ul className="mt-2 grid grid-cols-2 gap-1">
            {categories.map((category) => (
              <li key={category.id}>
                <a href={categoryPath(locale, category.slug)} className="hover:text-brand hover:underline">
                  {category.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('editions')}>
          <h2 className="font-bold text-neutral-900">{t('editions')}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <a href="/kk" hrefLang="kk" lang="kk" className="hover:text-brand hover:underline">
                Қазақша
              </a>
              {/* The Kazakh edition's script views, each named in its own script as in the header's switch. */}
              <ul className="mt-1 flex flex-wrap gap-x-4 ps-3">
                {SCRIPT_VIEWS.map(({ prefix, lang, key }) => (
                  <li key={prefix}>
                    <a href={`/${prefix}`} hrefLang={lang} lang={lang} className="hover:text-brand hover:underline">
                      {tSwitch(key)}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <a href="/ru" hrefLang="ru" lang="ru" className="hover:text-brand hover:underline">
                Русский
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-neutral-200 px-4 py-4 text-center">{t('copyright', { year: new Date().getFullYear() })}</p>
    </footer>
  );
}
