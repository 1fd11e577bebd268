/**
 * Kazakh Cyrillic → the Arabic-based töte script as written in Xinjiang (and by Kazakhs in Iran,
 * Afghanistan and Mongolia): the orthography of the Xinjiang Kazakh newspapers and books.
 *
 * Letters: а ә → ا, б ب, в ۆ, г گ, ғ ع, д د, е э → ە, ж ج, з ز, и й → ي, к ك, қ ق, л ل, м م,
 * н ن, ң ڭ, о ө → و, п پ, р ر, с س, т ت, у ۋ, ұ ү → ۇ, ф ف, х ح, һ ھ, ч چ, ш ش, ы і → ى.
 * Every vowel is written. Töte has one letter for each back/front vowel pair (а/ә, о/ө, ұ/ү,
 * ы/і), so a front-vowel word is marked once, by the high hamza ٴ (U+0674) written before it:
 * білім → ٴبىلىم, өмір → ٴومىر. A word that contains е (ە), к (ك) or г (گ) is front already, and
 * gets no hamza: Елбасы → ەلباسى, әлеуметтік → الەۋمەتتىك, күн → كۇن. Only words with ә ө ү і
 * are marked, so back words (Қазақстан → قازاقستان) never are. The precomposed letters ٵ ٶ ٷ ٸ
 * (U+0675–U+0678) are not produced: they are compatibility characters for the same hamza + letter.
 *
 * Russian loanwords and names keep the letters töte has for their sounds (the rule of the
 * Xinjiang dictionaries, and of MediaWiki's kk-arab converter): ц → تس, щ → شش, ё → يو,
 * ю → يۋ, я → يا, э → ە, and the hard and soft signs are dropped (объект → وبيەكت, Медведь →
 * مەدۆەد). е after a vowel or a sign is pronounced йе and written يە (объект, аэро- keeps ە for
 * э). After и the glide of я/ю/ё, and a й, are already written: Азия → ازيا, not ازييا, and
 * Юрий → يۋري. в is always ۆ and ф is ف, as the dictionaries write them.
 *
 * Punctuation: the comma, semicolon and question mark take their Arabic forms (، ؛ ؟) except
 * inside numbers (3,5) and Latin runs; guillemets and brackets are mirrored by the browser.
 * Digits stay European (as in Xinjiang print), and Latin-letter words (URLs, brand names,
 * acronyms) are left as they are. Each run of Latin words and numbers (with the spaces and
 * joiners inside it: "iPhone 15 Pro", "19:55", "https://…") is wrapped in the Unicode isolates
 * LRI…PDI, so it reads left to right inside right-to-left text and its neighbours keep their
 * order. Text with no Cyrillic letter is returned unchanged.
 */
const ARABIC: Readonly<Record<string, string>> = {
  а: 'ا',
  ә: 'ا',
  б: 'ب',
  в: 'ۆ',
  г: 'گ',
  ғ: 'ع',
  д: 'د',
  е: 'ە',
  ё: 'يو',
  ж: 'ج',
  з: 'ز',
  и: 'ي',
  й: 'ي',
  к: 'ك',
  қ: 'ق',
  л: 'ل',
  м: 'م',
  н: 'ن',
  ң: 'ڭ',
  о: 'و',
  ө: 'و',
  п: 'پ',
  р: 'ر',
  с: 'س',
  т: 'ت',
  у: 'ۋ',
  ұ: 'ۇ',
  ү: 'ۇ',
  ф: 'ف',
  х: 'ح',
  һ: 'ھ',
  ц: 'تس',
  ч: 'چ',
  ш: 'ش',
  щ: 'شش',
  ъ: '',
  ы: 'ى',
  і: 'ى',
  ь: '',
  э: 'ە',
  ю: 'يۋ',
  я: 'يا',
};

export const HAMZA = '\u0674';
export const LRI = '\u2066';
export const PDI = '\u2069';

const FRONT_VOWEL = /[әөүі]/u;
const FRONT_LETTER = /[екгэ]/u;
/** Letters after which е is read йе: the vowels (not и, whose й is written) and the signs. */
const BEFORE_YE = new Set(['а', 'ә', 'е', 'ё', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я', 'ъ', 'ь']);
const GLIDES = new Set(['ё', 'ю', 'я']);

const CYRILLIC = /[\u0400-\u04FF]/u;
const CYRILLIC_WORD = /[\u0400-\u04FF]+/gu;

// A run read left to right: Latin words and numbers, with joiners inside (3,5 19:55 a.kz/b?c=1)
// and single spaces between them ("iPhone 15 Pro"), or a whole URL.
const LTR_TOKEN = String.raw`[\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9]*(?:[.,:/_\-@+&'’#%=~][\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9]*)*%?`;
const URL = String.raw`(?:https?://|www\.)[^\s<>«»"“”]*[^\s<>«»"“”.,;:!?)]`;
const PIECES = new RegExp(`(${URL}|${LTR_TOKEN}(?: (?:${LTR_TOKEN}))*)|([\\u0400-\\u04FF]+)`, 'gu');

const PUNCTUATION: Readonly<Record<string, string>> = { ',': '،', ';': '؛', '?': '؟' };

/** One Cyrillic word (letters only) in töte, with its hamza. */
export function kazakhWordToArabic(word: string): string {
  const chars = Array.from(word.toLowerCase());
  let out = '';
  chars.forEach((ch, index) => {
    const previous = chars[index - 1];
    if (ch === 'е' && previous !== undefined && BEFORE_YE.has(previous)) out += 'يە';
    else if (GLIDES.has(ch) && previous === 'и') out += ARABIC[ch].slice(1);
    else if (ch === 'й' && previous === 'и') return;
    else out += ARABIC[ch] ?? ch;
  });
  const lower = chars.join('');
  return FRONT_VOWEL.test(lower) && !FRONT_LETTER.test(lower) ? HAMZA + out : out;
}

export type ArabicOptions = {
  /**
   * How a left-to-right run is kept whole: LRI…PDI by default; `false` leaves it bare (UI
   * strings whose ICU arguments must stay as written), or a function (HTML: a <bdi>).
   */
  isolate?: boolean | ((run: string) => string);
  /** Convert even text with no Cyrillic: its runs isolated, its punctuation Arabic (HTML text nodes of a Kazakh body). */
  always?: boolean;
};

function punctuation(text: string): string {
  return text.replace(/[,;?]/g, (ch) => PUNCTUATION[ch]);
}

export function toKazakhArabic(text: string, options: ArabicOptions = {}): string {
  const normalized = text.normalize('NFC'); // й and ё typed as a letter plus a combining mark
  const { isolate = true, always = false } = options;
  if (!always && !CYRILLIC.test(normalized)) return text;
  const wrap = typeof isolate === 'function' ? isolate : isolate ? (run: string) => LRI + run + PDI : (run: string) => run;
  let out = '';
  let last = 0;
  for (const match of normalized.matchAll(PIECES)) {
    out += punctuation(normalized.slice(last, match.index));
    const [piece, ltr] = match;
    out += ltr !== undefined ? wrap(ltr) : piece.replace(CYRILLIC_WORD, kazakhWordToArabic);
    last = match.index + piece.length;
  }
  return out + punctuation(normalized.slice(last));
}
