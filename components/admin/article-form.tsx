'use client';

import { useActionState, useState, type ComponentProps } from 'react';
import { EDITION_NAMES, EDITIONS } from '@/lib/domain';
import { MAX_UPLOAD_BYTES, thumbnailPath } from '@/lib/images/thumbnail-name';
import { IDLE, type ActionState } from '@/lib/validation/action-state';
import type { ArticleField, ArticleFormValues } from '@/lib/validation/article';
import { MarkdownPreview } from './markdown-preview';

type Option = { id: number; locale: string; name: string };
type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  permalink: string;
  initial: ArticleFormValues;
  categories: Option[];
  intents: { value: string; label: string; primary?: boolean }[];
  labels: Record<string, string>;
  previewLabels: ComponentProps<typeof MarkdownPreview>['labels'];
  /** Present for editors only: other-edition articles this one may be paired with. */
  translations: { id: number; title: string }[] | null;
  authors: { id: number; name: string }[] | null;
};

export function ArticleForm({ action, permalink, initial, categories, intents, labels, previewLabels, translations, authors }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, permalink);
  const values: Partial<ArticleFormValues> = state.status === 'error' ? state.values : initial;
  const [body, setBody] = useState(values.body ?? '');
  const errors = state.status === 'error' ? state.errors : {};
  const field = (name: ArticleField) => ({
    id: `article-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `article-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`article-${name}-error`} className="mt-1 text-sm text-accent">
        {errors[name]}
      </p>
    ) : null;
  const label = (name: string) => (
    <label htmlFor={`article-${name}`} className="block font-semibold">
      {labels[name]}
    </label>
  );

  return (
    // A failed save remounts the fields with what the editor typed: React resets a form after
    // its action, and a reset <select> would otherwise fall back to its first option.
    <form key={state.status === 'error' ? state.attempt : 0} action={formAction} className="mt-4 grid gap-6 lg:grid-cols-3" noValidate>
      <div className="space-y-4 lg:col-span-2">
        {/* Enter in a field submits the first submit button: keep that a plain save, not the library button below. */}
        <button type="submit" name="intent" value="save" hidden tabIndex={-1} />
        <input type="hidden" name="version" value={values.version ?? '0'} />
        {state.status === 'error' ? (
          <p role="alert" className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
            {state.message}
          </p>
        ) : null}
        <div>
          {label('title')}
          <input type="text" {...field('title')} className="admin-input text-lg font-semibold" maxLength={300} />
          {error('title')}
        </div>
        <div>
          {label('lead')}
          <textarea rows={2} {...field('lead')} className="admin-input" maxLength={400} />
          {error('lead')}
        </div>
        <div>
          {label('body')}
          <textarea rows={18} {...field('body')} onChange={(event) => setBody(event.currentTarget.value)} className="admin-input font-mono text-sm" />
          <p className="mt-1 text-sm text-neutral-600">{labels.bodyHint}</p>
          {error('body')}
          <MarkdownPreview markdown={body} labels={previewLabels} />
        </div>
      </div>
      <div className="space-y-4 rounded-lg border border-neutral-200 bg-white p-4">
        <div>
          {label('locale')}
          <select {...field('locale')} className="admin-input">
            {EDITIONS.map((edition) => (
              <option key={edition} value={edition}>
                {EDITION_NAMES[edition]}
              </option>
            ))}
          </select>
          {error('locale')}
        </div>
        <div>
          {label('categoryId')}
          <select {...field('categoryId')} className="admin-input">
            <option value="">—</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.locale.toUpperCase()} · {c.name}
              </option>
            ))}
          </select>
          {error('categoryId')}
        </div>
        {authors ? (
          <div>
            {label('authorId')}
            <select {...field('authorId')} className="admin-input">
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {error('authorId')}
          </div>
        ) : null}
        <div>
          {label('tags')}
          <input type="text" {...field('tags')} className="admin-input" />
          <p className="mt-1 text-xs text-neutral-600">{labels.tagsHint}</p>
          {error('tags')}
        </div>
        <div>
          {label('slug')}
          <input type="text" {...field('slug')} className="admin-input font-mono text-sm" maxLength={80} />
          <p className="mt-1 text-xs text-neutral-600">{labels.slugHint}</p>
          {error('slug')}
        </div>
        {translations ? (
          <fieldset className="space-y-2 rounded-md border border-neutral-200 p-3">
            <legend className="px-1 font-semibold">{labels.translation}</legend>
            <div>
              <label htmlFor="article-translationId" className="block text-sm font-semibold">
                {labels.translationId}
              </label>
              <select {...field('translationId')} className="admin-input">
                <option value="">{labels.translationNone}</option>
                {translations.map((a) => (
                  <option key={a.id} value={a.id}>
                    #{a.id} · {a.title}
                  </option>
                ))}
              </select>
              {error('translationId')}
            </div>
            <div>
              <label htmlFor="article-translationRef" className="block text-sm font-semibold">
                {labels.translationRef}
              </label>
              <input type="text" inputMode="numeric" {...field('translationRef')} className="admin-input font-mono text-sm" maxLength={17} />
              {error('translationRef')}
            </div>
            <p className="text-xs text-neutral-600">{labels.translationHint}</p>
          </fieldset>
        ) : null}
        <div>
          {label('sourceName')}
          <input type="text" {...field('sourceName')} className="admin-input" />
          {error('sourceName')}
        </div>
        <div>
          {label('sourceUrl')}
          <input type="url" {...field('sourceUrl')} className="admin-input" />
          {error('sourceUrl')}
        </div>
        <div>
          {label('thumbnailFile')}
          {values.thumbnailStem ? (
            <img src={thumbnailPath(values.thumbnailStem, 'small')} alt="" width={360} height={240} className="mt-1 h-auto w-full rounded-md" />
          ) : null}
          {values.thumbnailStem ? <input type="hidden" name="thumbnailStem" value={values.thumbnailStem} /> : null}
          <input
            type="file"
            id="article-thumbnailFile"
            name="thumbnailFile"
            accept="image/jpeg,image/png,image/webp,image/avif"
            aria-invalid={errors.thumbnailFile ? true : undefined}
            aria-describedby="article-thumbnailFile-hint"
            onChange={(event) => {
              // The server's limit, told before a too large upload is sent for nothing.
              const chosen = event.currentTarget.files?.[0];
              event.currentTarget.setCustomValidity(chosen && chosen.size > MAX_UPLOAD_BYTES ? labels.imageTooLarge : '');
              event.currentTarget.reportValidity();
            }}
            className="mt-1 block w-full cursor-pointer rounded-md border-2 border-dashed border-neutral-400 bg-neutral-50 p-4 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand file:px-3 file:py-1.5 file:font-semibold file:text-white"
          />
          <p id="article-thumbnailFile-hint" className="mt-1 text-xs text-neutral-600">
            {labels.thumbnailHint}
          </p>
          {error('thumbnailFile')}
          {/* A submit, not a link: what was typed is saved before the editor goes to the library. */}
          <button
            type="submit"
            name="then"
            value="media"
            disabled={pending}
            aria-describedby="article-library-hint"
            className="admin-button-secondary mt-2 text-sm"
          >
            {labels.library}
          </button>
          <p id="article-library-hint" className="mt-1 text-xs text-neutral-600">
            {labels.libraryHint}
          </p>
        </div>
        <div>
          {label('thumbnailAlt')}
          <input type="text" {...field('thumbnailAlt')} className="admin-input" />
          {error('thumbnailAlt')}
        </div>
        <div>
          {label('format')}
          <select {...field('format')} aria-describedby="article-format-hint" className="admin-input">
            <option value="standard">{labels.formatStandard}</option>
            <option value="live">{labels.formatLive}</option>
          </select>
          <p id="article-format-hint" className="mt-1 text-xs text-neutral-600">
            {labels.formatHint}
          </p>
          {error('format')}
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="featured" defaultChecked={values.featured === 'on'} /> {labels.featured}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="commentsOpen" defaultChecked={values.commentsOpen === 'on'} /> {labels.commentsOpen}
        </label>
        <div>
          {label('publishAt')}
          <input type="datetime-local" {...field('publishAt')} className="admin-input" />
          <p className="mt-1 text-xs text-neutral-600">{labels.publishAtHint}</p>
          {error('publishAt')}
        </div>
        <div className="flex flex-wrap gap-2 border-t border-neutral-200 pt-4">
          {intents.map((intent) => (
            <button
              key={intent.value}
              type="submit"
              name="intent"
              value={intent.value}
              disabled={pending}
              className={intent.primary ? 'admin-button' : 'admin-button-secondary'}
            >
              {intent.label}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}
