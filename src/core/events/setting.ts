// An event's setting: with whom (the other side of a reciprocal act), to whom (targets), where and when.
//  - Partners: بين X وY / مع X after a reciprocal trigger.
//  - Targets: the first name after the trigger (and names coordinated with it).
//  - Location: a place after في/بـ/إقليم/شمال… in the clause.
//  - Time: the date nearest the trigger in its sentence.
import { WordMemo, nameAfterTitles, type Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import { partitionPoint } from '../text/search';
import type { DateExpr } from '../types';
import type { EventFrame } from './triggers';
import { eventWords } from './words';
import { coordinated } from './coordination';

const PLACE_MARKER = new WordMemo(w => w.keys.some(k => eventWords('placeMarkers').has(k)));
// A place after a subordinator belongs to another clause (بسبب الأحداث في …).
const STOPS_PLACE_SEARCH = new WordMemo(w => eventWords('clauseSubordinators').has(w.key));

/** Other participants of a reciprocal act: بين X وY, مع X, or بينهما (already the subjects). */
export function partners(d: Discourse, f: EventFrame, sEnd: number): string[] {
  for (let j = f.to; j < Math.min(sEnd, f.to + 4); j++) {
    if (d.words[j].keys.some(x => eventWords('partnerPrepositions').has(x))) {
      const found = nameAfterTitles(d, j + 1, 3, sEnd);
      if (!found) return [];
      const out = [found.mention.entity];
      for (const x of coordinated(d, found.word, 1, 3)) out.push(x.mention.entity);
      return out;
    }
  }
  return [];
}

export function eventLocation(d: Discourse, f: EventFrame, first: number, sEnd: number, actors: string[]): string | null {
  const isPlace = (j: number): string | null => {
    const m = d.mentionAt[j];
    if (!m || m.type !== 'LOC' || actors.includes(m.entity)) return null;
    const w = d.words[j];
    const glued = wordKey(d.ctx.text.slice(w.start, m.start));
    const prev = d.words[j - 1];
    return glued.endsWith('ب') || glued.endsWith('في') || (prev && PLACE_MARKER.get(prev)) ? m.entity : null;
  };
  for (let j = f.to; j < sEnd && !STOPS_PLACE_SEARCH.word(d, j); j++) {
    const id = isPlace(j);
    if (id) return id;
  }
  for (let j = f.from - 1; j >= first; j--) {
    const id = isPlace(j);
    if (id) return id;
  }
  return null;
}

export function eventTargets(d: Discourse, f: EventFrame, sEnd: number, actors: string[], location: string | null): string[] {
  for (let j = f.to; j < sEnd && j < f.to + 12; j++) {
    const m = d.mentionAt[j];
    if (!m || m.entity === location || actors.includes(m.entity)) continue;
    if (m.type === 'LOC' && j > 0 && PLACE_MARKER.word(d, j - 1)) continue;
    return [m.entity, ...coordinated(d, j, 1, 3).map(x => x.mention.entity)].filter((id, k, all) => all.indexOf(id) === k && id !== location && !actors.includes(id));
  }
  return [];
}

/** The offset lies inside a date expression (dates in text order). */
export function inDate(dates: DateExpr[], at: number): boolean {
  const lo = partitionPoint(dates.length, k => dates[k].start <= at);
  const t = dates[lo - 1];
  return !!t && at < t.end;
}

export function eventTime(d: Discourse, dates: DateExpr[], f: EventFrame): string | null {
  const s = d.sentences[d.words[f.from].sentence];
  // Dates are in text order: the nearest one is next to the insertion point of the trigger.
  const lo = partitionPoint(dates.length, k => dates[k].start < f.start);
  let best: DateExpr | undefined;
  for (const t of [dates[lo - 1], dates[lo]]) {
    if (!t || t.start < s.start || t.end > s.end) continue;
    if (!best || Math.abs(t.start - f.start) < Math.abs(best.start - f.start)) best = t;
  }
  return best?.id ?? null;
}
