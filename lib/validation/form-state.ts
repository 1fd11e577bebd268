import type { z } from 'zod';

/** What a small admin form's action returns: a message, field errors, and the typed values back. */
export type FormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; formId?: string }
  | { status: 'error'; message: string; errors?: Record<string, string>; values?: Record<string, string>; formId?: string };

/**
 * Without JavaScript, React hands a posted action's result to every form on the page bound to
 * the same action; the id names the one form that was submitted.
 */
export function scoped(form: FormData | undefined, state: Exclude<FormState, { status: 'idle' }>): FormState {
  return { ...state, formId: String(form?.get('_form') ?? '') };
}

export function isFor(state: FormState, formId: string): boolean {
  return state.status === 'idle' || !state.formId || state.formId === formId;
}

export function firstErrors(error: z.ZodError, translate: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = translate(issue.message);
  }
  return errors;
}
