'use client';

import { useActionState, useId } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';

export type LiveEntryFormLabels = {
  headline: string;
  headlineHint: string;
  body: string;
  bodyHint: string;
  image: string;
  imageAlt: string;
  removeImage: string;
  keyEvent: string;
  keyEventHint: string;
  submit: string;
  submitting: string;
};

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  permalink: string;
  labels: LiveEntryFormLabels;
  initial?: { headline: string; body: string; imageAlt: string; keyEvent: boolean; hasImage: boolean };
};

/** One short form for a live-blog entry (new or edited); a plain multipart post without JavaScript. */
export function LiveEntryForm({ action, permalink, labels, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, permalink);
  const uid = useId();
  const values = state.status === 'error' ? state.values : null;
  const errors = state.status === 'error' ? state.errors : {};
  const value = (name: 'headline' | 'body' | 'imageAlt') => values?.[name] ?? initial?.[name] ?? '';
  const field = (name: string, hint = true) => ({
    id: `${uid}-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${uid}-${name}-error` : hint ? `${uid}-${name}-hint` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${uid}-${name}-error`} className="mt-1 text-sm text-accent">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form key={state.status === 'error' ? state.attempt : 'form'} action={formAction} className="space-y-4" noValidate>
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md border border-accent/40 bg-red-50 px-3 py-2 text-sm text-accent">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${uid}-headline`} className="block font-semibold">
          {labels.headline}
        </label>
        <input type="text" {...field('headline')} defaultValue={value('headline')} maxLength={200} className="admin-input" />
        <p id={`${uid}-headline-hint`} className="mt-1 text-sm text-neutral-600">
          {labels.headlineHint}
        </p>
        {error('headline')}
      </div>
      <div>
        <label htmlFor={`${uid}-body`} className="block font-semibold">
          {labels.body}
        </label>
        <textarea rows={6} {...field('body')} defaultValue={value('body')} required className="admin-input font-mono text-sm" />
        <p id={`${uid}-body-hint`} className="mt-1 text-sm text-neutral-600">
          {labels.bodyHint}
        </p>
        {error('body')}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${uid}-image`} className="block font-semibold">
            {labels.image}
          </label>
          <input type="file" {...field('image', false)} accept="image/jpeg,image/png,image/webp,image/avif" className="mt-1 block w-full text-sm" />
          {error('image')}
          {initial?.hasImage ? (
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeImage" />
              {labels.removeImage}
            </label>
          ) : null}
        </div>
        <div>
          <label htmlFor={`${uid}-imageAlt`} className="block font-semibold">
            {labels.imageAlt}
          </label>
          <input type="text" {...field('imageAlt', false)} defaultValue={value('imageAlt')} maxLength={300} className="admin-input" />
          {error('imageAlt')}
        </div>
      </div>
      <div>
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            name="keyEvent"
            defaultChecked={values ? values.keyEvent === 'on' : (initial?.keyEvent ?? false)}
            aria-describedby={`${uid}-keyEvent-hint`}
          />
          {labels.keyEvent}
        </label>
        <p id={`${uid}-keyEvent-hint`} className="mt-1 text-sm text-neutral-600">
          {labels.keyEventHint}
        </p>
      </div>
      <button type="submit" disabled={pending} className="admin-button">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
