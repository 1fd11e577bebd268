'use client';

import { useActionState } from 'react';
import { NOTE_KINDS, type NoteKind } from '@/lib/domain';
import { IDLE, type ActionState } from '@/lib/validation/action-state';
import { ActionNotice } from './action-notice';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  permalink: string;
  labels: Record<'kind' | 'body' | 'bodyHint' | 'submit' | NoteKind, string>;
};

/** Adds an "Updated" or "Correction" note under a published article's headline. */
export function ArticleNoteForm({ action, permalink, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, permalink);
  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.errors : {};
  return (
    <form key={state.status === 'error' ? state.attempt : state.status} action={formAction} className="mt-3 grid gap-3" noValidate>
      <ActionNotice state={state} />
      <fieldset>
        <legend className="font-semibold">{labels.kind}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {NOTE_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2">
              <input type="radio" name="kind" value={kind} defaultChecked={(values.kind || 'update') === kind} />
              {labels[kind]}
            </label>
          ))}
        </div>
        {errors.kind ? <p className="mt-1 text-sm text-accent">{errors.kind}</p> : null}
      </fieldset>
      <div>
        <label htmlFor="note-body" className="block font-semibold">
          {labels.body}
        </label>
        <textarea
          id="note-body"
          name="body"
          rows={3}
          maxLength={400}
          defaultValue={values.body ?? ''}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'note-body-hint note-body-error' : 'note-body-hint'}
          className="admin-input"
        />
        <p id="note-body-hint" className="mt-1 text-xs text-neutral-600">
          {labels.bodyHint}
        </p>
        {errors.body ? (
          <p id="note-body-error" className="mt-1 text-sm text-accent">
            {errors.body}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending} className="admin-button">
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
