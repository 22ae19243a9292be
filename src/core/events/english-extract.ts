// English events: curated triggers (english-lexicon.ts) spotted per sentence
// with negation and intent (english-frames.ts), their arguments
// (english-arguments.ts), PLOVER typing and the same one-line summary as the
// Arabic events; headline and lead events point at the body event they restate.
import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, Quote } from '../types';
import type { EventInputs } from './extract';
import { englishFrames } from './english-frames';
import { EnglishArgumentFinder } from './english-arguments';
import { cameoRoot, ploverOf } from './typing';
import { summarize } from './summary';
import { linkRestatements } from './restatements';

const quoteAround = (quotes: Quote[], start: number, end: number): Quote | null =>
  quotes.find(q => q.start <= start && end <= q.end) ?? null;

/** Events in an English article, in the same shape as the Arabic ones. */
export function extractEnglishEvents(ctx: ArticleContext, inputs: EventInputs): AnnotationEvent[] {
  const finder = new EnglishArgumentFinder(ctx, inputs.entities, inputs.mentions, inputs.dates);
  const entities = new Map(inputs.entities.map(e => [e.id, e]));
  const dates = new Map(inputs.dates.map(d => [d.id, d]));
  const events: AnnotationEvent[] = [];
  for (const sentence of ctx.sentences) {
    for (const f of englishFrames(ctx.text, sentence)) {
      const plover = ploverOf(f.cameo);
      if (!plover) continue;
      const quote = quoteAround(inputs.quotes, f.start, f.end);
      const args = finder.find(sentence, f, quote);
      const modality = f.modality === 'asserted' && args.source ? 'reported' : f.modality;
      const mutual = cameoRoot(f.cameo) === '04' && args.actors.length > 1;
      events.push({
        id: `v${events.length + 1}`,
        plover,
        cameo: f.cameo,
        trigger: { start: f.start, end: f.end, text: ctx.text.slice(f.start, f.end) },
        actors: args.actors,
        targets: args.targets,
        location: args.location,
        time: args.time,
        quote: quote?.id ?? null,
        sentence: { start: sentence.start, end: sentence.end },
        summary: summarize({ ...args, cameo: f.cameo, modality, mutual }, entities, dates),
        modality,
        source: args.source,
        restates: null,
        origin: 'auto',
      });
    }
  }
  linkRestatements(ctx, events);
  return events;
}
