import { z } from 'zod';

// C0 and C1 control characters; they can hide text or break layouts and logs.
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
// Same for the body, except line breaks and tabs, which readers legitimately type.
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function field(
  keys: { required: string; tooShort: string; tooLong: string; invalid: string },
  min: number,
  max: number,
  forbidden: RegExp,
) {
  // Browsers submit textarea line breaks as CRLF; store the reader's text with plain LF.
  const normalized = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);
  return z.preprocess(
    normalized,
    z
      .string({
        // A missing field is "required"; a non-string value is malformed input.
        error: (issue) => (issue.input === undefined || issue.input === null ? keys.required : keys.invalid),
      })
      .trim()
      // Aborting here keeps an empty value from also reporting "too short".
      .min(1, { error: keys.required, abort: true })
      .min(min, { error: keys.tooShort })
      .max(max, { error: keys.tooLong })
      .refine((value) => !forbidden.test(value), { error: keys.invalid }),
  );
}

export const commentInput = z.object({
  name: field(
    { required: 'nameRequired', tooShort: 'nameTooShort', tooLong: 'nameTooLong', invalid: 'nameInvalid' },
    2,
    80,
    NAME_FORBIDDEN,
  ),
  body: field(
    { required: 'bodyRequired', tooShort: 'bodyTooShort', tooLong: 'bodyTooLong', invalid: 'bodyInvalid' },
    3,
    5000,
    BODY_FORBIDDEN,
  ),
});

export type CommentInput = z.infer<typeof commentInput>;

export function commentFieldErrors(error: z.ZodError): { name?: string; body?: string } {
  const errors: { name?: string; body?: string } = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'body') && errors[field] === undefined) {
      errors[field] = issue.message;
    }
  }
  return errors;
}
