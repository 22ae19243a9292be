// Turns a normalised DateValue into an ISO date against the publication date.
import type { DateValue } from '../types';

const DAY = 86_400_000;

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

function parseIso(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : undefined;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a UTC timestamp. */
const isoWeekday = (t: number): number => ((new Date(t).getUTCDay() + 6) % 7) + 1;

const HIJRI_PARTS = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

function hijriOf(t: number): { y: number; m: number; d: number } {
  const parts = Object.fromEntries(HIJRI_PARTS.formatToParts(new Date(t)).map(p => [p.type, p.value]));
  return { y: parseInt(parts.year, 10), m: +parts.month, d: +parts.day };
}

/** Gregorian timestamp of a Umm al-Qura date: estimate from the mean month, then search nearby days. */
export function hijriToTime(y: number, m: number, d: number): number | undefined {
  const epoch = Date.UTC(622, 6, 19);
  const guess = epoch + Math.round((y - 1) * 354.36667 + (m - 1) * 29.5306 + (d - 1)) * DAY;
  for (let off = 0; off <= 40; off++) {
    for (const t of [guess + off * DAY, guess - off * DAY]) {
      const h = hijriOf(t);
      if (h.y === y && h.m === m && h.d === d) return t;
    }
  }
  return undefined;
}

/** The ISO form of a value against the publication date (YYYY-MM-DD), or undefined when it cannot be fixed. */
export function resolveIso(v: DateValue, publicationDate: string | undefined): string | undefined {
  const pub = publicationDate ? parseIso(publicationDate) : undefined;
  if (v.calendar === 'hijri') {
    if (v.month === undefined) return undefined;
    const y = v.year ?? (pub !== undefined ? hijriOf(pub).y : undefined);
    if (y === undefined) return undefined;
    if (v.day === undefined) return undefined;
    const t = hijriToTime(y, v.month, v.day);
    return t === undefined ? undefined : iso(t);
  }
  if (v.relativeDays !== undefined) return pub === undefined ? undefined : iso(pub + v.relativeDays * DAY);
  if (v.month !== undefined) {
    const mm = String(v.month).padStart(2, '0');
    if (v.year !== undefined) return v.day ? `${v.year}-${mm}-${String(v.day).padStart(2, '0')}` : `${v.year}-${mm}`;
    if (pub === undefined) return undefined;
    const py = new Date(pub).getUTCFullYear();
    const at = (y: number): number => Date.UTC(y, v.month! - 1, v.day ?? 1);
    let year = py;
    if (v.relative === 'past' && at(py) > pub) year = py - 1;
    else if (v.relative === 'future' && at(py) < pub) year = py + 1;
    else if (!v.relative) {
      // Without a direction word, take the reading nearest the publication date.
      year = [py - 1, py, py + 1].reduce((best, y) => (Math.abs(at(y) - pub) < Math.abs(at(best) - pub) ? y : best), py);
    }
    return v.day ? iso(at(year)) : `${year}-${mm}`;
  }
  if (v.year !== undefined) return String(v.year);
  if (v.weekday !== undefined && pub !== undefined) {
    const back = (isoWeekday(pub) - v.weekday + 7) % 7;
    if (v.relative === 'future') return iso(pub + (((v.weekday - isoWeekday(pub) + 7) % 7) || 7) * DAY);
    if (v.relative === 'past') return iso(pub - (back || 7) * DAY);
    // A bare weekday in news is the most recent one, the publication day included.
    return iso(pub - back * DAY);
  }
  return undefined;
}
