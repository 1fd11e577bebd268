import { describe, expect, it } from 'vitest';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

type Messages = { [key: string]: string | Messages };

/** Every leaf of a namespace as "path.to.key" → value (a nested object is not a leaf). */
function leaves(messages: Messages, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const entry of leaves(value, path)) found.set(...entry);
    else found.set(path, value);
  }
  return found;
}

// ICU argument names ({count}, {count, plural, …}) and rich-text tags (<link>…</link>): a string
// without one its translation has would print the placeholder or drop the value.
const argumentsOf = (text: string) => [...new Set(Array.from(text.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g), (m) => m[1]))].sort();
const tagsOf = (text: string) => [...new Set(Array.from(text.matchAll(/<\/?([A-Za-z]\w*)>/g), (m) => m[1]))].sort();

const editions = { kk: kk as Messages, ru: ru as Messages };
const namespaces = [...new Set([...Object.keys(kk), ...Object.keys(ru)])].sort();

describe('messages of the two editions', () => {
  it('have the same namespaces', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
  });

  it.each(namespaces)('%s: every key in kk.json is in ru.json and back, with a non-empty string', (namespace) => {
    const [inKk, inRu] = (['kk', 'ru'] as const).map((edition) => {
      const messages = editions[edition][namespace];
      expect(messages, `${edition}.json has no namespace ${namespace}`).toBeTypeOf('object');
      return leaves(messages as Messages);
    });
    expect(
      [...inKk.keys()].filter((key) => !inRu.has(key)),
      'in kk.json only',
    ).toEqual([]);
    expect(
      [...inRu.keys()].filter((key) => !inKk.has(key)),
      'in ru.json only',
    ).toEqual([]);
    for (const [edition, found] of [
      ['kk', inKk],
      ['ru', inRu],
    ] as const) {
      const blank = [...found].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect(blank, `empty or not a string in ${edition}.json`).toEqual([]);
    }
    for (const [key, text] of inKk) {
      const other = inRu.get(key) as string;
      expect(argumentsOf(other), `${namespace}.${key}: arguments`).toEqual(argumentsOf(text as string));
      expect(tagsOf(other), `${namespace}.${key}: tags`).toEqual(tagsOf(text as string));
    }
  });
});
