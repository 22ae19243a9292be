// Helpers the serialisers share: labels, the document's base name, and the
// annotations an export should carry (rejected ones are the analyst saying "no").
import { createHash } from 'node:crypto';
import type { AnnotationDocument, Entity, EntityType, Mention } from '../types';
import { partitionPoint } from '../text/search';

export const ENTITY_LABEL_EN: Record<EntityType, string> = { PER: 'Person', LOC: 'Place', ORG: 'Organisation' };

export function baseName(doc: AnnotationDocument): string {
  const p = doc.document.path ?? 'document.txt';
  const file = p.split(/[\\/]/).pop() || 'document.txt';
  return file.replace(/\.[^.]*$/, '') || 'document';
}

/** The document with rejected annotations left out. */
export function exportable(doc: AnnotationDocument): AnnotationDocument {
  const keep = <T extends { state?: string }>(xs: T[]): T[] => xs.filter(x => x.state !== 'rejected');
  return { ...doc, mentions: keep(doc.mentions), quotes: keep(doc.quotes), dates: keep(doc.dates), events: keep(doc.events) };
}

export function entityIndex(doc: AnnotationDocument): Map<string, Entity> {
  return new Map(doc.entities.map(e => [e.id, e]));
}

/** Readable name of an entity for tables: English where known, else the Arabic canonical name. */
export function displayName(e: Entity | undefined): string {
  return e ? e.nameEn || e.name : '';
}

export function byStart<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end;
}

/** The mention of `entity` nearest to `at`: how an entity is pinned to text in span-only formats. */
/** Each entity's mentions in text order, built once per mentions array: exports ask once per event argument. */
const mentionsByEntity = new WeakMap<Mention[], Map<string, Mention[]>>();

/** The mention of `entity` whose start is nearest `at` (the earlier one on a tie), by binary search. */
export function nearestMention(mentions: Mention[], entity: string, at: number): Mention | undefined {
  let index = mentionsByEntity.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const list = index.get(m.entity);
      if (list) list.push(m);
      else index.set(m.entity, [m]);
    }
    for (const list of index.values()) list.sort((a, b) => a.start - b.start);
    mentionsByEntity.set(mentions, index);
  }
  const list = index.get(entity);
  if (!list) return undefined;
  const i = partitionPoint(list.length, k => list[k].start < at);
  const before = list[i - 1];
  const after = list[i];
  if (!before) return after;
  if (!after) return before;
  return at - before.start <= after.start - at ? before : after;
}

export function textDirection(doc: AnnotationDocument): 'rtl' | 'ltr' {
  return doc.document.language === 'en' ? 'ltr' : 'rtl';
}

/** Same hash as `document.sha256` (kept here so formats and corrections need not load the pipeline). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
