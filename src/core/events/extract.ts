// Events: trigger spotting and composition (triggers.ts), noun filters
// (filters.ts), arguments (arguments.ts), PLOVER typing (typing.ts), the
// English line (summary.ts); headline and lead events point at the body
// event they restate.
import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, DateExpr, Entity, Mention, Quote } from '../types';
import { discourse } from '../recognize/discourse';
import { speechCues } from '../recognize/speakers';
import { composeFrames, spotTriggers } from './triggers';
import { keepFrames } from './filters';
import { ArgumentFinder } from './arguments';
import { ploverOf } from './typing';
import { summarize } from './summary';
import { linkRestatements } from './restatements';
import { extractEnglishEvents } from './english-extract';

export interface EventInputs {
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateExpr[];
}

/** Events with PLOVER/CAMEO types, actors, targets, place and time. */
export function extractEvents(ctx: ArticleContext, inputs: EventInputs): AnnotationEvent[] {
  if (ctx.language === 'en') return extractEnglishEvents(ctx, inputs);
  const d = discourse(ctx, inputs.mentions);
  const frames = keepFrames(d, composeFrames(d, spotTriggers(d), inputs.quotes));
  const finder = new ArgumentFinder(d, inputs.entities, inputs.dates, speechCues(ctx, inputs.mentions, inputs.quotes));
  const entities = new Map(inputs.entities.map(e => [e.id, e]));
  const dates = new Map(inputs.dates.map(t => [t.id, t]));
  const events: AnnotationEvent[] = [];
  for (const f of frames) {
    const plover = ploverOf(f.cameo);
    if (!plover) continue;
    const args = finder.find(f);
    const sentence = d.sentences[d.words[f.from].sentence];
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
      quote: f.quote?.id ?? null,
      sentence: { start: sentence.start, end: sentence.end },
      summary: summarize({ ...args, cameo: f.cameo, modality, mutual: f.mutual }, entities, dates),
      modality,
      source: args.source,
      restates: null,
      origin: 'auto',
    });
  }
  linkRestatements(ctx, events);
  return events;
}
