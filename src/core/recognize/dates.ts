// Date and time expressions: relative day words, weekdays, day + month in the
// Gregorian (transliterated, Levantine/Syriac, Maghrebi) and Hijri calendars,
// combined "أيلول/سبتمبر" forms, years, periods with a direction word, clock times.
// One left-to-right pass over the tokens; each pattern tries to extend the span.
import type { ArticleContext } from '../text/context';
import type { DateExpr, DateValue } from '../types';
import { originalOffset, readings } from './word-key';
import { WordMemo, wordsOf, type Word } from './discourse';
import {
  DAY_MONTH_LINKS, DAY_ORDINALS, DAY_PARTS, DAY_WORD, DEMONSTRATIVES, DIRECTION, EVENING_DAY_PARTS, GREGORIAN_MARK, HIJRI_MARK, HOUR_WORD, MONTH_WORD, PERIOD_PARTS, PERIOD_SHARES, PERIODS,
  RELATIVE_DAYS, SEASONS, SPAN_DIRECTIONS, TIME_PREPOSITIONS, WORD_MONTHS, YEAR_KINDS, YEAR_RANGE_LINKS, YEAR_RANGE_STARTS, YEAR_WORDS, dateLexicon, type DateLexicon, type MonthEntry,
} from './date-lexicon';
import { resolveIso } from './date-resolve';
import { afterNoon, clockAt, timeSpanAt } from './date-times';
import { closesAfter, COMMA_GAP, follows, numericDate, OPEN_GAP, parseYear, SLASH_GAP, SPACE_ONLY, spellsAt, type Found } from './date-figures';
import { findEnglishDates } from './english-dates';

const RELATIVE_FIRST = new Set(RELATIVE_DAYS.map(r => r.words[0]));
const isDigits = (k: string): boolean => /^\d+$/.test(k);
const isRelativeFirst = (k: string): boolean => RELATIVE_FIRST.has(k);
const ORDINAL_FIRST = new Set(DAY_ORDINALS.map(o => o.words[0]));
const isOrdinalFirst = (k: string): boolean => ORDINAL_FIRST.has(k);
const isPeriod = (k: string): boolean => PERIODS.has(k);
const isYearWord = (k: string): boolean => YEAR_WORDS.has(k);
const isTimePreposition = (k: string): boolean => TIME_PREPOSITIONS.has(k);
/** A year named by its number alone: four digits in the range news writes of. */
const BARE_YEAR = /^(?:19|20)\d\d$/;

const isNumber = (w: Word | undefined, max: number): number | undefined => {
  const digits = w?.keys.find(isDigits);
  if (digits === undefined) return undefined;
  const n = parseInt(digits, 10);
  return n >= 1 && n <= max ? n : undefined;
};

class Scanner {
  private readonly lex = dateLexicon();
  constructor(private readonly w: Word[]) {}

  private spells(i: number, seq: string[], from = 0): boolean {
    return spellsAt(this.w, i, seq, from);
  }

  private month(i: number): { entry: MonthEntry; to: number } | undefined {
    const word = this.w[i];
    if (!word) return undefined;
    for (const key of word.keys) {
      const cands = this.lex.months.get(key);
      if (!cands) continue;
      // The first word is `key` itself, one of this word's readings.
      for (const cand of cands) if (this.spells(i, cand.words, 1)) return { entry: cand.entry, to: i + cand.words.length };
    }
    return undefined;
  }

  private weekday(i: number, bareAllowed: boolean): number | undefined {
    const word = this.w[i];
    if (!word) return undefined;
    for (const key of word.keys) {
      const d = this.lex.weekdays.get(key);
      // Bare forms (أحد، جمعة، سبت) are ordinary words unless "يوم" precedes them.
      if (d !== undefined && (bareAllowed || key.startsWith('ال'))) return d;
    }
    return undefined;
  }

  private direction(i: number, f?: Found): 'past' | 'future' | 'current' | undefined {
    const word = this.w[i];
    return (f ? follows(word, f, true) : word && COMMA_GAP.test(word.gap)) ? DIRECTION[word.key] : undefined;
  }

