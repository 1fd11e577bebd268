import { z } from 'zod';

// C0 and C1 control characters; they can hide text or break layouts and logs.
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
// Same for the body, except line breaks and tabs, which readers legitimately type.
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function field(keys: { required: string; tooShort: string; tooLong: string; invalid: string }, min: number, max: number, forbidden: RegExp) {
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
  name: field({ required: 'nameRequired', tooShort: 'nameTooShort', tooLong: 'nameTooLong', invalid: 'nameInvalid' }, 2, 80, NAME_FORBIDDEN),
  body: field({ required: 'bodyRequired', tooShort: 'bodyTooShort', tooLong: 'bodyTooLong', invalid: 'bodyInvalid' }, 3, 5000, BODY_FORBIDDEN),
});

export type CommentInput = z.infer<typeof commentInput>;

/**
 * The comment form's hidden fields. None is ever refused: a missing or malformed value reads as
 * absent, and the action decides what absence means (no start token, JavaScript off, no bot).
 */
export const commentFormMeta = z.object({
  // A form-start token an earlier answer rendered into the form; checked by its signature later.
  start: z.string().min(1).max(1000).optional().catch(undefined),
  // The honeypot: any text at all marks a bot.
  honeypotFilled: z.unknown().transform((v) => v !== null && v !== undefined && v !== ''),
  // Set to "1" by the hydrated form, so the action answers in place instead of redirecting.
  withJs: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
});
