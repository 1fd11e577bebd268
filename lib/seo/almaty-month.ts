import { toAlmatyIso } from '@/lib/format';

// Article sitemaps are split by the calendar month an Almaty reader sees on the article, not the
// UTC month: a story published at 00:30 on 1 August in Almaty belongs to August.

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

export type MonthBucket = { month: string; count: number; lastModified: Date };