  /** Optional year and era mark after a month; extends `f`. */
  private year(f: Found): void {
    const y = this.w[f.to];
    const year = follows(y, f) ? parseYear(y.key) : undefined;
    if (year) {
      f.value.year = year.year;
      if (year.calendar === 'hijri') f.value.calendar = 'hijri';
      f.to++;
      f.closing = false;
      const mark = this.w[f.to];
      if (!year.calendar && mark && SPACE_ONLY.test(mark.gap) && (HIJRI_MARK.has(mark.key) || GREGORIAN_MARK.has(mark.key))) {
        if (HIJRI_MARK.has(mark.key)) f.value.calendar = 'hijri';
        f.to++;
      }
    }
    const dir = this.direction(f.to, f);
    if (dir) {
      f.value.relative = dir;
      f.to++;
      f.closing = false;
    }
  }

  /** The ordinal day words i.. spell (السادس، الحادي عشر). */
  private ordinalDay(i: number): { day: number; to: number } | undefined {
    // Most words start no ordinal: one set lookup per reading instead of trying each ordinal.
    if (!this.w[i]?.keys.some(isOrdinalFirst)) return undefined;
    for (const o of DAY_ORDINALS) if (this.spells(i, o.words)) return { day: o.value, to: i + o.words.length };
    return undefined;
  }


  /** Day number + month (+ "/" month) + optional year and direction. */
  private dayMonth(i: number, requireDay: boolean): Found | undefined {
    const number = isNumber(this.w[i], 31);
    const ordinal = number === undefined ? this.ordinalDay(i) : undefined;
    const day = number ?? ordinal?.day;
    let at = number !== undefined ? i + 1 : ordinal ? ordinal.to : i;
    if (requireDay && day === undefined) return undefined;
    if (day !== undefined && !SPACE_ONLY.test(this.w[at]?.gap ?? 'x')) return undefined;
    // A day before من and its month (5 من ذي القعدة); an ordinal names a day only so (السادس من شوال).
    if (day !== undefined && DAY_MONTH_LINKS.has(this.w[at].key) && SPACE_ONLY.test(this.w[at + 1]?.gap ?? 'x')) at++;
    else if (ordinal) return undefined;
    const m = this.month(at);
    if (!m) return undefined;
    const f: Found = { from: i, to: m.to, value: { month: m.entry.month, calendar: m.entry.calendar } };
    if (day !== undefined) f.value.day = day;
    // Combined forms name the same month twice: أيلول/سبتمبر.
    const alt = this.w[f.to] && SLASH_GAP.test(this.w[f.to].gap) ? this.month(f.to) : undefined;
    if (alt && alt.entry.month === m.entry.month) f.to = alt.to;
    // Or with its other name in parentheses: يوليو (تموز) 2008.
    const inParens = !alt && OPEN_GAP.test(this.w[f.to]?.gap ?? '') ? this.month(f.to) : undefined;
    if (inParens && inParens.entry.month === m.entry.month && closesAfter(this.w, inParens.to - 1)) {
      f.to = inParens.to;
      f.closing = true;
    }
    this.year(f);
    // A bare month name is often an ordinary word (صفر، رجب، ماي): keep it only with support.
    const prev = this.w[i - 1];
    const supported = day !== undefined || f.value.year !== undefined || f.value.relative !== undefined || alt !== undefined || inParens !== undefined ||
      (prev !== undefined && prev.keys.includes(MONTH_WORD)) ||
      (day === undefined && this.bareMonthWord(i) && this.afterTimePreposition(i));
    return supported ? f : undefined;
  }

  private relativeDay(i: number): Found | undefined {
    // Most words start no relative-day phrase: one set lookup per reading instead of trying each phrase.
    if (!this.w[i]?.keys.some(isRelativeFirst)) return undefined;
    for (const r of RELATIVE_DAYS) {
      if (!this.spells(i, r.words)) continue;
      const f: Found = { from: i, to: i + r.words.length, value: { relativeDays: r.days } };
      const next = this.w[f.to];
      // Its weekday after a comma or in parentheses: أمس (الأربعاء).
      const inParens = next !== undefined && OPEN_GAP.test(next.gap) && closesAfter(this.w, f.to);
      const wd = next && (COMMA_GAP.test(next.gap) || inParens) ? this.weekday(f.to, false) : undefined;
      if (wd !== undefined) {
        f.value.weekday = wd;
        f.to++;
        f.closing = inParens;
      }
      return f;
    }
    return undefined;
  }

  private weekdayExpr(i: number): Found | undefined {
    const yawm = this.w[i].keys.includes(DAY_WORD) && SPACE_ONLY.test(this.w[i + 1]?.gap ?? 'x');
    const at = yawm ? i + 1 : i;
    const wd = this.weekday(at, yawm);
    if (wd === undefined) return undefined;
    const f: Found = { from: i, to: at + 1, value: { weekday: wd } };
    const dir = this.direction(f.to);
    if (dir) {
      f.value.relative = dir;
      f.to++;
    }
    const dm = this.w[f.to] && COMMA_GAP.test(this.w[f.to].gap) ? this.dayMonth(f.to, true) : undefined;
    if (dm) {
      Object.assign(f.value, dm.value);
      f.to = dm.to;
    }
    return f;
  }

