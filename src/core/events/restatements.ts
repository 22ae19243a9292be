import type { ArticleContext } from '../text/context';
import type { AnnotationEvent } from '../types';
import { cameoRoot } from './typing';

/**
 * Headline and lead (the first two paragraphs) restate the body: link each of
 * their events to the first body event of the same CAMEO root sharing an actor
 * (or, when neither has actors, the first of that root).
 */
export function linkRestatements(ctx: ArticleContext, events: AnnotationEvent[]): void {
  const bodyStart = ctx.paragraphs[2]?.start ?? Infinity;
  const body = events.filter(e => e.trigger.start >= bodyStart);
  for (const e of events) {
    if (e.trigger.start >= bodyStart) break;
    const same = body.find(b => cameoRoot(b.cameo) === cameoRoot(e.cameo) && (b.actors.some(a => e.actors.includes(a)) || (!b.actors.length && !e.actors.length)));
    e.restates = same?.id ?? null;
  }
}
