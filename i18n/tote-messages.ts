import { toKazakhArabic } from '@/lib/translit/kk-arab';

type Messages = { [key: string]: string | Messages };

// Language and script names in the switch are shown in their own script (Русский, Latyn, توتە).
const OWN_SCRIPT: Record<string, readonly string[]> = { LocaleSwitch: ['cyrillic', 'latin', 'arabic', 'switchTo'] };

/**
 * One ICU message in töte: only its literal text is converted. Argument heads ({count, plural,
 * one ) and tags (<link>, </link>) are copied as they are, or the Arabic comma and the isolates
 * would break them; what a plural branch says ({# мақала}) is literal text and converted.
 */
export function icuToKazakhArabic(message: string): string {
  let out = '';
  let text = '';
  const flush = () => {
    out += toKazakhArabic(text, { isolate: false });
    text = '';
  };
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '{') {
      flush();
      // An argument ({count} or {count, plural, one ) is copied up to its first inner brace; the
      // brace of a plural branch ({# мақала}) only opens more literal text.
      const end = message.slice(i + 1).search(/[{}]/);
      const head = end === -1 ? message.slice(i) : message.slice(i, i + 1 + end);
      if (/^\{\s*\w+\s*(?:,[^{}]*)?$/.test(head)) {
        out += head;
        i += head.length - 1;
      } else out += ch;
    } else if (ch === '}') {
      flush();
      out += ch;
    } else if (ch === '<' && /^<\/?[A-Za-z][\w-]*>/.test(message.slice(i))) {
      flush();
      const tag = /^<\/?[A-Za-z][\w-]*>/.exec(message.slice(i))![0];
      out += tag;
      i += tag.length - 1;
    } else text += ch;
  }
  flush();
  return out;
}

function convert(messages: Messages, keep: readonly string[] = []): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, keep.includes(key) ? value : typeof value === 'string' ? icuToKazakhArabic(value) : convert(value)]),
  );
}

const cache = new WeakMap<object, Messages>();

/** The Kazakh UI strings in töte, made from messages/kk.json on the server (no file of their own). */
export function toteMessages<T extends object>(kk: T): T {
  let tote = cache.get(kk);
  if (!tote) {
    tote = Object.fromEntries(
      Object.entries(kk as Messages).map(([namespace, value]) => [
        namespace,
        typeof value === 'string' ? icuToKazakhArabic(value) : convert(value, OWN_SCRIPT[namespace]),
      ]),
    );
    cache.set(kk, tote);
  }
  return tote as T;
}
