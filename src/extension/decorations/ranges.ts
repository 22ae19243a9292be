// Which spans each highlight type paints, computed once per analysis (pure).
import type { AnnotationDocument, EntityType, Span } from '../../core/types';
import type { HighlightKind } from '../settings';

const ENTITY_KIND: Record<EntityType, HighlightKind> = { PER: 'people', LOC: 'places', ORG: 'organisations' };

export type SpansByKind = Record<HighlightKind, Span[]>;

const cache = new WeakMap<AnnotationDocument, SpansByKind>();

/** Rejected annotations are not painted: the analyst said they are wrong. */
export function spansByKind(doc: AnnotationDocument): SpansByKind {
  let spans = cache.get(doc);
  if (spans) return spans;
  spans = { people: [], places: [], organisations: [], quotes: [], dates: [], events: [] };
  for (const m of doc.mentions) {
    const kind = ENTITY_KIND[m.type];
    if (kind && m.state !== 'rejected') spans[kind].push({ start: m.start, end: m.end });
  }
  for (const q of doc.quotes) if (q.state !== 'rejected') spans.quotes.push({ start: q.start, end: q.end });
  for (const d of doc.dates) if (d.state !== 'rejected') spans.dates.push({ start: d.start, end: d.end });
  for (const e of doc.events) if (e.state !== 'rejected') spans.events.push({ start: e.trigger.start, end: e.trigger.end });
  cache.set(doc, spans);
  return spans;
}