  private period(i: number): Found | undefined {
    const word = this.w[i];
    if (!word.keys.some(isPeriod)) return undefined;
    const dir = this.direction(i + 1);
    if (!dir || !SPACE_ONLY.test(this.w[i + 1].gap)) return undefined;
    // The year it names may follow (العام الماضي 2014.), but only before punctuation or an era
    // mark: a number there is more often a count (العام الماضي 2000 طن).
    const y = this.w[i + 2], after = this.w[i + 3];
    if (word.keys.some(isYearWord) && y && SPACE_ONLY.test(y.gap) && BARE_YEAR.test(y.key.slice(0, 4)) && parseYear(y.key)) {
      const f = this.yearFrom(i, i + 2);
      if (f.value.calendar || !after || /[.،,؛;:]/.test(after.gap) || (f.to === i + 3 && !SPACE_ONLY.test(after.gap))) return f;
    }
    return { from: i, to: i + 2, value: { relative: dir } };
  }

  /** Word i is a month name as written, with no proclitic (في باب is not ب + آب) and not also an ordinary word (صفر). */
  private bareMonthWord(i: number): boolean {
    const key = this.w[i].key;
    return this.lex.months.has(key) && !WORD_MONTHS.has(key);
  }

  /** A word of the kind that makes a bare month or year right after it a date (في مارس، منذ 2009). */
  private afterTimePreposition(i: number): boolean {
    const prev = this.w[i - 1];
    return prev !== undefined && SPACE_ONLY.test(this.w[i].gap) && prev.keys.some(isTimePreposition);
  }

  private yearExpr(i: number): Found | undefined {
    if (!this.w[i].keys.some(isYearWord)) return undefined;
    // Its kind may stand between: العام المالي 2014.
    const kind = this.w[i + 1];
    const at = kind && SPACE_ONLY.test(kind.gap) && YEAR_KINDS.has(kind.key) ? i + 2 : i + 1;
    const y = this.w[at];
    return y && SPACE_ONLY.test(y.gap) && parseYear(y.key) ? this.yearFrom(i, at) : undefined;
  }

  /** A four-digit year alone, after a time preposition: في 2009. */
  private bareYear(i: number): Found | undefined {
    if (!BARE_YEAR.test(this.w[i].key)) return undefined;
    if (this.afterTimePreposition(i)) return this.yearFrom(i, i);
    // After من or بين only as the first of a span: من 2004 حتى 2007، بين 2008 و2011.
    const prev = this.w[i - 1];
    const f = prev && SPACE_ONLY.test(this.w[i].gap) && prev.keys.some(k => YEAR_RANGE_STARTS.has(k)) ? this.yearFrom(i, i) : undefined;
    return f?.yearSpan ? f : undefined;
  }

  /** A season and the year or period it belongs to: صيف 2014، خريف عام 1990، صيف العام الماضي. */
  private season(i: number): Found | undefined {
    const next = this.w[i + 1];
    if (!this.w[i].keys.some(k => SEASONS.has(k)) || !next || !SPACE_ONLY.test(next.gap)) return undefined;
    const inner = (parseYear(next.key) ? this.yearFrom(i + 1, i + 1) : undefined) ?? this.yearExpr(i + 1) ?? this.period(i + 1);
    return inner && { ...inner, from: i };
  }

  /** A part of a period, month or year and what it is part of: نهاية الأسبوع، مطلع يونيو، أواخر عام 2019. */
  private periodPart(i: number): Found | undefined {
    const next = this.w[i + 1];
    if (!this.w[i].keys.some(k => PERIOD_PARTS.has(k)) || !next || !SPACE_ONLY.test(next.gap)) return undefined;
    const inner = this.period(i + 1) ?? this.yearExpr(i + 1) ?? this.bareYear(i + 1) ?? this.dayMonth(i + 1, false) ??
      // Without a direction word the period is the current one (نهاية الأسبوع: this weekend).
      (next.keys.some(isPeriod) ? { from: i + 1, to: i + 2, value: { relative: 'current' as const } } : undefined);
    return inner && { ...inner, from: i };
  }

