// Clock times (الساعة 10:30، الساعة الرابعة والنصف صباحا) and spans of time counted from the
// publication date (قبل يومين، بعد 3 أيام), read over the date scanner's words.
import type { Word } from './discourse';
import { AM_WORDS, CLOCK_FRACTIONS, CLOCK_HOURS, HOUR_WORD, PM_PHRASES, PM_WORDS, SPAN_ANCHORS, SPAN_DIRECTIONS, SPAN_UNITS } from './date-lexicon';
import { SPACE_ONLY, spellsAt, type Found } from './date-figures';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A clock time from word i: figures (الساعة 10، 10:30) or an hour in words after الساعة, with its AM/PM word. */
export function clockAt(w: readonly Word[], i: number): Found | undefined {
  const hourWord = w[i].keys.includes(HOUR_WORD);
  const at = hourWord ? i + 1 : i;
  const h = w[at];
  if (!h) return undefined;
  let hour: number;
  let minutes = 0;
  let to: number;
  if (/^\d{1,2}$/.test(h.key) && +h.key <= 24) {
    const mm = w[at + 1];
    const hasMinutes = mm !== undefined && /^\s*:\s*$/.test(mm.gap) && /^\d{2}$/.test(mm.key) && +mm.key < 60;
    if (!hasMinutes && !hourWord) return undefined;
    [hour, minutes, to] = [+h.key, hasMinutes ? +mm.key : 0, hasMinutes ? at + 2 : at + 1];
  } else {
    // An hour in words only after الساعة: alone الرابعة is "the fourth".
    const named = hourWord && SPACE_ONLY.test(h.gap) ? CLOCK_HOURS.find(c => spellsAt(w, at, c.words)) : undefined;
    if (!named) return undefined;
    [hour, to] = [named.value, at + named.words.length];
    const fraction = w[to] && SPACE_ONLY.test(w[to].gap) ? CLOCK_FRACTIONS.get(w[to].key) : undefined;
    if (fraction !== undefined) [minutes, to] = [fraction, to + 1];
  }
  const half = w[to];
  const pm = half && SPACE_ONLY.test(half.gap) ? PM_PHRASES.find(p => spellsAt(w, to, p)) : undefined;
  if (pm) {
    if (hour < 12) hour += 12;
    to += pm.length;
  } else if (half && SPACE_ONLY.test(half.gap) && (PM_WORDS.has(half.key) || AM_WORDS.has(half.key))) {
    if (PM_WORDS.has(half.key) && hour < 12) hour += 12;
    to++;
  }
  return { from: i, to, value: { time: `${pad(hour)}:${pad(minutes)}` } };
}

/** The time of f moved after noon (a clock time before مساء أمس), unless it is already. */
export function afterNoon(f: Found): void {
  const hour = Number(f.value.time?.slice(0, 2));
  if (hour < 12) f.value.time = `${pad(hour + 12)}${f.value.time?.slice(2)}`;
}

/**
 * A span of time back or ahead of the publication date from word i: قبل يومين، بعد 3 أيام. Months
 * and years keep their direction only. قبل يوم من X and بعد يومين على X count from an event, قبل
 * عام 2009 names a year: no span of the publication date.
 */
export function timeSpanAt(w: readonly Word[], i: number): Found | undefined {
  let sign: number | undefined;
  for (const k of w[i].keys) sign ??= SPAN_DIRECTIONS.get(k);
  if (sign === undefined) return undefined;
  let at = i + 1;
  const number = w[at] && SPACE_ONLY.test(w[at].gap) && /^\d{1,3}$/.test(w[at].key) ? +w[at].key : undefined;
  if (number !== undefined) at++;
  const u = w[at];
  const unit = u && SPACE_ONLY.test(u.gap) ? SPAN_UNITS.get(u.key) : undefined;
  const count = number ?? unit?.count;
  if (!unit || !count) return undefined;
  const after = w[at + 1];
  if (after && SPACE_ONLY.test(after.gap) && (SPAN_ANCHORS.has(after.key) || /^\d/.test(after.key))) return undefined;
  return { from: i, to: at + 1, value: unit.days === null ? { relative: sign < 0 ? 'past' : 'future' } : { relativeDays: sign * count * unit.days } };
}
