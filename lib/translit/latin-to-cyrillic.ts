/**
 * One word typed in Kazakh Latin → a few Cyrillic spellings to search the (Cyrillic) index for.
 *
 * The inverse of toKazakhLatin (lib/translit/kk-latin.ts) is not a function: i is и and й, h is
 * х and һ, ia is я or ия, and readers leave the diacritics out ("Nur" for Nūr, "bilim" for
 * bılım). So instead of one answer this gives a small ordered set, each a whole-word *reading*:
 *
 *   strict    the 2021 alphabet as written: i → и (й after a vowel), ı → і, u → у, ū → ұ, ü → ү,
 *             y → ы, plus the digraphs of the forward rules and the usual keyboard ones:
 *             ia/iu/io → я/ю/ё (as ия/ию after a consonant, where the forward rule swallowed the
 *             i of я/ю after и: partia → партия), ts → ц, şş/shsh → щ, sh → ш, ch → ч, zh → ж,
 *             kh → х, gh → ғ, and the older ya/yu/yo → я/ю/ё (partiya → партия).
 *   back      the reader dropped the diacritics of a back-vowel word: u → ұ, g → ғ, and since a
 *             back word has қ where a front one has к, k → қ (and the English kh: Kazakhstan);
 *             n before g is ң (songy → соңғы); and the same with u as у (jangyru → жаңғыру).
 *   front     ...of a front-vowel word: i → і, u → ү, n before g → ң (tenge → теңге), and in the
 *             "full" variant a → ә, o → ө.
 *   literal   strict without the ia/iu/io/ya/yu/yo/ts digraphs (партиа, атсыз), for the words
 *             where those letters really are two.
 *
 * Which readings come first depends on vowel harmony: q ğ y ū mark a back word, e ä ö ü ı a
 * front one (strong markers, typed on purpose); a o lean back and k g lean front (weak ones, a
 * plain letter may stand for ä ö / q ğ). Loanwords mixing both (selektorlyq) read strictly.
 *
 * Every reading is a whole word, never a per-letter product, so the set stays small (at most
 * MAX_CANDIDATES) and each candidate is a plausible spelling that works as an FTS5 prefix. Plain
 * a, o, n, g are not guessed as ә, ө, ң, ғ outside the readings above: each would double the
 * set for little gain (a reader who wants ң can type ñ or search in Cyrillic).
 *
 * ё is never produced: the index folds it to е (migration 0001), so ё/io/yo give е here.
 */
export const MAX_CANDIDATES = 4;

type Reading = {
  /** Plain i (not after a vowel): и or і. */
  i: 'и' | 'і';
  /** Plain u: у, ұ or ү. */
  u: 'у' | 'ұ' | 'ү';
  g: 'г' | 'ғ';
  a: 'а' | 'ә';
  o: 'о' | 'ө';
  /** ia iu io ya yu yo ts as one letter. */
  glides: boolean;
  k: 'к' | 'қ';
  kh: 'х' | 'қ';
  /** n before g as ң. */
  ng: boolean;
};

const STRICT: Reading = { i: 'и', u: 'у', g: 'г', a: 'а', o: 'о', glides: true, k: 'к', kh: 'х', ng: false };
const BACK: Reading = { ...STRICT, u: 'ұ', g: 'ғ', k: 'қ', kh: 'қ', ng: true };
const FRONT: Reading = { ...STRICT, i: 'і', u: 'ү', ng: true };
/** A back word whose u is у, not ұ (jangyru → жаңғыру): only the consonants read back. */
const BACK_CONSONANTS: Reading = { ...STRICT, g: 'ғ', k: 'қ', kh: 'қ', ng: true };
/** A loanword typed with both back and front letters (selektorlyq): its k is к. */
const BACK_MIXED: Reading = { ...BACK, k: 'к', kh: 'х' };
const FRONT_FULL: Reading = { ...FRONT, a: 'ә', o: 'ө' };
const LITERAL: Reading = { ...STRICT, glides: false };

// Letters with one reading. The 2018 acute alphabet (á ǵ ń ó ú ý) is read too, since it is
// still on signs and in keyboards; c, w, x are not Kazakh letters and get their usual sounds.
const SINGLE: Readonly<Record<string, string>> = {
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  h: 'х',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  v: 'в',
  w: 'у',
  x: 'кс',
  y: 'ы',
  z: 'з',
  ä: 'ә',
  ğ: 'ғ',
  ñ: 'ң',
  ö: 'ө',
  ū: 'ұ',
  ü: 'ү',
  ı: 'і',
  ş: 'ш',
  ç: 'ч',
  á: 'ә',
  ǵ: 'ғ',
  ń: 'ң',
  ó: 'ө',
  ú: 'ү',
  ý: 'у',
};

// Longest first, so şş/shsh win over ş/sh.
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shsh', 'щ'],
  ['şş', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['gh', 'ғ'],
];
const GLIDE_AFTER_Y: Readonly<Record<string, string>> = { a: 'я', u: 'ю', o: 'е' };