  /** A half or quarter of a year or period and what it is part of: النصف الأول من 2015، الربع الثالث من العام الجاري. */
  private periodShare(i: number): Found | undefined {
    const share = PERIOD_SHARES.find(p => this.spells(i, p));
    const link = share && this.w[i + share.length];
    if (!share || !link || !SPACE_ONLY.test(link.gap) || !DAY_MONTH_LINKS.has(link.key) || !SPACE_ONLY.test(this.w[i + share.length + 1]?.gap ?? 'x')) return undefined;
    const at = i + share.length + 1;
    const year = BARE_YEAR.test(this.w[at].key) ? this.yearFrom(at, at) : undefined;
    const inner = year ?? this.period(at) ?? this.yearExpr(at) ??
      (this.w[at].keys.some(isPeriod) ? { from: at, to: at + 1, value: { relative: 'current' as const } } : undefined);
    return inner && { ...inner, from: i };
  }

  /** The year whose number is word `at`, from word `from`, with an era mark after it. */
  private yearFrom(from: number, at: number): Found {
    const first = parseYear(this.w[at].key);
    const f: Found = { from, to: at + 1, value: { year: first?.year ?? parseInt(this.w[at].key, 10) } };
    let calendar = first?.calendar;
    // A span of years (1436/1437هـ، 2015-2016) is dated by its first; the era mark may follow the second.
    const next = this.w[f.to];
    const second = next && SLASH_GAP.test(next.gap) ? parseYear(next.key) : undefined;
    if (second) {
      f.to++;
      calendar ??= second.calendar;
    }
    else if (BARE_YEAR.test(this.w[at].key)) this.yearSpan(f);
    const mark = this.w[f.to];
    if (!calendar && mark && SPACE_ONLY.test(mark.gap) && (HIJRI_MARK.has(mark.key) || GREGORIAN_MARK.has(mark.key))) {
      calendar = HIJRI_MARK.has(mark.key) ? 'hijri' : 'gregorian';
      f.to++;
    }
    if (calendar) f.value.calendar = calendar;
    return f;
  }

  /** The second year of a span in words after f's year: حتى 2007، إلى 2013، و2011. */
  private yearSpan(f: Found): void {
    const link = this.w[f.to], next = this.w[f.to + 1];
    if (!link || !SPACE_ONLY.test(link.gap)) return;
    const glued = link.key.startsWith('و') ? link.keys.find(k => BARE_YEAR.test(k)) : undefined;
    const linked = !glued && YEAR_RANGE_LINKS.has(link.key) && next && SPACE_ONLY.test(next.gap) && BARE_YEAR.test(next.key) ? next.key : undefined;
    const second = glued ?? linked;
    if (!second || +second <= (f.value.year ?? 0)) return;
    f.yearSpan = true;
    f.to += glued ? 1 : 2;
  }

  /** A clock time and the day it is on, after its part of the day or not: الساعة الرابعة فجر اليوم، 10:30 مساء أمس. */
  private clock(i: number): Found | undefined {
    const f = clockAt(this.w, i);
    const next = f && this.w[f.to];
    if (!f || !next || !SPACE_ONLY.test(next.gap)) return f;
    const part = DAY_PARTS.has(next.key) && SPACE_ONLY.test(this.w[f.to + 1]?.gap ?? 'x');
    const day = part ? (this.relativeDay(f.to + 1) ?? this.weekdayExpr(f.to + 1)) : (this.relativeDay(f.to) ?? this.weekdayExpr(f.to));
    if (!day) return f;
    if (part && EVENING_DAY_PARTS.has(next.key)) afterNoon(f);
    return { from: i, to: day.to, value: { ...day.value, time: f.value.time } };
  }

  /** A span of time from the publication date, unless its unit opens a date of its own (منذ شهر مارس، قبل يوم الجمعة). */
  private timeSpan(i: number): Found | undefined {
    const f = timeSpanAt(this.w, i);
    return f && !(this.at(f.to - 1) ?? (this.w[f.to] && this.at(f.to))) ? f : undefined;
  }

