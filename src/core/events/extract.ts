import type { ArticleContext } from '../text/context';
import type { AnnotationEvent, DateExpr, Entity, Mention, Quote } from '../types';

export interface EventInputs {
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateExpr[];
}

/** Events with PLOVER/CAMEO types, actors, targets, place and time. */
export function extractEvents(_ctx: ArticleContext, _inputs: EventInputs): AnnotationEvent[] {
  return [];
}
