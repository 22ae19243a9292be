// English events: curated triggers (english-lexicon.ts) spotted per sentence
// with negation and intent (english-frames.ts), their arguments
// (english-arguments.ts), PLOVER typing and the same one-line summary as the
// Arabic events; headline and lead events point at the body event they restate.
import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, Quote } from '../types';
import type { EventInputs } from './extract';
import type { NameSources } from '../recognize/sources';
import { englishFrames } from './english-frames';
import { EnglishArgumentFinder } from './english-arguments';
import { cameoRoot, ploverOf } from './typing';
import { composeEvents } from './compose';

const quoteAround = (quotes: Quote[], start: number, end: number): Quote | null =>
  quotes.find(q => q.start <= start && end <= q.end) ?? null;

/** Events in an English article, in the same shape as the Arabic ones. */
export function extractEnglishEvents(ctx: ArticleContext, inputs: EventInputs, sources: NameSources): AnnotationEvent[] {
  const finder = new EnglishArgumentFinder(ctx, inputs.entities, inputs.mentions, inputs.dates, sources);
  return composeEvents(ctx, inputs, (function* () {
    for (const sentence of ctx.sentences) {
      for (const f of englishFrames(ctx.text, sentence)) {
        if (!ploverOf(f.cameo)) continue;
        const quote = quoteAround(inputs.quotes, f.start, f.end);
        const args = finder.find(sentence, f, quote);
        const mutual = cameoRoot(f.cameo) === '04' && args.actors.length > 1;
        yield { cameo: f.cameo, start: f.start, end: f.end, modality: f.modality, mutual, quote: quote?.id ?? null, sentence, args };
      }
    }
  })());
}
