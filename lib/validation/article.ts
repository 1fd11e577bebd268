import { z } from 'zod';
import { ARTICLE_FORMATS, editionEnum, isId } from '@/lib/domain';
import { parseAlmatyLocal, toAlmatyLocalInput } from '@/lib/format';
import { THUMBNAIL_STEM } from '@/lib/images/thumbnail-name';
import { translationFields } from './translation';

// Messages are i18n keys of the AdminArticleForm namespace; the action translates them.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v));
const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const ARTICLE_INTENTS = ['save', 'submit', 'publish', 'schedule', 'unpublish'] as const;

/**
 * The editor's fields, defined once: each is a text field of the form (named as here), is given
 * back as typed after a refusal, and has its label at `AdminArticleForm.fields.<name>`.
 */
const fields = {
  title: z.string().trim().min(3, { error: 'titleTooShort' }).max(300, { error: 'tooLong' }),
  lead: z.string().trim().max(400, { error: 'tooLong' }),
  body: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n'))
    .pipe(z.string().trim().min(1, { error: 'bodyRequired' }).max(200_000, { error: 'tooLong' })),
  locale: editionEnum('invalid'),
  categoryId: z.coerce.number().int().positive({ error: 'categoryRequired' }),
  // Honoured for editors only (the action decides); '' keeps the article's author.
  authorId: z
    .string()
    .trim()
    .refine((v) => v === '' || isId(v), { error: 'invalid' })
    .transform((v) => (v === '' ? null : Number(v))),
  tags: z
    .string()
    .max(1000, { error: 'tooLong' })
    .transform((v) =>
      [
        ...new Set(
          v
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ].slice(0, 20),
    ),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), { error: 'slugInvalid' })
    .refine((v) => v.length <= 80, { error: 'tooLong' }),
  // Editors only, like the author; an author's form has no such fields and posts them empty.
  ...translationFields,
  sourceName: optionalText(120),
  sourceUrl: optionalText(500).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), { error: 'urlInvalid' }),
  // The picture already chosen (a library pick or an earlier attempt's upload), by its stem.
  thumbnailStem: z
    .string()
    .refine((v) => v === '' || THUMBNAIL_STEM.test(v), { error: 'invalid' })
    .transform((v) => (v === '' ? null : v)),
  thumbnailAlt: z.string().trim().max(300, { error: 'tooLong' }),
  // 'live': a lead, then timestamped entries written at /admin/articles/{id}/live. Absent: unchanged.
  format: z.enum(ARTICLE_FORMATS, { error: 'invalid' }).optional(),
  featured: checkbox(),
  commentsOpen: checkbox(),
  publishAt: z.string().trim().max(30),
  version: z.coerce.number().int().min(0),
};

export type ArticleField = keyof typeof fields;
export const ARTICLE_FIELDS = Object.keys(fields) as ArticleField[];
/** What the form shows in each field: checkboxes as 'on' or ''. */
export type ArticleFormValues = Record<ArticleField, string>;

export const articleInput = z.object({ ...fields, intent: z.enum(ARTICLE_INTENTS, { error: 'invalid' }) }).superRefine((value, ctx) => {
  if (value.intent !== 'schedule') return;
  const when = parseAlmatyLocal(value.publishAt);
  if (!when) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'publishAtInvalid' });
  else if (when.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'publishAtPast' });
});

type ParsedForm = z.infer<typeof articleInput>;
/** The fields that belong to the article itself (the rest the action resolves: author, pairing, picture). */
export type ArticleInput = Omit<ParsedForm, 'authorId' | 'translationId' | 'translationRef' | 'thumbnailStem'>;

/** A new article's form: a Kazakh draft by its writer, open for comments. */
export function newArticleValues(authorId: number): ArticleFormValues {
  const values = Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, ''])) as ArticleFormValues;
  return { ...values, locale: 'kk', format: 'standard', commentsOpen: 'on', version: '0', authorId: String(authorId) };
}

type StoredArticle = {
  title: string;
  lead: string;
  bodyMarkdown: string;
  locale: string;
  categoryId: number | null;
  authorId: number;
  tagNames: string[];
  slug: string;
  partner: { id: number } | null;
  sourceName: string | null;
  sourceUrl: string | null;
  thumbnail: string | null;
  thumbnailAlt: string;
  featured: boolean;
  commentsOpen: boolean;
  format: string;
  publishedAt: Date | null;
  version: number;
};

/** A stored article as its form shows it. */
export function storedArticleValues(a: StoredArticle): ArticleFormValues {
  return {
    title: a.title,
    lead: a.lead,
    body: a.bodyMarkdown,
    locale: a.locale,
    categoryId: a.categoryId === null ? '' : String(a.categoryId),
    authorId: String(a.authorId),
    tags: a.tagNames.join(', '),
    slug: a.slug,
    translationId: a.partner ? String(a.partner.id) : '',
    translationRef: '',
    sourceName: a.sourceName ?? '',
    sourceUrl: a.sourceUrl ?? '',
    thumbnailStem: a.thumbnail ?? '',
    thumbnailAlt: a.thumbnailAlt,
    format: a.format,
    featured: a.featured ? 'on' : '',
    commentsOpen: a.commentsOpen ? 'on' : '',
    publishAt: a.publishedAt ? toAlmatyLocalInput(a.publishedAt) : '',
    version: String(a.version),
  };
}
