import { toAlmatyIso } from '@/lib/format';

// Article sitemaps are split by the calendar month an Almaty reader sees on the article, not the
// UTC month: a story published at 00:30 on 1 August in Almaty belongs to August.

const HOUR = 3_600_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export type MonthRange = { start: Date; end: Date };

export function almatyMonthOf(date: Date): string {
  return toAlmatyIso(date).slice(0, 7);
}

function offsetMs(date: Date): number {
  const [, sign, hours, minutes] = /([+-])(\d{2}):(\d{2})$/.exec(toAlmatyIso(date))!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}

// Local midnight on the 1st; two passes settle the offset in force then (it changed in 2024).
function monthStart(year: number, month: number): Date {
  const wall = Date.UTC(year, month - 1, 1);
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - offsetMs(new Date(guess));
  return new Date(guess);
}

/** [start, end) of an Almaty calendar month given as "YYYY-MM"; null for anything else. */
export function almatyMonthRange(key: string): MonthRange | null {
  const match = MONTH.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return { start: monthStart(year, month), end: month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1) };
}

export type HourBucket = { hour: number; count: number; lastModified: Date };
export type MonthBucket = { month: string; count: number; lastModified: Date };

/**
 * Folds counts per UTC hour (`floor(ms / 3600000)`) into Almaty months, oldest first. Exact because
 * Almaty's offsets have been whole hours since 1924, so a month never starts inside an hour.
 */
export function foldHoursIntoMonths(buckets: HourBucket[]): MonthBucket[] {
  const months: MonthBucket[] = [];
  let current: (MonthBucket & { start: number; end: number }) | null = null;
  for (const bucket of [...buckets].sort((a, b) => a.hour - b.hour)) {
    const at = bucket.hour * HOUR;
    if (!current || at < current.start || at >= current.end) {
      const month = almatyMonthOf(new Date(at));
      const range = almatyMonthRange(month)!;
      current = { month, count: 0, lastModified: bucket.lastModified, start: range.start.getTime(), end: range.end.getTime() };
      months.push(current);
    }
    current.count += bucket.count;
    if (bucket.lastModified > current.lastModified) current.lastModified = bucket.lastModified;
  }
  return months.map(({ month, count, lastModified }) => ({ month, count, lastModified }));
}
