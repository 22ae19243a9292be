// Offset lookups over one analysis, indexed once per AnnotationDocument so
// hover, references and navigation stay cheap on long articles. Pure (no vscode).
import type { AnnotationDocument, AnnotationEvent, DateExpr, Entity, Mention, Quote, Span } from '../../core/types';
import { partitionPoint } from '../../core/text/search';

export type Hit =
  | { kind: 'mention'; span: Span; mention: Mention; entity: Entity | undefined }
  | { kind: 'quote'; span: Span; quote: Quote }
  | { kind: 'date'; span: Span; date: DateExpr }
  | { kind: 'event'; span: Span; event: AnnotationEvent };

export interface AnalysisIndex {
  entities: Map<string, Entity>;
  mentionsByEntity: Map<string, Mention[]>;
  /** Every annotated span (mentions, quotes, dates, triggers) ordered by start then end. */
  all: Hit[];
  /** Sorted distinct start offsets of `all`, for next/previous navigation. */
  starts: number[];
  /** Longest span length in `all`, bounding the backwards scan in hitsAt. */
  maxLength: number;
}

const indexes = new WeakMap<AnnotationDocument, AnalysisIndex>();

function indexOf(doc: AnnotationDocument): AnalysisIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

function buildIndex(doc: AnnotationDocument): AnalysisIndex {
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const mentionsByEntity = new Map<string, Mention[]>();
  const all: Hit[] = [];
  for (const m of doc.mentions) {
    const list = mentionsByEntity.get(m.entity);
    if (list) list.push(m);
    else mentionsByEntity.set(m.entity, [m]);
    all.push({ kind: 'mention', span: m, mention: m, entity: entities.get(m.entity) });
  }
  for (const list of mentionsByEntity.values()) list.sort((a, b) => a.start - b.start);
  for (const q of doc.quotes) all.push({ kind: 'quote', span: q, quote: q });
  for (const d of doc.dates) all.push({ kind: 'date', span: d, date: d });
  for (const e of doc.events) all.push({ kind: 'event', span: e.trigger, event: e });
  all.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const starts: number[] = [];
  let maxLength = 0;
  for (const h of all) {
    if (starts[starts.length - 1] !== h.span.start) starts.push(h.span.start);
    maxLength = Math.max(maxLength, h.span.end - h.span.start);
  }
  return { entities, mentionsByEntity, all, starts, maxLength };
}

/** First index in a sorted array whose value is > x. */
function upperBound(sorted: number[], x: number): number {
  return partitionPoint(sorted.length, k => sorted[k] <= x);
}

function firstHitStartingAfter(all: Hit[], x: number): number {
  return partitionPoint(all.length, k => all[k].span.start <= x);
}

const PRIORITY: Record<Hit['kind'], number> = { mention: 0, event: 1, date: 2, quote: 3 };

/**
 * Annotations covering `offset` (a cursor right after the last character
 * counts), most specific first: mentions, then triggers, dates and quotes.
 */
export function hitsAt(doc: AnnotationDocument, offset: number): Hit[] {
  const { all, maxLength } = indexOf(doc);
  const hits: Hit[] = [];
  for (let i = firstHitStartingAfter(all, offset) - 1; i >= 0; i--) {
    const h = all[i];
    if (h.span.start < offset - maxLength) break;
    if (h.span.start <= offset && offset <= h.span.end) hits.push(h);
  }
  return hits.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || (a.span.end - a.span.start) - (b.span.end - b.span.start));
}

export function mentionsOf(doc: AnnotationDocument, entityId: string): Mention[] {
  return indexOf(doc).mentionsByEntity.get(entityId) ?? [];
}

/** Start of the next annotation after `offset`, wrapping to the first. */
export function nextStart(doc: AnnotationDocument, offset: number): number | undefined {
  const { starts } = indexOf(doc);
  if (!starts.length) return undefined;
  const i = upperBound(starts, offset);
  return i < starts.length ? starts[i] : starts[0];
}

/** Start of the previous annotation before `offset`, wrapping to the last. */
export function previousStart(doc: AnnotationDocument, offset: number): number | undefined {
  const { starts } = indexOf(doc);
  if (!starts.length) return undefined;
  const i = upperBound(starts, offset - 1) - 1;
  return i >= 0 ? starts[i] : starts[starts.length - 1];
}

/** The hit whose span starts at `start`, preferring the longest (a quote over the name inside it). */
export function hitStartingAt(doc: AnnotationDocument, start: number): Hit | undefined {
  const { all } = indexOf(doc);
  const i = firstHitStartingAfter(all, start) - 1;
  return i >= 0 && all[i].span.start === start ? all[i] : undefined;
}

export interface EntityRoles {
  events: AnnotationEvent[];
  quotes: Quote[];
}

/** Events an entity takes part in (actor, target, place, source) and the quotes it said. */
export function rolesOf(doc: AnnotationDocument, entityId: string): EntityRoles {
  const events = doc.events.filter(e =>
    e.actors.includes(entityId) || e.targets.includes(entityId) || e.location === entityId || e.source === entityId);
  const quotes = doc.quotes.filter(q => q.speaker === entityId);
  return { events, quotes };
}
