import type { Page } from '@playwright/test';
import { PATH_LOCALES, type Edition } from '../../../lib/domain';
import { CommentForm } from './comment-form';
import { editionOf, escapeRegExp, uiText, type UiLocale } from './ui-text';

export type ArticleRef = { id: number; slug: string; locale: string };

/** `/{view}/article/{id}-{slug}`: `view` is the article's edition, or kk-latn or kk-arab for a Kazakh one. */
export const articleUrl = (article: ArticleRef, view: string = article.locale) => `/${view}/article/${article.id}-${article.slug}`;

// Under every URL prefix the app has (lib/domain.ts): the editions and the script views.
const ARTICLE_URL = new RegExp(`^/(${PATH_LOCALES.map(escapeRegExp).join('|')})/article/(\\d+)-([^/?#]+)$`);

/** A reader's article page. */
export class ArticlePage {
  readonly url: string;
  readonly comments: CommentForm;

  constructor(
    readonly page: Page,
    readonly article: ArticleRef,
    readonly view: UiLocale = article.locale as Edition,
  ) {
    this.url = articleUrl(article, view);
    this.comments = new CommentForm(page, view);
  }

  /** The page a reader's URL names (e.g. the editor's "view on site" link). */
  static at(page: Page, url: string): ArticlePage {
    const match = ARTICLE_URL.exec(url);
    if (!match) throw new Error(`not an article URL: ${url}`);
    const view = match[1] as UiLocale;
    return new ArticlePage(page, { id: Number(match[2]), slug: match[3], locale: editionOf(view) }, view);
  }

  async goto() {
    return this.page.goto(this.url);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get body() {
    return this.page.locator('.article-body');
  }

  /** The approved comments shown to readers. */
  get commentList() {
    return this.page.locator('#comments');
  }

  /** The link to the other edition's translation (or front page) in the header's language switch. */
  get switchEdition() {
    const t = uiText(this.view, 'LocaleSwitch');
    return this.page.getByRole('navigation', { name: t('label') }).getByRole('link', { name: t('switchTo') });
  }

  /** The link in the article to its translation ("Орыс тіліндегі нұсқасы"). */
  get translationLink() {
    return this.page.getByRole('link', { name: uiText(this.view, 'ArticlePage')('translationLink') });
  }
}
