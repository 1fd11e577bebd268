import { z } from 'zod';
import { editionEnum } from '@/lib/domain';
import { parseAlmatyLocal } from '@/lib/format';

// Messages are i18n keys of the AdminArticleForm namespace; the action translates them.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v));

export const ARTICLE_INTENTS = ['save', 'submit', 'publish', 'schedule', 'unpublish'] as const;

export const articleInput = z
  .object({
    title: z.string().trim().min(3, { error: 'titleTooShort' }).max(300, { error: 'tooLong' }),
    lead: z.string().trim().max(400, { error: 'tooLong' }),
    body: z
      .string()
      .transform((v) => v.replace(/\r\n?/g, '\n'))
      .pipe(z.string().trim().min(1, { error: 'bodyRequired' }).max(200_000, { error: 'tooLong' })),
    locale: editionEnum('invalid'),
    categoryId: z.coerce.number().int().positive({ error: 'categoryRequired' }),
    tags: z
      .string()
      .max(1000, { error: 'tooLong' })
      .transform((v) => [...new Set(v.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 20)),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), { error: 'slugInvalid' })
      .refine((v) => v.length <= 80, { error: 'tooLong' }),
    sourceName: optionalText(120),
    sourceUrl: optionalText(500).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), { error: 'urlInvalid' }),
    thumbnailAlt: z.string().trim().max(300, { error: 'tooLong' }),
    featured: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    commentsOpen: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    intent: z.enum(ARTICLE_INTENTS, { error: 'invalid' }),
    publishAt: z.string().trim().max(30),
    version: z.coerce.number().int().min(0),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== 'schedule') return;
    const when = parseAlmatyLocal(value.publishAt);
    if (!when) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'publishAtInvalid' });
    else if (when.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'publishAtPast' });
  });

export type ArticleInput = z.infer<typeof articleInput>;
export type ArticleField = keyof ArticleInput;

export function articleFieldErrors(error: z.ZodError): Partial<Record<ArticleField, string>> {
  const errors: Partial<Record<ArticleField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ArticleField;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
