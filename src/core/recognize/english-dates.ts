// English date and time expressions with the same normalised values as the
// Arabic ones: yesterday/today/tomorrow, weekdays (with last/next/this),
// last/next/this week/month/year, "September 27", "27 September 2020",
// "Sept. 27", "September 2020", years after a preposition, clock times
// (3 p.m., 15:00). Prepositions (on, in) stay outside the span.
import type { ArticleContext } from '../text/context';
import type { DateExpr, DateValue } from '../types';
import { resolveIso } from './date-resolve';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const RELATIVE_DAYS: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1,
};
const DIRECTION: Record<string, DateValue['relative']> = { last: 'past', past: 'past', next: 'future', coming: 'future', this: 'current' };

/** Month names are capitalised; abbreviations may take a dot ("Sept."). */
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';

interface Pattern {
  re: RegExp;
  value: (m: RegExpExecArray) => DateValue | undefined;
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
    re: new RegExp(`\\b(?:(last|next|this|past|coming)\\s+)?${WEEKDAY}${PART}(?:,?\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?)?\\b`, 'g'),
    value: m => withDate({ weekday: WEEKDAYS[m[2].toLowerCase()], ...(m[1] ? { relative: DIRECTION[m[1].toLowerCase()] } : {}) }, m[3], m[4], m[5]),
  },
  {
    re: /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow)\b(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?/gi,
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
    re: new RegExp(`\\b(?:(last|next|this|past|coming)\\s+${MONTH}|${MONTH}\\s+${YEAR})\\b`, 'g'),
    value: m => (m[1]
      ? { month: month(m[2]), relative: DIRECTION[m[1].toLowerCase()], calendar: 'gregorian' }
      : { month: month(m[3]), year: +m[4], calendar: 'gregorian' }),
  },
  {
    re: /\b(?:(last|next|this|past|coming)\s+(week|month|year|weekend)|(earlier|later)\s+this\s+(week|month|year))\b/gi,
    value: m => ({ relative: m[1] ? DIRECTION[m[1].toLowerCase()] : m[3].toLowerCase() === 'earlier' ? 'past' : 'future' }),
  },
  {
    // Years need a preposition before them and no counted noun after ("in 2020", not "2000 troops").
    re: /(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom|[Tt]o|[Yy]ear|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)((?:19|20)\d{2})\b(?!\s+[a-z]+(?<!\b(?:and|when|after|before|to|in|on|at|that|the|with|as|but|or|until|while|because|amid))\b)(?![\d%])/g,
    value: m => ({ year: +m[1] }),
  },
  {
    // "3 p.m.", "10:30 a.m.", "9am"
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
