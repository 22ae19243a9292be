// Runtime view of media/data/date-lexicon.json (built by scripts/build-date-lexicon.ts)
// plus the small closed classes of relative date words, which need no build step.
import { readDataJson } from '../data-dir';
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

/** Day offsets of words that name a day relative to the publication date. */
export const RELATIVE_DAYS: { words: string[]; days: number }[] = [
  { words: k(['أول', 'أمس']), days: -2 },
  { words: k(['أمس', 'الأول']), days: -2 },
  { words: k(['بعد', 'غد']), days: 2 },
  { words: k(['أمس']), days: -1 },
  { words: k(['البارحة']), days: -1 },
  { words: k(['اليوم']), days: 0 },
  { words: k(['غدا']), days: 1 },
  { words: k(['غداً']), days: 1 },
];

export const DIRECTION: Record<string, 'past' | 'future' | 'current'> = Object.fromEntries([
  ['الماضي', 'past'], ['الماضية', 'past'], ['الفائت', 'past'], ['الفائتة', 'past'], ['المنصرم', 'past'], ['المنصرمة', 'past'],
  ['المقبل', 'future'], ['المقبلة', 'future'], ['القادم', 'future'], ['القادمة', 'future'],
  ['الجاري', 'current'], ['الجارية', 'current'], ['الحالي', 'current'], ['الحالية', 'current'],
].map(([w, d]) => [wordKey(w), d as 'past' | 'future' | 'current']));

/** Period nouns that take a direction word: الأسبوع الماضي, الشهر المقبل, العام الجاري. */
export const PERIODS = new Set(k(['الأسبوع', 'الشهر', 'العام', 'السنة', 'الأسابيع', 'الأشهر', 'الشهور']));
/** Words naming a year before its number: عام 2020. */
export const YEAR_WORDS = new Set(k(['عام', 'العام', 'سنة', 'لعام', 'لسنة', 'بعام', 'وعام']));
/** Parts of the day that may precede a day word: مساء أمس. */
export const DAY_PARTS = new Set(k(['صباح', 'مساء', 'ظهر', 'فجر', 'ليل', 'ليلة', 'عصر', 'صباحَ', 'مساءَ']));
export const DAY_WORD = wordKey('يوم');
export const MONTH_WORD = wordKey('شهر');
export const HOUR_WORD = wordKey('الساعة');
export const PM_WORDS = new Set(k(['مساء', 'مساءً', 'ظهرا', 'ظهراً', 'عصرا', 'ليلا']));
export const AM_WORDS = new Set(k(['صباحا', 'صباحاً', 'فجرا']));
/** Era markers after a year: 1442 هـ, 2020 م. */
export const HIJRI_MARK = new Set(k(['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة']));
export const GREGORIAN_MARK = new Set(k(['م', 'ميلادي', 'ميلادية', 'للميلاد']));

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