  /** The period or day after a demonstrative, the current one: هذا العام، هذه السنة، هذا اليوم. */
  private demonstrative(i: number): Found | undefined {
    const next = this.w[i + 1];
    if (!this.w[i].keys.some(k => DEMONSTRATIVES.has(k)) || !next || !SPACE_ONLY.test(next.gap)) return undefined;
    const day = this.relativeDay(i + 1);
    if (day) return day.value.relativeDays === 0 ? { ...day, from: i } : undefined;
    // Its year may follow: هذا العام 1436هـ.
    const year = this.yearExpr(i + 1);
    if (year) return { ...year, from: i };
    // A feminine demonstrative before a noun without ة points at a plural (هذه الشهور): no one period.
    const plural = this.w[i].keys.some(k => DEMONSTRATIVES.has(k) && k.endsWith('ه')) && !next.key.endsWith('ه');
    return isPeriod(next.key) && !plural ? { from: i, to: i + 2, value: { relative: 'current' } } : undefined;
  }

  at(i: number): Found | undefined {
    const w = this.w[i];
    // Not MAY_START: `proclitics` reruns this with a word's keys narrowed.
    if (!mayStart(w.keys, starters(this.lex))) return undefined;
    const part = DAY_PARTS.has(this.w[i].key) && SPACE_ONLY.test(this.w[i + 1]?.gap ?? 'x');
    if (part) {
      const inner = this.relativeDay(i + 1) ?? this.weekdayExpr(i + 1);
      if (inner) return { ...inner, from: i };
    }
    return this.relativeDay(i) ?? this.dayMonth(i, false) ?? numericDate(this.w, i) ?? this.weekdayExpr(i) ?? this.yearExpr(i) ?? this.period(i) ?? this.clock(i) ??
      this.bareYear(i) ?? this.season(i) ?? this.periodPart(i) ?? this.demonstrative(i) ?? this.periodShare(i) ?? this.timeSpan(i);
  }
}

let starterSet: Set<string> | undefined;

/** Folded words that can begin a date expression; anything else is skipped without trying the patterns. */
function starters(lex: DateLexicon): Set<string> {
  return (starterSet ??= new Set([
    ...RELATIVE_DAYS.map(r => r.words[0]), ...lex.months.keys(), ...lex.weekdays.keys(),
    ...DAY_ORDINALS.map(o => o.words[0]), ...PERIOD_SHARES.map(p => p[0]), ...DEMONSTRATIVES, ...SPAN_DIRECTIONS.keys(), DAY_WORD, HOUR_WORD, ...PERIODS, ...YEAR_WORDS, ...DAY_PARTS, ...PERIOD_PARTS, ...SEASONS,
  ]));
}

function mayStart(keys: readonly string[], starts: Set<string>): boolean {
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if ((c >= 48 && c <= 57) || starts.has(k)) return true;
  }
  return false;
}

/** Whether a word may start a date, once per written word: most words of an article cannot. */
const MAY_START = new WordMemo(w => mayStart(w.keys, starters(dateLexicon())));

/**
 * Length in the text of the proclitics (و، ب، ل…) that the match `f` did not need: the longest reading that still matches wins.
 * Takes the scanner and match rather than a closure: a closure made in findDates' loop body gave every word its own context object.
 */
function proclitics(text: string, word: Word, scanner: Scanner, f: Found): number {
  const all = word.keys;
  try {
    for (const r of readings(word.key)) {
      if (r.prefix === '' || r.prefix.endsWith('ال')) continue;
      word.keys = [r.key, ...readings(r.key).slice(1).map(x => x.key)];
      if (scanner.at(f.from)?.to === f.to) return originalOffset(text.slice(word.start, word.end), r.prefix.length);
    }
    return 0;
  } finally {
    word.keys = all;
  }
}

/** Date and time expressions with normalised values; ISO dates when the publication date is known. */
export function findDates(ctx: ArticleContext, publicationDate?: string): DateExpr[] {
  if (ctx.language === 'en') return findEnglishDates(ctx, publicationDate);
  const view = wordsOf(ctx);
  const words = view.words;
  const scanner = new Scanner(words);
  const out: DateExpr[] = [];
  for (let i = 0; i < words.length; ) {
    const f = MAY_START.word(view, i) ? scanner.at(i) : undefined;
    if (!f) {
      i++;
      continue;
    }
    const start = words[f.from].start + proclitics(ctx.text, words[f.from], scanner, f);
    let end = words[f.to - 1].end;
    if (f.closing) end = ctx.text.indexOf(')', end) + 1;
    const value: DateValue = { ...f.value };
    if (value.month !== undefined && !value.calendar) value.calendar = 'gregorian';
    const iso = resolveIso(value, publicationDate);
    if (iso) value.iso = iso;
    out.push({ id: `d${out.length + 1}`, start, end, text: ctx.text.slice(start, end), value, origin: 'auto' });
    i = f.to;
  }
  return out;
}
