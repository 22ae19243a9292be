// Events: trigger spotting and composition (triggers.ts), noun filters
// (filters.ts), arguments (arguments.ts), PLOVER typing (typing.ts), the
// English line (summary.ts); headline and lead events point at the body
// event they restate.
import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, DateExpr, Entity, Mention, Quote } from '../types';
import { discourse } from '../recognize/discourse';
import { defaultSources, type NameSources } from '../recognize/sources';
import { speechCues } from '../recognize/speakers';
import { shortReferences } from '../recognize/short-references';
import { composeFrames, spotTriggers } from './triggers';
import { keepFrames } from './filters';
import { ArgumentFinder } from './arguments';
import { isAgentlessBackground, ploverOf } from './typing';
import { composeEvents } from './compose';
import { extractEnglishEvents } from './english-extract';

export interface EventInputs {
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateExpr[];
}

/** Events with PLOVER/CAMEO types, actors, targets, place and time. */
export function extractEvents(ctx: ArticleContext, inputs: EventInputs, sources: NameSources = defaultSources()): AnnotationEvent[] {
  if (ctx.language === 'en') return extractEnglishEvents(ctx, inputs, sources);
  const d = discourse(ctx, inputs.mentions, sources);
  const frames = keepFrames(d, composeFrames(d, spotTriggers(d), inputs.quotes));
  const finder = new ArgumentFinder(d, inputs.entities, inputs.dates, speechCues(ctx, inputs.mentions, inputs.quotes, sources), shortReferences(d, inputs.mentions), inputs.mentions);
  return composeEvents(ctx, inputs, (function* () {
    for (const f of frames) {
      // Arguments are found only for typed frames: the finder carries subjects from clause to clause.
      if (!ploverOf(f.cameo)) continue;
      const sentence = d.sentences[d.words[f.from].sentence];
      const args = finder.find(f);
      // A judgement outside a quotation is an event only as someone's report (أكد فلان أن الخطوة مرفوضة).
      if (f.judgement && !f.quote && !args.actors.length) continue;
      // Cooperation, aid or a threat named by a noun with no one doing it nor anyone it goes to is a state of affairs described (typing.ts).
      if (!f.verbal && !args.actors.length && !args.targets.length && isAgentlessBackground(f.cameo)) continue;
      yield { cameo: f.cameo, start: f.start, end: f.end, modality: f.modality, mutual: f.mutual, quote: f.quote?.id ?? null, sentence, args };
    }
  })());
}
