// A judgement (تصريحات أنقرة "خطيرة"): the speaker, or the reporter of the أن clause, judges the nearest name
// before the adjective in its clause.
import type { Discourse } from '../recognize/discourse';
import type { DateExpr } from '../types';
import type { EventArguments } from './arguments';
import { eventTime } from './setting';
import type { EventFrame } from './triggers';

export function judgement(d: Discourse, dates: DateExpr[], f: EventFrame, first: number, reporter: string | null): EventArguments {
  const judge = f.quote ? f.quote.speaker : reporter;
  const targets: string[] = [];
  for (let j = f.from - 1; j >= first && !targets.length; j--) {
    const m = d.mentionAt[j];
    if (m && m.entity !== judge) targets.push(m.entity);
  }
  return { actors: judge ? [judge] : [], targets, location: null, time: eventTime(d, dates, f), source: null };
}
