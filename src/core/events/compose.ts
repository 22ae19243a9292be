// The last step shared by the Arabic and English event extractors: found
// triggers with their arguments become numbered events with a PLOVER type and
// an English summary; headline and lead events point at the body event they restate.
import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, DateExpr, Entity, Modality, Span } from '../types';
import { ploverOf } from './typing';
import { summarize } from './summary';
import { linkRestatements } from './restatements';
import type { EventArguments } from './arguments';

export interface FoundEvent {
  cameo: string;
  start: number;
  end: number;
  modality: Modality;
  /** Both sides act alike (a phone call between two leaders). */
  mutual: boolean;
  quote: string | null;
  sentence: Span;
  args: EventArguments;
}

export function composeEvents(ctx: ArticleContext, known: { entities: Entity[]; dates: DateExpr[] }, found: Iterable<FoundEvent>): AnnotationEvent[] {
  const entities = new Map(known.entities.map(e => [e.id, e]));
  const dates = new Map(known.dates.map(d => [d.id, d]));
  const events: AnnotationEvent[] = [];
  for (const f of found) {
    const plover = ploverOf(f.cameo);
    if (!plover) continue;
    const { args } = f;
    const modality = f.modality === 'asserted' && args.source ? 'reported' : f.modality;
    events.push({
      id: `v${events.length + 1}`,
      plover,
      cameo: f.cameo,
      trigger: { start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end) },
      actors: args.actors,
      targets: args.targets,
      location: args.location,
      time: args.time,
      quote: f.quote,
      sentence: { start: f.sentence.start, end: f.sentence.end },
      summary: summarize({ cameo: f.cameo, actors: args.actors, targets: args.targets, location: args.location, time: args.time, modality, source: args.source, mutual: f.mutual }, entities, dates),
      modality,
      source: args.source,
      restates: null,
      origin: 'auto',
    });
  }
  linkRestatements(ctx, events);
  return events;
}
