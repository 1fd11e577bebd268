/**
 * Kazakh Cyrillic → the Latin alphabet of January 2021 (A Ä B Ç D E F G Ğ H I İ J K L M N Ñ O Ö P
 * Q R S Ş T U Ū Ü V Y Z). и and й both become i (capital İ), і becomes ı (capital I), х and һ
 * both become h.
 *
 * Letters the alphabet has no place for appear only in Russian loanwords and names; they follow
 * the spelling recommendations published with the alphabet: ц → ts, щ → şş, ё → io, ю → iu,
 * я → ia, э → e, and the hard and soft signs are dropped (объект → obekt, Медведь → Medved).
 * After и the i of ё, ю, я is already written, so it is not doubled: Азия → Azia, not Aziia.
 * Everything that is not a Cyrillic letter (Latin text, digits, punctuation) is left as it is.
 */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const IOTATED = new Set(['ё', 'ю', 'я']);

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

// i/ı pair like Turkish (i ↔ İ, ı ↔ I), which toUpperCase() without a locale gets wrong for i.
function upper(latin: string): string {
  return latin.replace(/[iı]/g, (ch) => (ch === 'i' ? 'İ' : 'I')).toUpperCase();
}

/** Whether a capital letter sits in an ALL-CAPS word (ЦСКА → TSSKA), not at a word's start (Цой → Tsoi). */
function inCapsWord(chars: string[], index: number): boolean {
  const next = chars[index + 1];
  if (isLetter(next)) return isUpper(next);
  const previous = chars[index - 1];
  return isLetter(previous) && isUpper(previous);
}

export function toKazakhLatin(text: string): string {
  const chars = Array.from(text.normalize('NFC')); // й and ё typed as a letter plus a combining mark
  let out = '';
  chars.forEach((ch, index) => {
    const lower = ch.toLowerCase();
    const glide = IOTATED.has(lower) && chars[index - 1]?.toLowerCase() === 'и';
    const latin = glide ? LATIN[lower].slice(1) : LATIN[lower];
    if (latin === undefined) out += ch;
    else if (ch === lower) out += latin;
    else out += inCapsWord(chars, index) ? upper(latin) : upper(latin.slice(0, 1)) + latin.slice(1);
  });
  return out;
}
