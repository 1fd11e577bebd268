import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { searchArticles } from '@/db/queries/search';
import { articles, articleTags, tags } from '@/db/schema';
import { buildMatchExpression, isLatinQuery, searchTerms } from '@/lib/search/query';
import { HIGHLIGHT_END, HIGHLIGHT_START, snippetToHtml } from '@/lib/search/snippet';

const seedTitle = '«Нұр Отан» аймақтық филиалдармен';
const seed = db
  .select()
  .from(articles)
  .all()
  .find((a) => a.title.startsWith(seedTitle))!;
const ids = (locale: 'kk' | 'ru', query: string, page = 1) => searchArticles(locale, query, page).items.map((hit) => hit.id);

// Each test's writes are rolled back, so one test's articles never show up in another's results;
// the search query runs on the same connection, so it sees the uncommitted rows.
function rolledBack(fn: () => void) {
  db.$client.exec('BEGIN');
  try {
    fn();
  } finally {
    db.$client.exec('ROLLBACK');
  }
}

const HOSTILE_LATIN = [
  '"partia',
  'partia AND',
  'OR partia',
  'NEAR(partia otan)',
  'partia*',
  '^partia',
  'title:partia',
  'body:"x" OR lead:y',
  '{title}: partia',
  "'; DROP TABLE articles; --",
  'partia😀🇰🇿',
  '\uFDD0partia\uFDD1',
  'şş ia iu io ts İ I ß x',
  'partia '.repeat(1800),
  'x'.repeat(10_240),
  '"'.repeat(10_240),
];

let counter = 0;
function addArticle(values: Partial<typeof articles.$inferInsert> & { body?: string }): number {
  const { body = 'Мәтін', ...rest } = values;
  return db
    .insert(articles)
    .values({
      locale: 'kk',
      slug: `search-test-${++counter}`,
      title: 'Сынақ мақала',
      lead: '',
      bodyMarkdown: body,
      bodyHtml: `<p>${body}</p>`,
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000 - counter),
      authorId: seed.authorId,
      categoryId: seed.categoryId,
      ...rest,
    })
    .returning({ id: articles.id })
    .get().id;
}

function addTag(name: string, locale: 'kk' | 'ru' = 'kk'): number {
  return db
    .insert(tags)
    .values({ locale, slug: `search-tag-${++counter}`, name })
    .returning({ id: tags.id })
    .get().id;
}

describe('the seed article', () => {
  it('is found by the stem "партия" with a highlighted snippet', () => {
    const result = searchArticles('kk', 'партия');
    const hit = result.items.find((item) => item.id === seed.id);
    expect(hit).toBeDefined();
    expect(hit!.title.startsWith(seedTitle)).toBe(true);
    expect(hit!.categoryName).toBe('Саясат');
    expect(hit!.snippet).toContain(`${HIGHLIGHT_START}партиясы${HIGHLIGHT_END}`);
    expect(snippetToHtml(hit!.snippet)).toContain('<mark>партиясы</mark>');
    expect(result.total).toBeGreaterThanOrEqual(result.items.length);
  });

  it('is found by inflected forms and words of the body, in any case', () => {
    for (const query of ['партиясы', 'партияның', 'ПАРТИЯ', 'нұр отан', 'НҰР ОТАН', 'селекторлық', 'ҚазАқпарат', 'әлеуметтік жаңғыру']) {
      expect(ids('kk', query), query).toContain(seed.id);
    }
  });

  it('is not in the other edition', () => {
    expect(ids('ru', 'партия')).not.toContain(seed.id);
  });

  it('is indexed, like every article, exactly once', () => {
    const mismatch = db.$client
      .prepare(
        `select (select count(*) from articles a where not exists (select 1 from article_search_text t where t.article_id = a.id))
              + (select count(*) from article_search_text t where not exists (select 1 from articles a where a.id = t.article_id)) as n`,
      )
      .get();
    expect(mismatch).toEqual({ n: 0 });
    expect(db.$client.prepare('select count(*) as n from article_search_text where article_id = ?').get(seed.id)).toEqual({ n: 1 });
  });
});

