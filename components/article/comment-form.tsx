'use client';

import { useActionState, useSyncExternalStore } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';

// The start token: see the action (app/[locale]/article/[idSlug]/actions.ts).
type CommentState = ActionState<{ startToken: string }>;

type Labels = {
  title: string;
  name: string;
  body: string;
  submit: string;
  submitting: string;
  hint: string;
  honeypot: string;
};

type Props = {
  action: (state: CommentState, form: FormData) => Promise<CommentState>;
  permalink: string;
  labels: Labels;
};

const noSubscription = () => () => {};

const fieldClass =
  'mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 text-base focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/40 aria-[invalid=true]:border-accent';

export function CommentForm({ action, permalink, labels }: Props) {
  // The permalink lets React render the result into the page when the form is posted without JS.
  const [state, formAction, pending] = useActionState(action, IDLE as CommentState, permalink);
  // False in the server HTML, true once hydrated: the form then says it posts with JavaScript.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.errors : {};
  const received = state.status === 'ok';

  return (
    <form action={formAction} className="mt-4 space-y-4" noValidate aria-describedby="comment-hint">
      <input type="hidden" name="js" value={enhanced ? '1' : '0'} />
      {state.startToken ? <input type="hidden" name="start" value={state.startToken} /> : null}
      {/* Sets the signed form-start cookie the action checks for the minimum fill time
          (app/api/comment-start explains the design); the same bytes for every reader. */}
      <img src="/api/comment-start" alt="" width={1} height={1} loading="lazy" className="absolute h-px w-px opacity-0" />
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ok' ? (
        <p role="status" className="rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="comment-name" className="block font-semibold">
          {labels.name}
        </label>
        <input
          id="comment-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          minLength={2}
          maxLength={80}
          // key: a fresh, empty field after a comment was received
          key={received ? 'sent-name' : 'name'}
          defaultValue={received ? '' : (values.name ?? '')}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'comment-name-error' : undefined}
          className={fieldClass}
        />
        {errors.name ? (
          <p id="comment-name-error" className="mt-1 text-sm text-accent">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="comment-body" className="block font-semibold">
          {labels.body}
        </label>
        <textarea
          id="comment-body"
          name="body"
          rows={5}
          required
          minLength={3}
          maxLength={5000}
          key={received ? 'sent-body' : 'body'}
          defaultValue={received ? '' : (values.body ?? '')}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'comment-body-error' : undefined}
          className={fieldClass}
        />
        {errors.body ? (
          <p id="comment-body-error" className="mt-1 text-sm text-accent">
            {errors.body}
          </p>
        ) : null}
      </div>
      {/* Honeypot: hidden from people and assistive tech, tempting to form-filling bots. */}
      <div className="absolute -start-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="comment-website">{labels.honeypot}</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p id="comment-hint" className="text-sm text-neutral-600">
        {labels.hint}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark focus:outline-none focus:ring-2 focus:ring-brand/50 focus:ring-offset-2 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
