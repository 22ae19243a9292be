// English date and time expressions with the same normalised values as the
// Arabic ones: yesterday/today/tomorrow, weekdays (with last/next/this),
// last/next/this week/month/year, "September 27", "27 September 2020",
// "Sept. 27", "September 2020", years after a preposition, clock times
// (3 p.m., 15:00). Prepositions (on, in) stay outside the span.
import type { ArticleContext } from '../text/context';
import type { DateExpr, DateValue } from '../types';
import { resolveIso } from './date-resolve';
import { capitalisable, lexicon } from '../lang/lexicon';

export interface DateWords {
  months: string[][];
  weekdays: string[];
  relativeDays: Array<[string, number]>;
  directions: Array<[string, NonNullable<DateValue['relative']>]>;
  dayParts: string[];
  periods: string[];
  thisPeriods: string[];
  yearWords: string[];
  yearFollowers: string[];
  monthWords: string[];
  periodParts: string[];
  seasons: string[];
  spanUnits: Array<[string, number | null]>;
  countWords: Array<[string, number | null]>;
  periodShares: string[];
}
const words = lexicon<DateWords>('en', 'dates');

const MONTHS: Record<string, number> = Object.fromEntries(words.months.flatMap((forms, i) => forms.map(f => [f.toLowerCase(), i + 1])));
const WEEKDAYS: Record<string, number> = Object.fromEntries(words.weekdays.map((d, i) => [d.toLowerCase(), i + 1]));
const RELATIVE_DAYS: Record<string, number> = Object.fromEntries(words.relativeDays);
const DIRECTION: Record<string, DateValue['relative']> = Object.fromEntries(words.directions);
const DIRECTIONS = words.directions.map(d => d[0]).join('|');

