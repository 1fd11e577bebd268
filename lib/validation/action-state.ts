import type { z } from 'zod';

/** Field name → text: what the user typed (given back after a refusal), or each field's error. */
export type FieldTexts = Record<string, string>;

/**
 * What every form's server action returns (through `useActionState`, with or without JavaScript).
 * `formId`: without JavaScript React hands a posted action's result to every form on the page
 * bound to the same action; the id (the form's hidden `_form` field) names the one submitted.
 * `reason`: a refusal's machine-readable cause, for callers that branch on it (and tests); readable
 * on every state, so `state.reason === 'tooMany'` needs no narrowing.
 * `attempt`: differs on every refusal, so a form can remount its fields with the values typed.
 * `Extra`: what one form carries across attempts (the comment form's start token).
 */
export type ActionState<Extra extends object = object> = (
  | { status: 'idle'; reason?: never }
  | { status: 'ok'; message: string; formId?: string; reason?: never }
  | { status: 'error'; message: string; reason?: string; errors: FieldTexts; values: FieldTexts; formId?: string; attempt: number }
) &
  Partial<Extra>;

export const IDLE = { status: 'idle' } as const;

const formIdOf = (form: FormData | undefined) => {
  const id = form?.get('_form');
  return typeof id === 'string' && id !== '' ? { formId: id } : {};
};

export function succeeded(form: FormData | undefined, message: string): ActionState {
  return { status: 'ok', message, ...formIdOf(form) };
}

export function refused(form: FormData | undefined, message: string, details: { errors?: FieldTexts; values?: FieldTexts; reason?: string } = {}): ActionState {
  return {
    status: 'error',
    message,
    errors: details.errors ?? {},
    values: details.values ?? {},
    ...(details.reason && { reason: details.reason }),
    ...formIdOf(form),
    attempt: Date.now() + Math.random(),
  };
}

/** Whether a state belongs to the form with this id (see `formId` above). */
export function isFor(state: ActionState, formId: string): boolean {
  return state.status === 'idle' || !state.formId || state.formId === formId;
}

/** The named text fields as posted ('' when absent): the values a refusal gives back. */
export function textFields<Name extends string>(form: FormData, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  ) as Record<Name, string>;
}

/**
 * The one mapper from a failed parse to what a form shows: each field's first issue, its message
 * (an i18n key in every schema of lib/validation) passed through `translate`.
 */
export function fieldErrors(error: z.ZodError, translate: (key: string) => string): FieldTexts {
  const errors: FieldTexts = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field !== '' && !(field in errors)) errors[field] = translate(issue.message);
  }
  return errors;
}

// Redirect-after-post: plain-form flows whose outcome travels in the URL of the page they return
// to, so reloading does not post again. Nothing typed is lost: these forms carry no free text.
/** The query flags such a redirect may carry, defined once for the actions and the pages. */
const OUTCOME_FLAGS = ['saved', 'done', 'error'] as const;
type OutcomeFlag = (typeof OUTCOME_FLAGS)[number];
export type Outcome = { flag: OutcomeFlag; value: string; count?: number };

/** `path` with the outcome added to its query (keeping what the query already has). */
export function withOutcome(path: string, { flag, value, count }: Outcome): string {
  const [base, query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  for (const f of OUTCOME_FLAGS) params.delete(f);
  params.delete('n');
  params.set(flag, value);
  if (count !== undefined) params.set('n', String(count));
  return `${base}?${params}`;
}

/** The outcome a page was redirected with, if its value is one the page knows; else null. */
export function outcomeIn<Value extends string>(
  params: Record<string, string | string[] | undefined>,
  flag: OutcomeFlag,
  known: readonly Value[],
): { value: Value; count: number } | null {
  const raw = params[flag];
  const value = known.find((v) => v === raw);
  if (value === undefined) return null;
  const n = Number(params.n);
  return { value, count: Number.isSafeInteger(n) && n >= 0 ? n : 0 };
}
