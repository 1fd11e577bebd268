import { describe, expect, it } from 'vitest';
import { articleBreadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, webSiteJsonLd, type JsonLdArticle } from '@/lib/seo/json-ld';

// vitest.config.ts sets SITE_URL=http://qamshy.test; SITE_NAME keeps its default.
const SITE = 'http://qamshy.test';

const article: JsonLdArticle = {
  id: 7,
  locale: 'kk',
  slug: 'nur-otan',
  title: '«Нұр Отан» аймақтық филиалдармен',
  lead: 'Партия өңірлік филиалдарымен кеңес өткізді.',
  thumbnail: '20170708195532885',
  publishedAt: new Date('2017-07-08T13:55:32Z'),
  updatedAt: new Date('2017-07-09T04:00:00Z'),
  authorName: 'Qamshy редакциясы',
  authorSlug: 'qamshy-redaktsiiasy',
  categoryName: 'Саясат',
  categorySlug: 'sayasat',
  tags: [{ name: 'Нұр Отан' }, { name: 'партия' }],
};

const HOSTILE_TITLES = [
  '</script><script>alert("x")</script>',
  '<!-- <script> -->',
  'Back\\slash "quotes" and \'single\'',
  'Line\u2028separator\u2029paragraph',
  'Lone surrogate \uD800 and emoji 😀',
  'Ampersand & <b>tags</b> > arrows',
  '{"@type":"Injected"}',
];

describe('newsArticleJsonLd', () => {
  it('has every field the article page promises', () => {
    const ld = newsArticleJsonLd(article);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.lead,
      image: [`${SITE}/uploads/thumbnail/20170708195532885_large.jpg`],
      datePublished: '2017-07-08T19:55:32+06:00',
      dateModified: '2017-07-09T10:00:00+06:00',
      author: { '@type': 'Person', name: 'Qamshy редакциясы', url: `${SITE}/kk/author/qamshy-redaktsiiasy` },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Qamshy',
        url: `${SITE}/kk`,
        logo: { '@type': 'ImageObject', url: `${SITE}/logo.png`, width: 600, height: 60 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/kk/article/7-nur-otan` },
      inLanguage: 'kk',
      articleSection: 'Саясат',
      keywords: ['Нұр Отан', 'партия'],
    });
  });

  it('writes dates with the Almaty offset in force at the time (+06:00 before March 2024, +05:00 after)', () => {
    const after = newsArticleJsonLd({ ...article, publishedAt: new Date('2026-11-25T01:40:00Z'), updatedAt: new Date('2026-11-25T01:40:00Z') });
    expect(after.datePublished).toBe('2026-11-25T06:40:00+05:00');
    const boundary = newsArticleJsonLd({ ...article, publishedAt: new Date('2024-02-29T18:00:00Z'), updatedAt: new Date('2024-02-29T17:59:00Z') });
    expect(boundary.datePublished).toBe('2024-02-29T23:00:00+05:00');
    // Edited before it went live: modified is never earlier than published.
    expect(boundary.dateModified).toBe(boundary.datePublished);
  });

  it('names the Latin view as kk-Latn, with every URL under /kk-latn', () => {
    const ld = newsArticleJsonLd({ ...article, locale: 'kk-latn', title: '«Nūr Otan» aimaqtyq filialdarmen' });
    expect(ld).toMatchObject({
      inLanguage: 'kk-Latn',
      url: `${SITE}/kk-latn/article/7-nur-otan`,
      author: { url: `${SITE}/kk-latn/author/qamshy-redaktsiiasy` },
      publisher: { url: `${SITE}/kk-latn` },
    });
    expect(webSiteJsonLd('kk-latn', 'Jañalyqtar')).toMatchObject({ inLanguage: 'kk-Latn', url: `${SITE}/kk-latn` });
  });

  it('leaves out what an article does not have', () => {
    const bare = newsArticleJsonLd({ ...article, thumbnail: null, lead: '', categoryName: null, categorySlug: null, tags: [] });
    const parsed = JSON.parse(serializeJsonLd(bare));
    for (const key of ['image', 'description', 'articleSection', 'keywords']) expect(parsed).not.toHaveProperty(key);
  });
});

describe('articleBreadcrumbJsonLd', () => {
  it('goes front page → category → article', () => {
    expect(articleBreadcrumbJsonLd(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Qamshy', item: `${SITE}/kk` },
        { '@type': 'ListItem', position: 2, name: 'Саясат', item: `${SITE}/kk/category/sayasat` },
        { '@type': 'ListItem', position: 3, name: article.title, item: `${SITE}/kk/article/7-nur-otan` },
      ],
    });
  });

  it('skips the category step for an uncategorised article', () => {
    const list = articleBreadcrumbJsonLd({ ...article, categoryName: null, categorySlug: null }).itemListElement as { position: number }[];
    expect(list.map((step) => step.position)).toEqual([1, 2]);
  });
});

describe('webSiteJsonLd', () => {
  it('names the search page as a SearchAction with an unencoded template', () => {
    const ld = webSiteJsonLd('ru', 'Новости');
    expect(ld).toMatchObject({ '@type': 'WebSite', url: `${SITE}/ru`, inLanguage: 'ru' });
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/ru/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  it.each(HOSTILE_TITLES)('is valid JSON with no raw "<" for the title %j', (title) => {
    const text = serializeJsonLd(newsArticleJsonLd({ ...article, title, lead: title, tags: [{ name: title }] }));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    const parsed = JSON.parse(text);
    expect(parsed.headline).toBe(JSON.parse(JSON.stringify(title)));
    expect(parsed.keywords).toEqual([parsed.headline]);
  });

  it('escapes with JSON string escapes only', () => {
    expect(serializeJsonLd({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script>&' })).toBe(
      '{"@context":"https://schema.org","@type":"Thing","name":"\\u003c/script\\u003e\\u0026"}',
    );
  });
});
