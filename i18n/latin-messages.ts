import { toKazakhLatin } from '@/lib/translit/kk-latin';

type Messages = { [key: string]: string | Messages };

// Language and script names in the switch are shown in their own script (Русский, Кирилл, توتە), so a
// reader finds them whatever the page's alphabet.
const OWN_SCRIPT: Record<string, readonly string[]> = { LocaleSwitch: ['cyrillic', 'latin', 'arabic', 'switchTo'] };

function transliterate(messages: Messages, keep: readonly string[] = []): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, keep.includes(key) ? value : typeof value === 'string' ? toKazakhLatin(value) : transliterate(value)]),
  );
}

const cache = new WeakMap<object, Messages>();

/**
 * The Kazakh UI strings in the Latin alphabet, made from messages/kk.json on the server, so there
 * is no third file to keep in step. ICU syntax ({count, plural, …}) is ASCII and passes through.
 */
export function latinMessages<T extends object>(kk: T): T {
  let latin = cache.get(kk);
  if (!latin) {
    latin = Object.fromEntries(
      Object.entries(kk as Messages).map(([namespace, value]) => [
        namespace,
        typeof value === 'string' ? toKazakhLatin(value) : transliterate(value, OWN_SCRIPT[namespace]),
      ]),
    );
    cache.set(kk, latin);
  }
  return latin as T;
}
