import { z } from 'zod';
import { NOTE_KINDS } from '@/lib/domain';
import { parseAlmatyLocal } from '@/lib/format';

// Messages are i18n keys of the AdminFront and AdminNotes namespaces.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const oneLine = (value: string) => !/[\r\n]/.test(value) && !CONTROL.test(value);

/** A banner's link: a path on this site, or an http(s) address. */
function isLink(value: string): boolean {
  if (/^\/(?![/\\])/.test(value)) return !/\s/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The banner form; `now` is when it was posted (an end in the past is refused). */
export const bannerInput = (now: Date) =>
  z.object({
    text: z.string().trim().min(1, { error: 'textRequired', abort: true }).max(200, { error: 'textTooLong' }).refine(oneLine, { error: 'textInvalid' }),
    url: z
      .string()
      .trim()
      .max(500, { error: 'urlInvalid' })
      .refine((v) => v === '' || isLink(v), { error: 'urlInvalid' })
      .transform((v) => (v === '' ? null : v)),
    expiresAt: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === '') return null;
        const at = parseAlmatyLocal(v);
        if (!at) ctx.addIssue({ code: 'custom', message: 'expiresInvalid' });
        else if (at.getTime() <= now.getTime()) ctx.addIssue({ code: 'custom', message: 'expiresPast' });
        return at;
      }),
  });

/** An update or correction under an article's headline: plain text, short enough to keep whole in the audit log. */
export const noteInput = z.object({
  kind: z.enum(NOTE_KINDS, { error: 'kindInvalid' }),
  body: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'bodyRequired', abort: true })
        .max(400, { error: 'bodyTooLong' })
        .refine((v) => !CONTROL.test(v), { error: 'bodyInvalid' }),
    ),
});
