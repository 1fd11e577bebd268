const LOWER_MAP: Readonly<Record<string, string>> = {
  // Kazakh-specific letters
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Russian alphabet (readable passport/ICAO-like scheme)
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const MAX_SLUG_LENGTH = 80;
const FALLBACK_SLUG = 'article';

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function transliterate(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const latin = LOWER_MAP[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (lower === ch || latin === '') {
      out += latin;
      continue;
    }
    // An all-caps word ("ШЫМКЕНТ") should stay all-caps ("SHYMKENT"), not "ShYMKENT";
    // a neighbouring capital within the same word signals that.
    const next = chars[i + 1];
    const prev = chars[i - 1];
    const allCaps = isUpperLetter(next) || (!isLetter(next) && isUpperLetter(prev));
    out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

export function slugify(title: string): string {
  const ascii = transliterate(title)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    // Cutting at a hyphen keeps the last word whole; only a single very long
    // "word" (no hyphen to cut at) falls back to a hard cut.
    const lastHyphen = slug.charAt(MAX_SLUG_LENGTH) === '-' ? MAX_SLUG_LENGTH : cut.lastIndexOf('-');
    slug = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
  }

  return slug || FALLBACK_SLUG;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A malformed escape (e.g. a truncated "%E0%A4") must not crash the route.
    return value;
  }
}

export function parseIdSlug(value: string): { id: number; slug: string } | null {
  if (typeof value !== 'string') return null;
  const match = /^([1-9][0-9]*)(?:-(.*))?$/s.exec(safeDecode(value));
  if (!match) return null;
  const id = Number(match[1]);
  // Beyond MAX_SAFE_INTEGER distinct strings collapse to the same number,
  // which would let two URLs address one article (or the wrong one).
  if (!Number.isSafeInteger(id)) return null;
  return { id, slug: match[2] ?? '' };
}
