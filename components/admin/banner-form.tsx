'use client';

import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';
import { ActionNotice } from './action-notice';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  permalink: string;
  /** The banner as stored (or empty): what the fields show before anything is typed. */
  current: { text: string; url: string; expiresAt: string };
  labels: Record<'text' | 'url' | 'urlHint' | 'expiresAt' | 'expiresHint' | 'submit', string>;
};

/** Sets an edition's breaking-news banner; a refusal keeps what was typed (also without JavaScript). */
export function BannerForm({ action, permalink, current, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, permalink);
  const values: Record<string, string> = state.status === 'error' ? state.values : current;
  const errors = state.status === 'error' ? state.errors : {};
  const field = (name: 'text' | 'url' | 'expiresAt', hint?: boolean) => ({
    id: `banner-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [hint ? `banner-${name}-hint` : '', errors[name] ? `banner-${name}-error` : ''].filter(Boolean).join(' ') || undefined,
    className: 'admin-input',
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`banner-${name}-error`} className="mt-1 text-sm text-accent">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form key={state.status === 'error' ? state.attempt : state.status} action={formAction} className="mt-3 grid gap-3" noValidate>
      <ActionNotice state={state} />
      <div>
        <label htmlFor="banner-text" className="block font-semibold">
          {labels.text}
        </label>
        <input type="text" maxLength={200} {...field('text')} />
        {error('text')}
      </div>
      <div>
        <label htmlFor="banner-url" className="block font-semibold">
          {labels.url}
        </label>
        <input type="text" inputMode="url" {...field('url', true)} />
        <p id="banner-url-hint" className="mt-1 text-xs text-neutral-600">
          {labels.urlHint}
        </p>
        {error('url')}
      </div>
      <div>
        <label htmlFor="banner-expiresAt" className="block font-semibold">
          {labels.expiresAt}
        </label>
        {/* step=1: seconds may be given, so a banner can end at a precise moment. */}
        <input type="datetime-local" step={1} {...field('expiresAt', true)} />
        <p id="banner-expiresAt-hint" className="mt-1 text-xs text-neutral-600">
          {labels.expiresHint}
        </p>
        {error('expiresAt')}
      </div>
      <div>
        <button type="submit" disabled={pending} className="admin-button">
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
