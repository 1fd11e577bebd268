import 'server-only';
import { contentLocale, type AppLocale, type PathLocale } from '@/i18n/routing';
import { parseContentRoute, splitEditionPath } from '@/lib/reader-routes';
import { parseIdSlug } from '@/lib/slug';
import { articlePath } from '@/lib/urls';
import { getReadableArticle, locateReadableArticle, type ArticleView } from './articles';

export type ArticleRoute = { kind: 'show'; article: ArticleView } | { kind: 'redirect'; to: string; permanent: boolean } | { kind: 'missing' };

/** What `/{prefix}/article/{idSlug}` answers: the article, a redirect to where it lives, or a 404. */
export function routeArticle(prefix: PathLocale, idSlug: string): ArticleRoute {
  const edition = contentLocale(prefix);
  const ref = parseIdSlug(idSlug);
  if (!ref) return { kind: 'missing' };
  const article = getReadableArticle(edition, ref.id);
  if (!article) {
    // The id belongs to the other edition (the language switch sends readers here): its
    // translation in this edition, else the article itself where it lives. Not permanent: a
    // translation written later becomes the better answer.
    const elsewhere = locateReadableArticle(ref.id);
    if (!elsewhere) return { kind: 'missing' };
    if (elsewhere.translation?.locale === edition)
      return { kind: 'redirect', to: articlePath(prefix, elsewhere.translation.id, elsewhere.translation.slug), permanent: true };
    return { kind: 'redirect', to: articlePath(elsewhere.locale, elsewhere.id, elsewhere.slug), permanent: false };
  }
  if (ref.slug !== article.slug) return { kind: 'redirect', to: articlePath(prefix, article.id, article.slug), permanent: true };
  return { kind: 'show', article };
}

/**
 * Where the language switch (through /api/edition) sends a reader who chose `edition` while
 * reading `next`: an article's translation in that edition, or the article if it is written in
 * it, else that edition's front page. The article route itself sends a foreign id to the
 * article's own edition, which is right for a link but not for a reader who asked for a language.
 */
export function editionSwitchTarget(edition: AppLocale, next: string): string {
  const path = splitEditionPath(next);
  const route = path && parseContentRoute(path.prefix, path.rest);
  if (route?.kind !== 'article') return next;
  const found = locateReadableArticle(route.id);
  if (!found) return next; // the article route answers 404
  if (found.locale === edition) return articlePath(edition, found.id, found.slug);
  if (found.translation?.locale === edition) return articlePath(edition, found.translation.id, found.translation.slug);
  return `/${edition}`;
}