describe('Kazakh Latin queries', () => {
  it.each(['partia', 'partiasy', 'Nur Otan', 'Nūr Otan', 'selektorlyq', 'filial', 'partiya', 'NUR otan'])(
    '%j finds the seed article from /kk-latn',
    (query) => {
      expect(
        searchArticles('kk-latn', query).items.map((hit) => hit.id),
        query,
      ).toContain(seed.id);
    },
  );

  it('highlights the Cyrillic word the Latin one matched', () => {
    const hit = searchArticles('kk-latn', 'partia').items.find((item) => item.id === seed.id)!;
    expect(hit.locale).toBe('kk');
    expect(hit.snippet).toMatch(new RegExp(`${HIGHLIGHT_START}парти[яи][^${HIGHLIGHT_END}]*${HIGHLIGHT_END}`));
    expect(snippetToHtml(hit.snippet)).toMatch(/<mark>парти/);
  });

  it('applies to a Latin-only query in the Kazakh edition, not in the Russian one', () => {
    expect(ids('kk', 'partia')).toContain(seed.id);
    expect(ids('kk', 'Nur Otan')).toContain(seed.id);
    expect(ids('ru', 'partia')).not.toContain(seed.id);
  });

  it('still finds Latin text as typed, and Cyrillic words next to Latin ones from /kk-latn', () =>
    rolledBack(() => {
      const id = addArticle({ title: 'Zymyranqaiyq Bayterek', body: 'Байқоңырғарыш айлағы' });
      expect(searchArticles('kk-latn', 'Bayterek').items.map((hit) => hit.id)).toEqual([id]);
      expect(ids('kk', 'bayterek')).toEqual([id]);
      expect(searchArticles('kk-latn', 'Bayterek байқоңырғарыш').items.map((hit) => hit.id)).toEqual([id]);
      expect(searchArticles('kk-latn', 'Baiqoñyrğaryş').items.map((hit) => hit.id)).toEqual([id]);
    }));

  it('is narrowed by every word', () => {
    expect(searchArticles('kk-latn', 'partia joqsozdyqsyz').total).toBe(0);
  });

  it.each(HOSTILE_LATIN.map((query) => [query.length > 40 ? `${JSON.stringify(query.slice(0, 12))}… (${query.length} chars)` : JSON.stringify(query), query]))(
    '%s returns a result without throwing',
    (_label, query) => {
      const result = searchArticles('kk-latn', query);
      expect(result.items.length).toBeLessThanOrEqual(20);
      expect(result.total).toBeGreaterThanOrEqual(result.items.length);
    },
  );
});

