/**
 * One word typed in töte → a few Cyrillic spellings to search the (Cyrillic) index for: the
 * inverse of toKazakhArabic (lib/translit/kk-arab.ts), which is not a function.
 *
 * Töte writes each back/front vowel pair with one letter (ا а/ә, و о/ө, ۇ ұ/ү, ى ы/і) and marks
 * the word instead: the hamza ٴ makes it front, and so do ە ك گ by themselves. So a word reads
 *
 *   front   with the hamza, or with ە ك گ: ا → ә, و → ө, ۇ → ү, ى → і (білім, әлеуметтік, күн);
 *   back    otherwise: ا → а, و → о, ۇ → ұ, ى → ы (Қазақстан). A word with ە ك گ is also read
 *           back, vowel by vowel, since loanwords and compounds mix both (Елбасы, селекторлық);
 *   glides  the loanword letters: يا يۋ يو → я ю е, تس → ц (партия, вакцина; ё is searched as е).
 *
 * ي is и, or й after a vowel. Letters Arabic and Persian keyboards type for the töte ones are
 * read as them (ک ك, ی ى, ه ە, ء and the precomposed ٵ ٶ ٷ ٸ as the hamza).
 */
import { MAX_CANDIDATES } from './latin-to-cyrillic';

type Reading = { front: boolean; glides: boolean };

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'б',
  ۆ: 'в',
  گ: 'г',
  ع: 'ғ',
  د: 'д',
  ە: 'е',
  ج: 'ж',
  ز: 'з',
  ك: 'к',
  ق: 'қ',
  ل: 'л',
  م: 'м',
  ن: 'н',
  ڭ: 'ң',
  پ: 'п',
  ر: 'р',
  س: 'с',
  ت: 'т',
  ۋ: 'у',
  ف: 'ф',
  ح: 'х',
  ھ: 'һ',
  چ: 'ч',
  ش: 'ш',
  // Letters töte does not use, as Arabic-script keyboards offer them.
  خ: 'х',
  غ: 'ғ',
  ژ: 'ж',
  ص: 'с',
  ض: 'з',
  ط: 'т',
  ظ: 'з',
  ث: 'с',
  ذ: 'з',
};
const VOWELS: Readonly<Record<string, readonly [string, string]>> = { ا: ['а', 'ә'], و: ['о', 'ө'], ۇ: ['ұ', 'ү'], ى: ['ы', 'і'] };
const GLIDES: Readonly<Record<string, string>> = { ا: 'я', ۋ: 'ю', و: 'е' };
const HAMZAS = /[\u0674\u0621]/gu;
const PRECOMPOSED: Readonly<Record<string, string>> = { ٵ: '\u0674ا', ٶ: '\u0674و', ٷ: '\u0674ۇ', ٸ: '\u0674ى' };
const KEYBOARD: Readonly<Record<string, string>> = { ک: 'ك', ی: 'ى', ه: 'ە', ۀ: 'ە', أ: 'ا', إ: 'ا', آ: 'ا' };

const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Whether a word is written in Arabic letters only (digits allowed) and so may be töte. */
export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word) && /^[\p{Script=Arabic}\p{N}\p{M}]+$/u.test(word);
}

function normalize(word: string): string {
  return Array.from(word.normalize('NFC'))
    .map((ch) => PRECOMPOSED[ch] ?? KEYBOARD[ch] ?? ch)
    .join('')
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, ''); // harakat and tatweel: never written in töte
}

function read(chars: string[], { front, glides }: Reading): string {
  let out = '';
  const isVowel = (index: number) => index >= 0 && (chars[index] in VOWELS || chars[index] === 'ە');
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const next = chars[i + 1];
    if (glides && ch === 'ي' && next !== undefined && next in GLIDES) {
      out += i > 0 && !isVowel(i - 1) ? `и${GLIDES[next]}` : GLIDES[next];
      i++;
    } else if (glides && ch === 'ت' && next === 'س') {
      out += 'ц';
      i++;
    } else if (ch === 'ي') out += isVowel(i - 1) ? 'й' : 'и';
    else if (ch in VOWELS) out += VOWELS[ch][front ? 1 : 0];
    else out += CONSONANTS[ch] ?? ch;
  }
  return out;
}

/**
 * Cyrillic spellings of one töte word, most likely first, at most MAX_CANDIDATES, without
 * duplicates. Empty when the word is not in Arabic letters.
 */
export function arabicToCyrillicCandidates(word: string): string[] {
  if (!isArabicWord(word)) return [];
  const normalized = normalize(word);
  const hamza = /[\u0674\u0621]/u.test(normalized);
  const chars = Array.from(normalized.replace(HAMZAS, ''));
  if (chars.length === 0) return [];
  const marked = chars.some((ch) => ch === 'ە' || ch === 'ك' || ch === 'گ');
  const readings: Reading[] = hamza
    ? [
        { front: true, glides: false },
        { front: true, glides: true },
      ]
    : marked
      ? [
          { front: true, glides: false },
          { front: false, glides: false },
          { front: false, glides: true },
          { front: true, glides: true },
        ]
      : [
          { front: false, glides: false },
          { front: false, glides: true },
          { front: true, glides: false },
        ];
  const candidates: string[] = [];
  for (const reading of readings) {
    const candidate = read(chars, reading);
    if (!candidates.includes(candidate)) candidates.push(candidate);
    if (candidates.length === MAX_CANDIDATES) break;
  }
  return candidates;
}
