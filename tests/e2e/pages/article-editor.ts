import { expect, type Page } from '@playwright/test';
import type { Edition } from '../../../lib/domain';
import { uiText, type Messages } from './ui-text';

type FormMessages = Messages['AdminArticleForm'];
export type FieldName = keyof FormMessages['fields'];
export type Intent = keyof FormMessages['intents'];
export type Saved = keyof FormMessages['saved'];
export type Draft = { title: string; body: string; category: string; locale?: Edition; lead?: string; tags?: string };

/** /admin/articles/new and /admin/articles/{id}: the article form and what surrounds it. */
export class ArticleEditor {
  readonly t;

  constructor(
    readonly page: Page,
    readonly locale: Edition = 'kk',
  ) {
    this.t = uiText(locale, 'AdminArticleForm');
  }

  /** A field by its label; `name` is the form field (title, body, categoryId…). */
  field(name: FieldName) {
    return this.page.getByLabel(this.t(`fields.${name}`), { exact: true });
  }

  get title() {
    return this.field('title');
  }

  get body() {
    return this.field('body');
  }

  get edition() {
    return this.field('locale');
  }

  get category() {
    return this.field('categoryId');
  }

  /** The error shown under a field (server-rendered, so also without JavaScript). */
  errorOf(name: FieldName) {
    return this.page.locator(`#article-${name}-error`);
  }

  button(intent: Intent) {
    return this.page.getByRole('button', { name: this.t(`intents.${intent}`), exact: true });
  }

  get libraryButton() {
    return this.page.getByRole('button', { name: this.t('library') });
  }

  /** The notice after a save ("Мақала жарияланды."). */
  get status() {
    return this.page.getByRole('status');
  }

  async expectSaved(what: Saved) {
    await expect(this.status).toHaveText(this.t(`saved.${what}`));
  }

  get previewButton() {
    return this.page.getByRole('button', { name: this.t('preview.show'), exact: true });
  }

  get hidePreviewButton() {
    return this.page.getByRole('button', { name: this.t('preview.hide') });
  }

  get preview() {
    return this.page.getByRole('region', { name: this.t('preview.title') });
  }

  get viewOnSite() {
    return this.page.getByRole('link', { name: uiText(this.locale, 'AdminArticles')('view') });
  }

  revisionsLink(count: number) {
    return this.page.getByRole('link', { name: uiText(this.locale, 'AdminRevisions')('link', { count }) });
  }

  async gotoNew() {
    await this.page.goto('/admin/articles/new');
  }

  async fill(draft: Draft) {
    await this.title.fill(draft.title);
    if (draft.lead !== undefined) await this.field('lead').fill(draft.lead);
    await this.body.fill(draft.body);
    if (draft.locale) await this.edition.selectOption(draft.locale);
    await this.category.selectOption({ label: draft.category });
    if (draft.tags !== undefined) await this.field('tags').fill(draft.tags);
  }

  /**
   * Opens a new form, fills it, presses the intent's button (or "save and pick from the library")
   * and returns the id of the saved article.
   */
  async write(draft: Draft, intent: Intent | 'library' = 'publish'): Promise<number> {
    await this.gotoNew();
    await this.fill(draft);
    await (intent === 'library' ? this.libraryButton : this.button(intent)).click();
    await expect(this.page).toHaveURL(/\/admin\/(articles\/\d+|media\?pick=\d+)/);
    return this.idFromUrl();
  }

  idFromUrl(): number {
    const id = /\/admin\/articles\/(\d+)/.exec(this.page.url())?.[1] ?? /[?&]pick=(\d+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no article id in ${this.page.url()}`);
    return Number(id);
  }

  /** The reader's URL of the saved article, from "view on site". */
  async readerHref(): Promise<string> {
    const href = await this.viewOnSite.getAttribute('href');
    if (!href) throw new Error('no "view on site" link');
    return href;
  }
}