const VOWELS = new Set(['a', 'e', 'o', 'u', 'y', 'ä', 'ö', 'ū', 'ü', 'ı', 'á', 'ó', 'ú', 'ý']);
const BACK_STRONG = /[qğyū]/u;
const FRONT_STRONG = /[eäöüıáóú]/u;
const BACK_WEAK = /[ao]/u;
const FRONT_WEAK = /[kgǵ]/u;

/** Whether a word is written in Latin letters only (digits allowed) and so may be Kazakh Latin. */
export function isLatinWord(word: string): boolean {
  return /\p{Script=Latin}/u.test(word) && /^[\p{Script=Latin}\p{N}\p{M}]+$/u.test(word);
}

/** Lower case the Kazakh way: İ → i and I → i (a typed capital I is as ambiguous as i). */
function lower(word: string): string {
  return word.normalize('NFC').replace(/[İI]/g, 'i').toLowerCase().normalize('NFC');
}

/** A letter outside the table by its base letter (é → e), else unchanged. */
function base(ch: string): string {
  if (ch in SINGLE || ch === 'a' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'g') return ch;
  const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return stripped || ch;
}

function read(chars: string[], reading: Reading): string {
  let out = '';
  let i = 0;
  const isVowel = (index: number) => index >= 0 && VOWELS.has(chars[index]);
  while (i < chars.length) {
    const rest = chars.slice(i, i + 4).join('');
    const digraph = DIGRAPHS.find(([latin]) => rest.startsWith(latin));
    if (digraph) {
      out += digraph[1];
      i += Array.from(digraph[0]).length;
      continue;
    }
    const ch = chars[i];
    const next = chars[i + 1];
    if (ch === 'k' && next === 'h') {
      out += reading.kh;
      i += 2;
      continue;
    }
    if (reading.ng && ch === 'n' && (next === 'g' || next === 'ğ' || next === 'ǵ')) {
      out += 'ң';
      i += 1;
      continue;
    }
    if (reading.glides && ch === 'i' && (next === 'a' || next === 'u' || next === 'o')) {
      // ia/iu/io: я/ю/ё at the start or after a vowel; after a consonant the forward rule wrote
      // и + я as "ia", so ия/ию. io after a consonant is usually и + о (radio, region, million).
      const glide = GLIDE_AFTER_Y[next];
      const afterVowel = i === 0 || isVowel(i - 1);
      if (afterVowel) out += glide;
      else out += next === 'o' ? 'ио' : `и${glide}`;
      i += 2;
      continue;
    }
    if (reading.glides && ch === 'y' && (next === 'a' || next === 'u' || next === 'o')) {
      out += GLIDE_AFTER_Y[next]; // older romanisation: partiya, Yurii
      i += 2;
      continue;
    }
    if (reading.glides && ch === 't' && next === 's') {
      out += 'ц';
      i += 2;
      continue;
    }
    switch (ch) {
      case 'i':
        // After a vowel i is й (bai, Aidar, üi); i after i is the ı of a lazily typed word (tiis).
        out += isVowel(i - 1) ? 'й' : reading.i;
        break;
      case 'u':
        out += reading.u;
        break;
      case 'a':
        out += reading.a;
        break;
      case 'o':
        out += reading.o;
        break;
      case 'g':
        out += reading.g;
        break;
      case 'k':
        out += reading.k;
        break;
      default:
        out += SINGLE[ch] ?? ch;
    }
    i += 1;
  }
  return out;
}

/** The readings to try, most likely first, by the word's vowel harmony. */
function readingsFor(word: string): Reading[] {
  const back = BACK_STRONG.test(word);
  const front = FRONT_STRONG.test(word);
  if (back && front) return [STRICT, LITERAL, BACK_MIXED, FRONT];
  if (back) return [STRICT, BACK, BACK_CONSONANTS, LITERAL, FRONT];
  if (front) return [STRICT, FRONT_FULL, FRONT, LITERAL];
  const backWeak = BACK_WEAK.test(word);
  const frontWeak = FRONT_WEAK.test(word);
  if (backWeak && !frontWeak) return [STRICT, BACK, BACK_CONSONANTS, LITERAL, FRONT];
  if (frontWeak && !backWeak) return [STRICT, FRONT_FULL, FRONT, LITERAL];
  return [STRICT, BACK, FRONT, LITERAL, FRONT_FULL];
}

/**
 * Cyrillic spellings of one Latin word, most likely first, at most MAX_CANDIDATES, lower case,
 * without duplicates. Empty when the word is not Latin (Cyrillic, Arabic, digits only).
 */
export function latinToCyrillicCandidates(word: string): string[] {
  if (!isLatinWord(word)) return [];
  const chars = Array.from(lower(word))
    .filter((ch) => !/\p{M}/u.test(ch))
    .map(base);
  if (chars.length === 0) return [];
  const normalized = chars.join('');
  const candidates: string[] = [];
  for (const reading of readingsFor(normalized)) {
    const candidate = read(chars, reading);
    if (!candidates.includes(candidate)) candidates.push(candidate);
    if (candidates.length === MAX_CANDIDATES) break;
  }
  return candidates;
}
