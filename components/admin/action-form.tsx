'use client';

import { useActionState, useId } from 'react';
import { IDLE, isFor, type ActionState } from '@/lib/validation/action-state';
import { ActionNotice } from './action-notice';

type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'select' | 'hidden';
  defaultValue?: string;
  options?: { value: string; label: string }[];
  visuallyHiddenLabel?: boolean;
};

type Props = {
  /** Names this form among others bound to the same action on the page (e.g. `category-12`). */
  formId: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  permalink: string;
  submitLabel: string;
  fields: FieldSpec[];
  className?: string;
};

/**
 * A small admin form described by data (so server pages can use it): reports its action's
 * result beside itself and, after a failed submit, shows field errors with the typed values.
 */
export function ActionForm({ formId, action, permalink, submitLabel, fields, className = '' }: Props) {
  const [posted, formAction, pending] = useActionState(action, IDLE, permalink);
  const uid = useId();
  const state: ActionState = isFor(posted, formId) ? posted : IDLE;
  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.errors : {};
  return (
    <form
      key={state.status === 'error' ? state.attempt : state.status}
      action={formAction}
      className={`flex flex-wrap items-end gap-2 ${className}`}
      noValidate
    >
      <ActionNotice state={state} className="basis-full" />
      <input type="hidden" name="_form" value={formId} />
      {fields.map((f) => {
        const id = `${uid}-${f.name}`;
        const value = values[f.name] ?? f.defaultValue ?? '';
        if (f.type === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={value} />;
        const common = {
          id,
          name: f.name,
          defaultValue: value,
          'aria-invalid': errors[f.name] ? true : undefined,
          'aria-describedby': errors[f.name] ? `${id}-error` : undefined,
          className: 'mt-1 block rounded-md border border-neutral-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-accent',
        };
        return (
          <div key={f.name}>
            <label htmlFor={id} className={f.visuallyHiddenLabel ? 'sr-only' : 'block text-sm font-semibold'}>
              {f.label}
            </label>
            {f.type === 'select' ? (
              <select {...common}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={f.type === 'number' ? 'number' : 'text'} {...common} />
            )}
            {errors[f.name] ? (
              <p id={`${id}-error`} className="mt-1 text-xs text-accent">
                {errors[f.name]}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="admin-button-secondary px-3 py-1.5 text-sm">
        {submitLabel}
      </button>
    </form>
  );
}
