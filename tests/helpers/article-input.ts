import type { SaveInput } from '@/db/queries/admin-articles';

/** A valid editor's save for the integration tests; each test overrides what it is about. */
export function articleInput(categoryId: number, overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    title: 'Сынақ жаңалығы',
    lead: 'Қысқаша',
    body: 'Бірінші абзац.\n\nЕкінші абзац.',
    locale: 'kk',
    categoryId,
    tags: [],
    slug: '',
    sourceName: null,
    sourceUrl: null,
    thumbnailAlt: '',
    featured: false,
    commentsOpen: true,
    intent: 'save',
    publishAt: '',
    version: 0,
    scheduledAt: null,
    ...overrides,
  };
}