/** Month names are capitalised; abbreviations may take a dot ("Sept."). */
const MONTH = `(${words.months.map(forms => forms[0]).join('|')}|(?:${words.months.flatMap(forms => forms.slice(1)).join('|')})\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** Full month names only: an abbreviation alone (Mar, Jan) is too often something else. */
const MONTH_NAME = `(${words.months.map(forms => forms[0]).join('|')})`;
const PERIOD_PART = `(${words.periodParts.join('|')})\\s+of\\s+`;
const WEEKDAY = `(${words.weekdays.join('|')})`;
const PART = `(?:\\s+(?:${words.dayParts.join('|')}))?`;

interface Pattern {
  re: RegExp;
  value: (m: RegExpExecArray) => DateValue | undefined;
}

const SPAN_DAYS: Record<string, number | null> = Object.fromEntries(words.spanUnits);
const COUNTS: Record<string, number | null> = Object.fromEntries(words.countWords);
const COUNT = `(\\d{1,3}|${words.countWords.map(c => c[0]).join('|')})`;

/** A date in figures, day first as the region's outlets write it, month first where the day says so (07/21/2015). */
function numericDate(a: string, b: string, y: string): DateValue | undefined {
  const [d, m] = +a > 12 || +b <= 12 ? [+a, +b] : [+b, +a];
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? { day: d, month: m, year: +y, calendar: 'gregorian' } : undefined;
}

const month = (s: string): number => MONTHS[s.replace('.', '').toLowerCase()];
const day = (s: string | undefined): number | undefined => (s && +s >= 1 && +s <= 31 ? +s : undefined);

/** A weekday followed by an optional date: "Monday, September 27". */
const withDate = (v: DateValue, monthName?: string, d?: string, y?: string): DateValue => {
  if (monthName && day(d)) Object.assign(v, { month: month(monthName), day: day(d), calendar: 'gregorian' });
  if (y) v.year = +y;
  return v;
};

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`\\b(?:(${DIRECTIONS})\\s+)?${WEEKDAY}${PART}(?:,?\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?)?\\b`, 'g'),
    value: m => withDate({ weekday: WEEKDAYS[m[2].toLowerCase()], ...(m[1] ? { relative: DIRECTION[m[1].toLowerCase()] } : {}) }, m[3], m[4], m[5]),
  },
  {
    re: new RegExp(`\\b(${words.relativeDays.map(d => d[0]).join('|')})\\b${PART}(?:,?\\s+${WEEKDAY})?`, 'gi'),
    value: m => ({ relativeDays: RELATIVE_DAYS[m[1].toLowerCase()], ...(m[2] ? { weekday: WEEKDAYS[m[2].toLowerCase()] } : {}) }),
  },
  {
    // "September 27", "Sept. 27, 2020", "September 27th"
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?!\\d|:)(?:,?\\s+${YEAR})?\\b`, 'g'),
    value: m => (day(m[2]) ? { month: month(m[1]), day: day(m[2]), ...(m[3] ? { year: +m[3] } : {}), calendar: 'gregorian' } : undefined),
  },
  {
    // "27 September 2020", "27th of September"
    re: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'),
    value: m => (day(m[1]) ? { month: month(m[2]), day: day(m[1]), ...(m[3] ? { year: +m[3] } : {}), calendar: 'gregorian' } : undefined),
  },
  {
    // "September 2020", "last September", "early March" needs support: a year or a direction word.
    re: new RegExp(`\\b(?:(${DIRECTIONS})\\s+${MONTH}|${MONTH}\\s+${YEAR})\\b`, 'g'),
    value: m => (m[1]
      ? { month: month(m[2]), relative: DIRECTION[m[1].toLowerCase()], calendar: 'gregorian' }
      : { month: month(m[3]), year: +m[4], calendar: 'gregorian' }),
  },
  {
    re: new RegExp(`\\b(?:(${DIRECTIONS})\\s+(${words.periods.join('|')})|(earlier|later)\\s+this\\s+(${words.thisPeriods.join('|')}))\\b`, 'gi'),
    value: m => ({ relative: m[1] ? DIRECTION[m[1].toLowerCase()] : m[3].toLowerCase() === 'earlier' ? 'past' : 'future' }),
  },
  {
    // A bare month after a preposition: "in March", "since November" (the preposition stays outside).
    re: new RegExp(`(?<=\\b(?:${capitalisable(words.monthWords)})\\s+)${MONTH_NAME}\\b`, 'g'),
    value: m => ({ month: month(m[1]), calendar: 'gregorian' }),
  },
  {
    // "end of the week", "start of next month", "middle of this year": without a direction, the current one.
    re: new RegExp(`\\b${PERIOD_PART}(?:the|(${DIRECTIONS}))\\s+(?:${words.periods.join('|')})\\b`, 'gi'),
    value: m => ({ relative: m[2] ? DIRECTION[m[2].toLowerCase()] : 'current' }),
  },
  {
    // "end of March", "beginning of May 2021"
    re: new RegExp(`\\b${PERIOD_PART}${MONTH_NAME}(?:,?\\s+${YEAR})?\\b`, 'g'),
    value: m => ({ month: month(m[2]), ...(m[3] ? { year: +m[3] } : {}), calendar: 'gregorian' }),
  },
  {
    // "the summer of 2014", "Spring 2016"
    re: new RegExp(`\\b(?:${words.seasons.join('|')})\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    value: m => ({ year: +m[1] }),
  },
  {
    // Years need a preposition before them and no counted noun after ("in 2020", not "2000 troops").
    re: new RegExp(`(?<=\\b(?:${capitalisable(words.yearWords)})\\s+)((?:19|20)\\d{2})\\b(?!\\s+[a-z]+(?<!\\b(?:${words.yearFollowers.join('|')}))\\b)(?![\\d%])`, 'g'),
    value: m => ({ year: +m[1] }),
  },
  {
    // "21/07/2015", "2015-07-21"
    re: /\b(?:(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{1,2})-(\d{1,2}))\b(?![/.-]?\d)/g,
    value: m => (m[1] ? numericDate(m[1], m[3], m[4]) : numericDate(m[7], m[6], m[5])),
  },
  {
    // "two days ago", "a week ago", "3 years ago": months and years keep their direction only.
    re: new RegExp(`\\b${COUNT}\\s+(${words.spanUnits.map(u => u[0]).join('|')})s?\\s+ago\\b`, 'gi'),
    value: m => {
      const n = /^\d/.test(m[1]) ? +m[1] : COUNTS[m[1].toLowerCase()];
      const days = SPAN_DAYS[m[2].toLowerCase()];
      return n && days ? { relativeDays: -n * days } : { relative: 'past' };
    },
  },
  {
    // "the first half of 2015", "the third quarter of this year"
    re: new RegExp(`\\b(?:${words.periodShares.join('|')})\\s+of\\s+(?:${YEAR}|(?:the|(${DIRECTIONS}))\\s+year)\\b`, 'gi'),
    value: m => (m[1] ? { year: +m[1] } : { relative: m[2] ? DIRECTION[m[2].toLowerCase()] : 'current' }),
  },
  {
    // "3 p.m.", "10:30 a.m.", "9am\"
    re: /\b(\d{1,2})(?::([0-5]\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)/g,
    value: m => {
      let h = +m[1];
      if (h < 1 || h > 12) return undefined;
      const pm = /^p/i.test(m[3]);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      return { time: `${String(h).padStart(2, '0')}:${m[2] ?? '00'}` };
    },
  },
  {
    // "15:00", "at 9:30 GMT" — two-digit minutes, no seconds or score-like runs.
    re: /\b([01]?\d|2[0-3]):([0-5]\d)\b(?![:\d])/g,
    value: m => ({ time: `${m[1].padStart(2, '0')}:${m[2]}` }),
  },
];

interface Found {
  start: number;
  end: number;
  value: DateValue;
}

/** English date expressions; ISO dates when the publication date is known. */
export function findEnglishDates(ctx: ArticleContext, publicationDate?: string): DateExpr[] {
  const found: Found[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.text); m; m = p.re.exec(ctx.text)) {
      const value = p.value(m);
      if (value) found.push({ start: m.index, end: m.index + m[0].length, value });
    }
  }
  // Longest expression wins where patterns overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept.map((f, i) => {
    const value: DateValue = { ...f.value };
    const iso = resolveIso(value, publicationDate);
    if (iso) value.iso = iso;
    return { id: `d${i + 1}`, start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end), value, origin: 'auto' as const };
  });
}
