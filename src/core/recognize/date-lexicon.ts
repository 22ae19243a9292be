// Runtime view of media/data/date-lexicon.json (built by scripts/build-date-lexicon.ts)
// plus the small closed classes of relative date words (media/lang/ar/dates.json), which need no build step.
import { readDataJson } from '../data-dir';
import { lexicon } from '../lang/lexicon';
import { wordKey } from './word-key';

export interface MonthEntry {
  month: number;
  calendar: 'gregorian' | 'hijri';
}

interface DateLexiconJson {
  months: Record<string, MonthEntry>;
  weekdays: Record<string, number>;
}

export interface DateLexicon {
  /** First folded word of a month name → the full names starting with it (as word lists). */
  months: Map<string, { words: string[]; entry: MonthEntry }[]>;
  weekdays: Map<string, number>;
}

const k = (words: string[]): string[] => words.map(wordKey);

type Entries<T> = { entries: T[] };
interface DateWordsJson {
  relativeDays: Entries<[string[], number]>;
  directions: Record<'past' | 'future' | 'current', string[]>;
  periods: Entries<string>;
  periodParts: Entries<string>;
  seasons: Entries<string>;
  yearWords: Entries<string>;
  timePrepositions: Entries<string>;
  wordMonths: Entries<string>;
  dayParts: Entries<string>;
  dayWord: string;
  monthWord: string;
  hourWord: string;
  pmWords: Entries<string>;
  amWords: Entries<string>;
  hijriMarks: Entries<string>;
  gregorianMarks: Entries<string>;
  dayOrdinals: Entries<[string[], number]>;
  dayMonthLinks: Entries<string>;
  yearKinds: Entries<string>;
  yearRangeStarts: Entries<string>;
  yearRangeLinks: Entries<string>;
  clockHours: Entries<[string[], number]>;
  clockFractions: Entries<[string, number]>;
  demonstratives: Entries<string>;
  spanDirections: Record<'past' | 'future', string[]>;
  spanUnits: Entries<[string, number | null, number]>;
  spanAnchors: Entries<string>;
  eveningDayParts: Entries<string>;
  pmPhrases: Entries<string[]>;
  periodShares: Entries<string[]>;
}
const words = lexicon<DateWordsJson>('ar', 'dates');

/** Day offsets of words that name a day relative to the publication date. */
export const RELATIVE_DAYS: { words: string[]; days: number }[] = words.relativeDays.entries.map(([w, days]) => ({ words: k(w), days }));

export const DIRECTION: Record<string, 'past' | 'future' | 'current'> = Object.fromEntries(
  (['past', 'future', 'current'] as const).flatMap(d => words.directions[d].map(w => [wordKey(w), d])),
);

/** Period nouns that take a direction word: الأسبوع الماضي, الشهر المقبل, العام الجاري. */
export const PERIODS = new Set(k(words.periods.entries));
/** Parts of a period before its noun, a year or a month: نهاية الأسبوع، مطلع يونيو. */
export const PERIOD_PARTS = new Set(k(words.periodParts.entries));
/** Seasons before a year: صيف 2014. */
export const SEASONS = new Set(k(words.seasons.entries));
/** Words that make a bare month name or year after them a date (في مارس، منذ 2009), and the period parts. */
export const TIME_PREPOSITIONS = new Set([...k(words.timePrepositions.entries), ...PERIOD_PARTS]);
/** Month names that are also ordinary words (صفر): a preposition before them is no support. */
export const WORD_MONTHS = new Set(k(words.wordMonths.entries));
/** Words naming a year before its number: عام 2020. */
export const YEAR_WORDS = new Set(k(words.yearWords.entries));
/** Parts of the day that may precede a day word: مساء أمس. */
export const DAY_PARTS = new Set(k(words.dayParts.entries));
export const DAY_WORD = wordKey(words.dayWord);
export const MONTH_WORD = wordKey(words.monthWord);
export const HOUR_WORD = wordKey(words.hourWord);
export const PM_WORDS = new Set(k(words.pmWords.entries));
/** Halves and quarters of a period before من: النصف الأول من 2015. */
export const PERIOD_SHARES: string[][] = words.periodShares.entries.map(k);
/** Phrases after a clock time that put it after noon: بعد الظهر. */
export const PM_PHRASES: string[][] = words.pmPhrases.entries.map(k);
export const AM_WORDS = new Set(k(words.amWords.entries));
/** Era markers after a year: 1442 هـ, 2020 م. */
export const HIJRI_MARK = new Set(k(words.hijriMarks.entries));
export const GREGORIAN_MARK = new Set(k(words.gregorianMarks.entries));
/** [words, number] entries as folded phrases, longest first, so a scan tries الحادي عشر before الحادي. */
const numberedPhrases = (entries: [string[], number][]): { words: string[]; value: number }[] =>
  entries.map(([w, value]) => ({ words: k(w), value })).sort((a, b) => b.words.length - a.words.length);
/** Ordinal days: they name a day only before a link word and a month. */
export const DAY_ORDINALS = numberedPhrases(words.dayOrdinals.entries);
/** Words between a day and its month (5 من ذي القعدة), and a share of a period and the period (النصف الأول من 2015). */
export const DAY_MONTH_LINKS = new Set(k(words.dayMonthLinks.entries));
/** Adjectives between a year word and its number: العام المالي 2014. */
export const YEAR_KINDS = new Set(k(words.yearKinds.entries));
/** Words before the first year of a span (من 2004 حتى 2007) and between its years. */
export const YEAR_RANGE_STARTS = new Set(k(words.yearRangeStarts.entries));
export const YEAR_RANGE_LINKS = new Set(k(words.yearRangeLinks.entries));
/** Hours in words after الساعة. */
export const CLOCK_HOURS = numberedPhrases(words.clockHours.entries);
/** Fractions after an hour in words: والنصف → 30 minutes. */
export const CLOCK_FRACTIONS = new Map(words.clockFractions.entries.map(([w, minutes]) => [wordKey(w), minutes]));
/** Demonstratives that make the period after them the current one: هذا العام. */
export const DEMONSTRATIVES = new Set(k(words.demonstratives.entries));
/** Words before a span of time from the publication date, with its sign: قبل يومين (-), بعد يومين (+). */
export const SPAN_DIRECTIONS = new Map<string, -1 | 1>([
  ...k(words.spanDirections.past).map(w => [w, -1] as [string, -1]),
  ...k(words.spanDirections.future).map(w => [w, 1] as [string, 1]),
]);
/** Units of such a span: length in days (null: no fixed length) and the count the word itself says (0: a number must). */
/** Words after a span's unit that anchor it to an event: قبل يوم من المباراة. */
export const SPAN_ANCHORS = new Set(k(words.spanAnchors.entries));
/** Parts of the day after a clock time that put it after noon. */
export const EVENING_DAY_PARTS = new Set(k(words.eveningDayParts.entries));
export const SPAN_UNITS = new Map(words.spanUnits.entries.map(([w, days, count]) => [wordKey(w), { days, count }]));

let cached: DateLexicon | undefined;

export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const raw = readDataJson<DateLexiconJson>('date-lexicon.json');
  const months = new Map<string, { words: string[]; entry: MonthEntry }[]>();
  for (const [name, entry] of Object.entries(raw.months)) {
    const words = name.split(' ');
    const list = months.get(words[0]) ?? [];
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    months.set(words[0], list);
  }
  cached = { months, weekdays: new Map(Object.entries(raw.weekdays)) };
  return cached;
}
