import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { registerPageCache } from '@/lib/http/page-cache-bridge';
import { refreshArticlePages } from '@/lib/revalidate-readers';
import { cacheKeyOf } from '@/server/cache-policy';

// The front server keeps every reading view's pages; a purge must reach the /kk-arab ones too.
const request = { method: 'GET', headers: {} } as IncomingMessage;
const keyOf = (path: string) => cacheKeyOf(request, new URL(path, 'http://qamshy.test'));

let purged: (readonly string[] | undefined)[] = [];
afterEach(() => {
  purged = [];
});
registerPageCache({ purge: (prefixes) => (purged.push(prefixes), 0) });

describe('refreshArticlePages', () => {
  it('purges a Kazakh article in Cyrillic, Latin and töte, and a Russian one once', () => {
    refreshArticlePages([
      { id: 7, locale: 'kk' },
      { id: 8, locale: 'ru' },
    ]);
    expect(purged).toEqual([['page:/kk/article/7-', 'page:/kk-latn/article/7-', 'page:/kk-arab/article/7-', 'page:/ru/article/8-']]);
  });

  it('names keys the page cache really stores for every view of the article (and of a listing)', () => {
    refreshArticlePages([{ id: 7, locale: 'kk' }]);
    const [prefixes] = purged;
    for (const prefix of ['kk', 'kk-latn', 'kk-arab']) {
      const key = keyOf(`/${prefix}/article/7-slug`)?.key;
      expect(key, prefix).toBeDefined();
      expect(
        prefixes!.some((p) => key!.startsWith(p)),
        prefix,
      ).toBe(true);
    }
    expect(keyOf('/kk-arab/category/sayasat?page=2&utm_source=x')).toEqual({ key: 'page:/kk-arab/category/sayasat?page=2', kind: 'page' });
    expect(keyOf('/kk-arab/search?q=قازاقستان')?.kind).toBe('search');
  });
});