describe('index sync', () => {
  it('follows inserts, updates and deletes of articles', () =>
    rolledBack(() => {
      const id = addArticle({ title: 'Зымыранқайық ұшырылды', body: 'Ғарыш айлағында бірінші кезең' });
      expect(ids('kk', 'зымыранқайық')).toEqual([id]);
      expect(ids('kk', 'айлағында')).toEqual([id]);

      db.update(articles).set({ title: 'Шарбақкөл жағасында' }).where(eq(articles.id, id)).run();
      expect(ids('kk', 'зымыранқайық')).toEqual([]);
      expect(ids('kk', 'шарбақкөл')).toEqual([id]);

      db.update(articles).set({ lead: 'Қысқаша түйіндеме', bodyHtml: '<p>Жаңғыртылғанмазмұн келді</p>' }).where(eq(articles.id, id)).run();
      expect(ids('kk', 'айлағында')).toEqual([]);
      expect(ids('kk', 'жаңғыртылғанмазмұн')).toEqual([id]);
      expect(ids('kk', 'түйіндеме')).toEqual([id]);

      db.delete(articles).where(eq(articles.id, id)).run();
      expect(ids('kk', 'шарбақкөл')).toEqual([]);
      expect(db.$client.prepare('select count(*) as n from article_search_text where article_id = ?').get(id)).toEqual({ n: 0 });
    }));

  it('leaves the index alone when only bookkeeping columns change', () =>
    rolledBack(() => {
      const id = addArticle({ title: 'Есептегіштексеру' });
      // A marker only a reindex would wipe: the trigger rebuilds the row from the article.
      db.$client.prepare("update article_search_text set tags = 'қолбелгісі' where article_id = ?").run(id);
      db.update(articles).set({ viewCount: 99, featured: true, translationId: seed.id, status: 'scheduled' }).where(eq(articles.id, id)).run();
      expect(ids('kk', 'қолбелгісі')).toEqual([id]);
      db.update(articles).set({ title: 'Есептегіштексеру екі' }).where(eq(articles.id, id)).run();
      expect(ids('kk', 'қолбелгісі')).toEqual([]);
      expect(ids('kk', 'есептегіштексеру')).toEqual([id]);
    }));

  it('follows tags being linked, renamed, unlinked and deleted', () =>
    rolledBack(() => {
      const id = addArticle({ title: 'Тегсіз мақала' });
      const tagId = addTag('Балқаштүбегі');
      expect(ids('kk', 'балқаштүбегі')).toEqual([]);

      db.insert(articleTags).values({ articleId: id, tagId }).run();
      expect(ids('kk', 'балқаштүбегі')).toEqual([id]);

      db.update(tags).set({ name: 'Алакөлжағасы' }).where(eq(tags.id, tagId)).run();
      expect(ids('kk', 'балқаштүбегі')).toEqual([]);
      expect(ids('kk', 'алакөлжағасы')).toEqual([id]);

      db.delete(articleTags).where(eq(articleTags.tagId, tagId)).run();
      expect(ids('kk', 'алакөлжағасы')).toEqual([]);

      db.insert(articleTags).values({ articleId: id, tagId }).run();
      expect(ids('kk', 'алакөлжағасы')).toEqual([id]);
      db.delete(tags).where(eq(tags.id, tagId)).run();
      expect(ids('kk', 'алакөлжағасы')).toEqual([]);
      expect(ids('kk', 'тегсіз')).toEqual([id]);
    }));

  it('indexes the text of the body, not its HTML', () =>
    rolledBack(() => {
      const id = addArticle({
        body: 'x',
        bodyHtml:
          '<p><a href="https://example.com/сілтемежолы" rel="nofollow">Көрінетінсілтеме</a> &amp; <strong>қою</strong>мәтін&nbsp;соңы</p>\n<ul><li>біріншітармақ</li><li>екіншітармақ</li></ul><p>&lt;script&gt;alert(1)&lt;/script&gt; бұзақы</p>',
      });
      expect(ids('kk', 'көрінетінсілтеме')).toEqual([id]);
      expect(ids('kk', 'қоюмәтін')).toEqual([id]);
      expect(ids('kk', 'біріншітармақ екіншітармақ')).toEqual([id]);
      for (const markup of ['сілтемежолы', 'example', 'nofollow', 'href', 'strong', 'nbsp', 'amp']) expect(ids('kk', markup), markup).not.toContain(id);

      const [hit] = searchArticles('kk', 'бұзақы').items;
      expect(hit.snippet).toContain('<script>alert(1)</script>');
      expect(snippetToHtml(hit.snippet)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; <mark>бұзақы</mark>');
    }));
});

describe('ranking', () => {
  it('puts a title hit above a lead hit above a body hit', () =>
    rolledBack(() => {
      const inBody = addArticle({ title: 'Бірінші', body: 'Мұнда сарыарқажолы туралы бір сөз бар' });
      const inLead = addArticle({ title: 'Екінші', lead: 'Сарыарқажолы туралы қысқаша' });
      const inTitle = addArticle({ title: 'Сарыарқажолы ашылды' });
      expect(ids('kk', 'сарыарқажолы')).toEqual([inTitle, inLead, inBody]);
    }));
});

describe('case and ё folding', () => {
  const pairs = [
    ['Ә', 'ә'],
    ['Ғ', 'ғ'],
    ['Қ', 'қ'],
    ['Ң', 'ң'],
    ['Ө', 'ө'],
    ['Ұ', 'ұ'],
    ['Ү', 'ү'],
    ['Һ', 'һ'],
    ['І', 'і'],
  ];

  it.each(pairs)('matches %s and %s either way', (upper, lower) =>
    rolledBack(() => {
      const stored = addArticle({ title: `${upper}${upper}сынақтаңба кездесу`, body: `${lower}${lower}тексерутаңба` });
      expect(ids('kk', `${lower}${lower}сынақтаңба`)).toEqual([stored]);
      expect(ids('kk', `${upper}${lower}СЫНАҚТАҢБА`)).toEqual([stored]);
      expect(ids('kk', `${upper}${upper}ТЕКСЕРУТАҢБА`)).toEqual([stored]);
    }),
  );

  it('treats ё as е and keeps the spelling in the snippet', () =>
    rolledBack(() => {
      const withYo = addArticle({ locale: 'ru', title: 'Ёлкаград встречает', body: 'Ещё одна ёлкаградская новость' });
      const withoutYo = addArticle({ locale: 'ru', title: 'Елкаполь', body: 'Обычная новость' });
      expect(ids('ru', 'елкаград')).toEqual([withYo]);
      expect(ids('ru', 'ЁЛКАГРАД')).toEqual([withYo]);
      expect(ids('ru', 'ёлкаполь')).toEqual([withoutYo]);
      expect(ids('ru', 'еще ЁЛКАГРАДСКАЯ')).toEqual([withYo]);
      const [hit] = searchArticles('ru', 'елкаградская').items;
      expect(hit.snippet).toContain(`${HIGHLIGHT_START}ёлкаградская${HIGHLIGHT_END}`);
    }));
});

describe('visibility', () => {
  it('shows only readable articles of the edition', () =>
    rolledBack(() => {
      const word = 'көрінбейтінсөз';
      const past = new Date(Date.now() - 60_000);
      const published = addArticle({ title: word });
      const due = addArticle({ title: word, status: 'scheduled', publishedAt: new Date(Date.now() - 1000) });
      const draft = addArticle({ title: word, status: 'draft', publishedAt: past });
      const submitted = addArticle({ title: word, status: 'submitted', publishedAt: past });
      const future = addArticle({ title: word, status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
      const futurePublished = addArticle({ title: word, status: 'published', publishedAt: new Date(Date.now() + 3_600_000) });
      const undated = addArticle({ title: word, status: 'published', publishedAt: null });
      const russian = addArticle({ title: word, locale: 'ru' });
      const found = ids('kk', word);
      expect(found.sort()).toEqual([published, due].sort());
      for (const hidden of [draft, submitted, future, futurePublished, undated, russian]) expect(found).not.toContain(hidden);
      expect(ids('ru', word)).toEqual([russian]);
    }));
});

describe('pages', () => {
  it('gives 20 a page and an empty page past the end', () =>
    rolledBack(() => {
      const created = Array.from({ length: 25 }, () => addArticle({ title: 'Беттеусөзі тізімі' }));
      const first = searchArticles('kk', 'беттеусөзі', 1);
      const second = searchArticles('kk', 'беттеусөзі', 2);
      const third = searchArticles('kk', 'беттеусөзі', 3);
      expect([first.total, first.pages, first.items.length, second.items.length]).toEqual([25, 2, 20, 5]);
      expect(third).toMatchObject({ total: 25, pages: 2, page: 3, items: [] });
      expect([...first.items, ...second.items].map((hit) => hit.id).sort()).toEqual(created.sort());
    }));
});

const HOSTILE = [
  '',
  '   ',
  '"',
  '"партия',
  'партия"',
  'партия AND',
  'OR партия',
  'NOT',
  'NEAR(партия отан)',
  'партия*',
  '*',
  '^партия',
  'title:партия',
  'body:"x" OR lead:y',
  '((((',
  '{title}: партия',
  "'; DROP TABLE articles; --",
  '😀🇰🇿',
  'مرحبا',
  '\u0000',
  '\uFDD0партия\uFDD1',
  'партия '.repeat(1800),
  '"'.repeat(10_240),
];
const label = (query: string) => (query.length > 40 ? `${JSON.stringify(query.slice(0, 12))}… (${query.length} chars)` : JSON.stringify(query));

describe('hostile input', () => {
  it.each(HOSTILE.map((query) => [label(query), query]))('%s returns a result without throwing', (_label, query) => {
    const result = searchArticles('kk', query);
    expect(result.items.length).toBeLessThanOrEqual(20);
    expect(result.total).toBeGreaterThanOrEqual(result.items.length);
  });

  it('returns nothing for input without a word', () => {
    for (const query of ['', '"', '***', '(((', '😀', '^:*']) expect(searchArticles('kk', query)).toMatchObject({ terms: [], items: [], total: 0 });
  });
});

// searchArticles hides an FTS5 error from readers in production only, so the tests above would
// fail on one; these check the expression itself, against the real FTS5 table, with no catch.
describe('the MATCH expression built from any input', () => {
  const TOKEN = '"(?:[^"]|"")+"\\*?';
  const GROUP = `(?:${TOKEN}|\\(${TOKEN}(?: OR ${TOKEN})+\\))`;
  // Quoted tokens, OR groups of them, ANDed: nothing the reader typed can be an operator.
  const SHAPE = new RegExp(`^${GROUP}(?: AND ${GROUP})*$`, 'u');
  const runMatch = db.$client.prepare('select count(*) as n from article_search where article_search match ?');

  // Words FTS5 reads as syntax, pieces of its grammar, and characters around its tokenizer's edges.
  const PIECES = [
    'AND',
    'OR',
    'NOT',
    'NEAR',
    'near',
    '(',
    ')',
    '"',
    '*',
    '^',
    ':',
    '{',
    '}',
    '+',
    '-',
    ',',
    'title',
    'body',
    'lead',
    'tags',
    'partia',
    'партия',
    'ё',
    'İ',
    'ß',
    '\u0301',
    '😀',
    '\u0000',
    '\uFDD0',
    '١٢',
    ' ',
    '  ',
    "'",
    ';',
    '\\',
  ];
  function generated(count: number): string[] {
    let seed = 20_260_101;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    return Array.from({ length: count }, () =>
      Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : ''),
    );
  }
  const inputs = [...HOSTILE, ...HOSTILE_LATIN, ...generated(400)];

  it.each([false, true])('is well formed and accepted by FTS5 (latin: %s)', (latin) => {
    for (const query of inputs) {
      const expression = buildMatchExpression(query, { latin });
      if (searchTerms(query).length === 0) {
        expect(expression, label(query)).toBeNull();
        continue;
      }
      expect(expression, label(query)).toMatch(SHAPE);
      expect(() => runMatch.get(expression), `${label(query)} → ${expression}`).not.toThrow();
    }
  });

  it('is what searchArticles runs, for every edition and reading view', () => {
    for (const query of inputs) {
      for (const prefix of ['kk', 'ru', 'kk-latn'] as const) {
        const result = searchArticles(prefix, query);
        expect(result.total, `${prefix} ${label(query)}`).toBeGreaterThanOrEqual(result.items.length);
      }
    }
    // The Kazakh edition reads a Latin-only query as Kazakh Latin; some generated inputs are.
    expect(inputs.some((query) => isLatinQuery(query))).toBe(true);
  });
});

describe('migration', () => {
  it('indexes the articles that exist before it runs', () => {
    const sqlite = new Database(':memory:');
    try {
      sqlite.pragma('foreign_keys = ON');
      const apply = (file: string) => {
        for (const statement of fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')) sqlite.prepare(statement).run();
      };
      apply('0000_init.sql');
      sqlite.exec(`
        insert into users (name, slug) values ('Автор', 'avtor');
        insert into articles (locale, slug, title, lead, body_markdown, body_html, author_id, status, published_at)
          values ('kk', 'bar', 'Бұрыннанбар мақала', 'Ёлкалы лид', 'md', '<p>Ескі <em>мәтін</em></p>', 1, 'published', 0);
        insert into tags (locale, slug, name) values ('kk', 'eski', 'Ескітег');
        insert into article_tags values (1, 1);
      `);
      apply('0001_search_fts.sql');
      const match = (q: string) => sqlite.prepare('select rowid from article_search where article_search match ?').all(q);
      for (const q of ['"бұрыннанбар"', '"мәтін"', '"ескітег"', '"елкалы"']) expect(match(q), q).toEqual([{ rowid: 1 }]);
      expect(sqlite.prepare('select body, tags from article_search_text').get()).toEqual({ body: 'Ескі мәтін ', tags: 'Ескітег' });
    } finally {
      sqlite.close();
    }
  });
});
