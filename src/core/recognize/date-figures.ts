// What the date scanner reads inside and between words: the gaps a date's words may have
// between them, years with or without a glued era mark, and dates written in figures.
import type { DateValue } from '../types';
import type { Word } from './discourse';
import { GREGORIAN_MARK, HIJRI_MARK } from './date-lexicon';

/** An expression the scanner found over words [from, to). */
export interface Found {
  /** Index of the first and one past the last word of the expression. */
  from: number;
  to: number;
  value: DateValue;
  /** The expression ends inside parentheses that close right after it: يوليو (تموز). */
  closing?: boolean;
  /** Its year is the first of a span of years (من 2004 حتى 2007). */
  yearSpan?: boolean;
}

export const SPACE_ONLY = /^[\s\u200f\u200e]*$/;
export const COMMA_GAP = /^[\s\u200f\u200e]*[،,]?[\s\u200f\u200e]*$/;
export const SLASH_GAP = /^\s*[/\\\-–—]\s*$/;
export const OPEN_GAP = /^[\s\u200f\u200e]*\([\s\u200f\u200e]*$/;
const CLOSES = /^[\s\u200f\u200e]*\)/;
const AFTER_CLOSE = /^[\s\u200f\u200e]*\)[\s\u200f\u200e]*$/;
/** A date in figures as one word: 27-7-1429هـ، 21.07.2015 (same separator twice). */
const JOINED_NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4}\D*)$/;
/** Years a date in figures may name, by calendar, when no era mark says which. */
const HIJRI_YEARS = [1300, 1500];
const GREGORIAN_YEARS = [1900, 2100];

/** A year as written: four digits, an era mark glued on or not (1436هـ، 2015م). */
export function parseYear(key: string): { year: number; calendar?: 'hijri' | 'gregorian' } | undefined {
  if (!/^\d{4}/.test(key)) return undefined;
  const mark = key.slice(4);
  if (mark && !HIJRI_MARK.has(mark) && !GREGORIAN_MARK.has(mark)) return undefined;
  const year = parseInt(key.slice(0, 4), 10);
  return mark ? { year, calendar: HIJRI_MARK.has(mark) ? 'hijri' : 'gregorian' } : { year };
}

/** Words i.. spell `seq` (the first may carry proclitics), separated by spaces only; the words before seq[from] are known to match. */
export function spellsAt(w: readonly Word[], i: number, seq: readonly string[], from = 0): boolean {
  for (let j = from; j < seq.length; j++) {
    const word = w[i + j];
    if (!word) return false;
    if (j === 0 ? !word.keys.includes(seq[0]) : word.key !== seq[j] || !SPACE_ONLY.test(word.gap)) return false;
  }
  return true;
}

/** Whether word w follows the expression f: after a space, or after the parenthesis f closes (with a comma too when `comma`). */
export function follows(w: Word | undefined, f: Found, comma = false): w is Word {
  return w !== undefined && (f.closing ? AFTER_CLOSE : comma ? COMMA_GAP : SPACE_ONLY).test(w.gap);
}

/** Word i's own parenthesis closes right after it. */
export const closesAfter = (words: readonly Word[], i: number): boolean => CLOSES.test(words[i + 1]?.gap ?? '');

/** A date in figures, day first or year first: 9 / 4 / 1436 هـ، 27-7-1429هـ، 2015/07/21. */
export function numericDate(w: readonly Word[], i: number): Found | undefined {
  const a = w[i], b = w[i + 1], c = w[i + 2];
  const joined = JOINED_NUMERIC_DATE.exec(a.key);
  let parts: string[];
  let to: number;
  if (joined) [parts, to] = [[joined[1], joined[3], joined[4]], i + 1];
  else if (b && c && /^\d{1,4}$/.test(a.key) && /^\d{1,2}$/.test(b.key) && SLASH_GAP.test(b.gap) && c.gap.trim() === b.gap.trim()) {
    [parts, to] = [[a.key, b.key, c.key], i + 3];
  } else return undefined;
  const yearFirst = /^\d{4}$/.test(parts[0]);
  const year = parseYear(yearFirst ? parts[0] : parts[2]);
  // Year first, the era mark is glued to the day (1436/11/5هـ).
  const [, day, dayMark] = /^(\d{1,2})(\D*)$/.exec(yearFirst ? parts[2] : parts[0]) ?? [];
  const markOfDay = yearFirst && dayMark ? parseYear(`0000${dayMark}`)?.calendar : undefined;
  const month = parseInt(parts[1], 10), dayN = parseInt(day ?? '', 10);
  if (!year || !day || (dayMark && !markOfDay) || month < 1 || month > 12 || dayN < 1 || dayN > 31) return undefined;
  const f: Found = { from: i, to, value: { day: dayN, month, year: year.year } };
  let calendar = year.calendar ?? markOfDay;
  const mark = w[to];
  if (!calendar && mark && SPACE_ONLY.test(mark.gap) && (HIJRI_MARK.has(mark.key) || GREGORIAN_MARK.has(mark.key))) {
    calendar = HIJRI_MARK.has(mark.key) ? 'hijri' : 'gregorian';
    f.to++;
  }
  const inRange = (r: number[]) => year.year >= r[0] && year.year < r[1];
  calendar ??= inRange(HIJRI_YEARS) ? 'hijri' : inRange(GREGORIAN_YEARS) ? 'gregorian' : undefined;
  if (!calendar) return undefined;
  f.value.calendar = calendar;
  return f;
}
