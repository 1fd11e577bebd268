import { e2eDb } from './e2e-db';

export type PublicArticle = {
  id: number;
  locale: 'kk' | 'ru';
  slug: string;
  title: string;
  publishedAt: number;
  categoryPath: string | null;
  authorPath: string;
  tagPaths: string[];
  partnerPath: string | null;
  /** False when another test rewrote an article of this pair during the run. */
  pairSettled: boolean;
};

export type Discovery = {
  /** Readable now and untouched since the seed: must be listed, exactly once. */
  required: PublicArticle[];
  /** Ids that may be listed: the required ones plus any article another test wrote during this run. */
  allowedIds: Set<number>;
  /** Listing paths ("/kk/tag/partiia") that must / may appear, by the same rule. */
  requiredListings: Set<string>;
  allowedListings: Set<string>;
};

type Row = {
  id: number;
  locale: 'kk' | 'ru';
  slug: string;
  title: string;
  status: string;
  published_at: number | null;
  updated_at: number;
  created_at: number;
  translation_id: number | null;
  category_slug: string | null;
  author_slug: string;
};

export const articlePathOf = (a: { locale: string; id: number; slug: string }) => `/${a.locale}/article/${a.id}-${a.slug}`;

/**
 * What the sitemaps should hold, read from the server's database. Other specs (the editors' area)
 * publish and unpublish articles while this one runs; rows written after the seed are allowed
 * either way, so the check stays exact for everything else.
 */
export function discovery(now = Date.now()): Discovery {
  const db = e2eDb();
  try {
    const seededAt = (db.prepare('select min(created_at) as t from users').get() as { t: number }).t;
    const rows = db
      .prepare(
        `select a.id, a.locale, a.slug, a.title, a.status, a.published_at, a.updated_at, a.created_at, a.translation_id,
                c.slug as category_slug, u.slug as author_slug
           from articles a join users u on u.id = a.author_id left join categories c on c.id = a.category_id`,
      )
      .all() as Row[];
    const tagRows = db.prepare('select at.article_id as id, t.locale, t.slug from article_tags at join tags t on t.id = at.tag_id').all() as {
      id: number;
      locale: string;
      slug: string;
    }[];
    const readable = (r: Row) => (r.status === 'published' || r.status === 'scheduled') && r.published_at !== null && r.published_at <= now;
    const touched = (r: Row) => r.updated_at >= seededAt || r.created_at >= seededAt;
    const visible = rows.filter(readable);
    const partnerOf = (r: Row) =>
      visible
        .filter((p) => p.id !== r.id && p.locale !== r.locale && (p.id === r.translation_id || p.translation_id === r.id))
        .sort((a, b) => a.id - b.id)[0] ?? null;
    const toPublic = (r: Row): PublicArticle => {
      const partner = partnerOf(r);
      return {
        id: r.id,
        locale: r.locale,
        slug: r.slug,
        title: r.title,
        publishedAt: r.published_at!,
        categoryPath: r.category_slug ? `/${r.locale}/category/${r.category_slug}` : null,
        authorPath: `/${r.locale}/author/${r.author_slug}`,
        tagPaths: tagRows.filter((t) => t.id === r.id).map((t) => `/${t.locale}/tag/${t.slug}`),
        partnerPath: partner ? articlePathOf(partner) : null,
        pairSettled: !rows.some((p) => p.id !== r.id && (p.id === r.translation_id || p.translation_id === r.id) && touched(p)),
      };
    };
    const listingsOf = (a: PublicArticle) => [a.categoryPath, a.authorPath, ...a.tagPaths].filter((p): p is string => p !== null);
    const required = visible.filter((r) => !touched(r)).map(toPublic);
    const allowed = [...required, ...rows.filter(touched).map(toPublic)];
    return {
      required,
      allowedIds: new Set(allowed.map((a) => a.id)),
      requiredListings: new Set(['/kk', '/ru', ...required.flatMap(listingsOf)]),
      allowedListings: new Set(['/kk', '/ru', ...allowed.flatMap(listingsOf)]),
    };
  } finally {
    db.close();
  }
}
