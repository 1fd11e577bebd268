import { describe, expect, it } from 'vitest';
import { articleMetadata, type MetadataArticle } from '@/lib/seo/article-metadata';

const SITE = 'http://qamshy.test';

const article: MetadataArticle = {
  id: 12,
  locale: 'ru',
  slug: 'sneg',
  title: 'Снег в Астане',
  lead: 'А'.repeat(200),
  thumbnail: '20261124120000025',
  thumbnailAlt: 'Снег',
  thumbnailWidth: 1280,
  thumbnailHeight: 853,
  publishedAt: new Date('2026-11-24T07:00:00Z'),
  updatedAt: new Date('2026-11-24T09:30:00Z'),
  authorName: 'Дана',
  authorSlug: 'dana',
  categoryName: 'Общество',
  categorySlug: 'obshchestvo',
  tags: [{ name: 'погода' }, { name: 'Астана' }],
  translation: { locale: 'kk', id: 11, slug: 'qar' },
};

describe('articleMetadata', () => {
  it('gives canonical, hreflang pairs with x-default, Open Graph article tags and a large Twitter card', () => {
    const meta = articleMetadata(article, { 'application/rss+xml': [{ url: `${SITE}/ru/rss.xml`, title: 'Qamshy' }] });
    expect(meta.title).toBe('Снег в Астане');
    expect(meta.description).toHaveLength(160);
    expect(meta.alternates).toEqual({
      canonical: `${SITE}/ru/article/12-sneg`,
      languages: {
        ru: `${SITE}/ru/article/12-sneg`,
        kk: `${SITE}/kk/article/11-qar`,
        'kk-Latn': `${SITE}/kk-latn/article/11-qar`,
        'kk-Arab': `${SITE}/kk-arab/article/11-qar`,
        'x-default': `${SITE}/kk/article/11-qar`,
      },
      types: { 'application/rss+xml': [{ url: `${SITE}/ru/rss.xml`, title: 'Qamshy' }] },
    });
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      siteName: 'Qamshy',
      locale: 'ru_RU',
      alternateLocale: 'kk_KZ',
      url: `${SITE}/ru/article/12-sneg`,
      publishedTime: '2026-11-24T12:00:00+05:00',
      modifiedTime: '2026-11-24T14:30:00+05:00',
      section: 'Общество',
      tags: ['погода', 'Астана'],
      images: [{ url: `${SITE}/uploads/thumbnail/20261124120000025_large.jpg`, width: 1280, height: 853, alt: 'Снег' }],
    });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${SITE}/uploads/thumbnail/20261124120000025_large.jpg` }] });
  });

  it('has no hreflang alternates without a translation, and no image without a thumbnail', () => {
    const meta = articleMetadata({ ...article, translation: null, thumbnail: null });
    expect(meta.alternates).toEqual({ canonical: `${SITE}/ru/article/12-sneg`, languages: undefined, types: undefined });
    expect(meta.openGraph).toMatchObject({ images: undefined, alternateLocale: undefined });
    expect(meta.twitter).toMatchObject({ images: undefined });
  });

  it('gives the Latin view its own canonical, with the Kazakh page, itself and the translation as alternates', () => {
    const latin = articleMetadata({
      ...article,
      locale: 'kk-latn',
      id: 11,
      slug: 'qar',
      title: 'Astanada qar',
      translation: { locale: 'ru', id: 12, slug: 'sneg' },
    });
    expect(latin.alternates).toMatchObject({
      canonical: `${SITE}/kk-latn/article/11-qar`,
      languages: {
        kk: `${SITE}/kk/article/11-qar`,
        'kk-Latn': `${SITE}/kk-latn/article/11-qar`,
        'kk-Arab': `${SITE}/kk-arab/article/11-qar`,
        ru: `${SITE}/ru/article/12-sneg`,
        'x-default': `${SITE}/kk/article/11-qar`,
      },
    });
    expect(latin.openGraph).toMatchObject({ locale: 'kk_KZ', alternateLocale: 'ru_RU', url: `${SITE}/kk-latn/article/11-qar` });
  });
});
