// Annotation counts for the status bar, from one analysis (pure).
import type { AnnotationDocument } from '../../core/types';

export interface Counts {
  people: number;
  places: number;
  organisations: number;
  quotes: number;
  events: number;
  /** The analyst's corrections set aside (shown so that none goes unnoticed). */
  orphans: number;
}

/** Entities are counted, not mentions: "3 people" means three different people. */
export function countAnnotations(doc: AnnotationDocument): Counts {
  const live = new Set(doc.mentions.filter(m => m.state !== 'rejected').map(m => m.entity));
  const counts: Counts = { people: 0, places: 0, organisations: 0, quotes: 0, events: 0, orphans: doc.orphans?.length ?? 0 };
  for (const e of doc.entities) {
    if (!live.has(e.id)) continue;
    if (e.type === 'PER') counts.people++;
    else if (e.type === 'LOC') counts.places++;
    else if (e.type === 'ORG') counts.organisations++;
  }
  counts.quotes = doc.quotes.filter(q => q.state !== 'rejected').length;
  counts.events = doc.events.filter(e => e.state !== 'rejected').length;
  return counts;
}
