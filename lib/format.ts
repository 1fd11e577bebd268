import { ARABIC, LATIN, type Edition, type PathLocale } from '@/lib/domain';
import { toKazakhArabic } from '@/lib/translit/kk-arab';
import { toKazakhLatin } from '@/lib/translit/kk-latin';

export const TIME_ZONE = 'Asia/Almaty';

/** An edition, or a script view of the Kazakh one ("8 şılde 2017, 19:55", "8 شىلدە 2017، 19:55"). */
export type DateLocale = PathLocale;

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

// Formatters are costly to build and these are called for every card on a page.
const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let fmt = formatterCache.get(key);
  if (!fmt) {
    // An explicit timeZone makes the output independent of process.env.TZ.
    fmt = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    formatterCache.set(key, fmt);
  }
  return fmt;
}

function partsOf(date: Date, locale: string, options: Intl.DateTimeFormatOptions): Parts {
  const parts: Parts = {};
  for (const part of formatter(locale, options).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = part.value;
  }
  return parts;
}

// Only the parts are taken from ICU and joined ourselves: ICU's own patterns
// add "2017 ж." (kk) and "г. в" (ru), which the newsroom style does not use.
function dayMonthYear(date: Date, locale: Edition): string {
  const p = partsOf(date, locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

// ICU has no Kazakh in Latin or Arabic script: the Kazakh date, transliterated.
function inScript(locale: DateLocale, format: (locale: Edition) => string): string {
  if (locale === LATIN) return toKazakhLatin(format('kk'));
  if (locale === ARABIC) return toKazakhArabic(format('kk'));
  return format(locale);
}

export function formatShortDate(date: Date, locale: DateLocale): string {
  return inScript(locale, (l) => dayMonthYear(date, l));
}

export function formatArticleDate(date: Date, locale: DateLocale): string {
  return inScript(locale, (l) => articleDate(date, l));
}

function articleDate(date: Date, locale: Edition): string {
  // Month and time are requested together so the month keeps the genitive
  // form ICU uses next to a day ("июля", not "июль").
  const p = partsOf(date, locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

function almatyOffset(date: Date): string {
  const p = partsOf(date, 'en-US', { timeZoneName: 'longOffset' });
  // "GMT+06:00" / "GMT+05:00"; a zero offset is rendered as bare "GMT".
  const match = /^GMT([+-]\d{2}:\d{2})?$/.exec(p.timeZoneName ?? '');
  if (!match) throw new RangeError(`Unexpected offset format: ${p.timeZoneName}`);
  return match[1] ?? '+00:00';
}

export function toAlmatyIso(date: Date): string {
  const p = partsOf(date, 'en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${almatyOffset(date)}`;
}

export function toRfc822(date: Date): string {
  return date.toUTCString();
}

/** A `<input type="datetime-local">` value read as Almaty wall-clock time; null when malformed. */
export function parseAlmatyLocal(value: string): Date | null {
  // Seconds are optional: a browser sends them when the input has step="1" (a banner's end).
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day) return null;
  // The offset in force at that moment (Kazakhstan changed it in 2024); two passes settle it.
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - almatyOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** The reverse: a Date as the `datetime-local` value an Almaty editor sees. */
export function toAlmatyLocalInput(date: Date): string {
  return new Date(date.getTime() + almatyOffsetMinutes(date) * 60_000).toISOString().slice(0, 16);
}

function almatyOffsetMinutes(date: Date): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(almatyOffset(date))!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
