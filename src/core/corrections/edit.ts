// The analyst's corrections as pure steps: each takes the sidecar (already on
// the current text), the merged document the analyst is looking at, and the
// text, and returns the sidecar with the correction recorded.
import type { AnnotationDocument, DateValue, Entity, EntityType, Mention, Span } from '../types';
import { makeAnchor } from './anchor';
import type { AnnotationKind, EntityRef, ManualAnnotation, ManualEntity, Review, Sidecar } from './types';

export interface Target {
  kind: AnnotationKind;
  id: string;
}

function nextId(s: Sidecar, prefix: string): string {
  const used = new Set<string>([
    ...s.entities.map(x => x.id), ...s.annotations.map(x => x.id), ...s.reviews.map(x => x.id),
    ...s.entityEdits.map(x => x.id), ...s.links.map(x => x.id), ...s.merges.map(x => x.id),
  ]);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function spanOf(doc: AnnotationDocument, t: Target): Span & { origin: string } {
  if (t.kind === 'event') {
    const v = doc.events.find(x => x.id === t.id)!;
    return { start: v.trigger.start, end: v.trigger.end, origin: v.origin };
  }
  const list = t.kind === 'mention' ? doc.mentions : t.kind === 'quote' ? doc.quotes : doc.dates;
  const a = list.find(x => x.id === t.id);
  if (!a) throw new Error(`No ${t.kind} ${t.id} in this article.`);
  return a;
}

/** The annotation under the cursor: the narrowest span wins (a name inside a quote). */
export function annotationAt(doc: AnnotationDocument, offset: number): Target | undefined {
  const hits: Array<Target & { length: number }> = [];
  const add = (kind: AnnotationKind, id: string, s: Span) => {
    if (s.start <= offset && offset <= s.end) hits.push({ kind, id, length: s.end - s.start });
  };
  doc.mentions.forEach(m => add('mention', m.id, m));
  doc.dates.forEach(d => add('date', d.id, d));
  doc.events.forEach(v => add('event', v.id, v.trigger));
  doc.quotes.forEach(q => add('quote', q.id, q));
  hits.sort((a, b) => a.length - b.length);
  return hits[0] && { kind: hits[0].kind, id: hits[0].id };
}

const REF_MENTIONS = 5;

/** How the sidecar names an entity of the merged document. */
export function entityRef(s: Sidecar, doc: AnnotationDocument, text: string, entityId: string): EntityRef {
  if (s.entities.some(e => e.id === entityId)) return { id: entityId };
  const mentions = doc.mentions.filter(x => x.entity === entityId).slice(0, REF_MENTIONS);
  if (!mentions.length) throw new Error(`Entity ${entityId} has no mention left to name it by.`);
  return { mentions: mentions.map(m => makeAnchor(text, m.start, m.end)) };
}

function mention(doc: AnnotationDocument, id: string): Mention {
  const m = doc.mentions.find(x => x.id === id);
  if (!m) throw new Error(`No mention ${id} in this article.`);
  return m;
}

function entity(doc: AnnotationDocument, id: string): Entity {
  const e = doc.entities.find(x => x.id === id);
  if (!e) throw new Error(`No entity ${id} in this article.`);
  return e;
}

function withEntity(s: Sidecar, e: ManualEntity): Sidecar {
  return { ...s, entities: [...s.entities, e] };
}

/** An existing entity of that type already named this way, so the new mention joins it. */
function sameNamed(doc: AnnotationDocument, name: string, type: EntityType): Entity | undefined {
  return doc.entities.find(e => e.type === type && (e.name === name || e.aliases.includes(name)) && doc.mentions.some(m => m.entity === e.id));
}

export function annotateEntity(s: Sidecar, doc: AnnotationDocument, text: string, span: Span, type: EntityType): Sidecar {
  const name = text.slice(span.start, span.end);
  const existing = sameNamed(doc, name, type);
  let ref: EntityRef;
  let next = s;
  if (existing) ref = entityRef(s, doc, text, existing.id);
  else {
    const id = nextId(s, 'me');
    next = withEntity(s, { id, type, name });
    ref = { id };
  }
  const a: ManualAnnotation = { id: nextId(next, 'mm'), kind: 'mention', anchor: makeAnchor(text, span.start, span.end), type, entity: ref };
  return { ...next, annotations: [...next.annotations, a] };
}

export function annotateQuote(s: Sidecar, doc: AnnotationDocument, text: string, span: Span, speaker: string | null): Sidecar {
  const a: ManualAnnotation = {
    id: nextId(s, 'mq'), kind: 'quote', anchor: makeAnchor(text, span.start, span.end),
    speaker: speaker ? entityRef(s, doc, text, speaker) : null,
  };
  return { ...s, annotations: [...s.annotations, a] };
}

export function annotateDate(s: Sidecar, text: string, span: Span, value: DateValue = {}): Sidecar {
  const a: ManualAnnotation = { id: nextId(s, 'md'), kind: 'date', anchor: makeAnchor(text, span.start, span.end), value };
  return { ...s, annotations: [...s.annotations, a] };
}

function withReview(s: Sidecar, doc: AnnotationDocument, text: string, t: Target, decision: Review['decision']): Sidecar {
  const span = spanOf(doc, t);
  const others = s.reviews.filter(r => !(r.kind === t.kind && r.anchor.start === span.start && r.anchor.end === span.end));
  const review: Review = { id: nextId(s, 'r'), kind: t.kind, anchor: makeAnchor(text, span.start, span.end), decision };
  return { ...s, reviews: [...others, review] };
}

export function removeAnnotation(s: Sidecar, doc: AnnotationDocument, text: string, t: Target): Sidecar {
  if (s.annotations.some(a => a.id === t.id)) return { ...s, annotations: s.annotations.filter(a => a.id !== t.id) };
  return withReview(s, doc, text, t, 'removed');
}

/** Accepting or rejecting concerns machine annotations; the analyst's own are accepted already. */
export function review(s: Sidecar, doc: AnnotationDocument, text: string, t: Target, decision: 'accepted' | 'rejected'): Sidecar {
  if (spanOf(doc, t).origin === 'manual') return s;
  return withReview(s, doc, text, t, decision);
}

function withEntityEdit(s: Sidecar, doc: AnnotationDocument, text: string, entityId: string, fields: Partial<Omit<ManualEntity, 'id' | 'name'>>): Sidecar {
  const own = s.entities.find(e => e.id === entityId);
  if (own) return { ...s, entities: s.entities.map(e => (e === own ? { ...e, ...fields } : e)) };
  return { ...s, entityEdits: [...s.entityEdits, { id: nextId(s, 'ed'), entity: entityRef(s, doc, text, entityId), ...fields }] };
}

/** Changes the type of the mention's entity (and so of all its mentions). */
export function changeType(s: Sidecar, doc: AnnotationDocument, text: string, mentionId: string, type: EntityType): Sidecar {
  const m = mention(doc, mentionId);
  const own = s.annotations.find(a => a.id === mentionId && a.kind === 'mention');
  const next = own ? { ...s, annotations: s.annotations.map(a => (a === own ? { ...own, type } : a)) } : s;
  return withEntityEdit(next, doc, text, m.entity, { type });
}

export function editEntity(
  s: Sidecar, doc: AnnotationDocument, text: string, entityId: string,
  fields: { nameEn?: string; description?: string; wikidata?: string },
): Sidecar {
  entity(doc, entityId);
  if (fields.wikidata && !/^Q\d+$/.test(fields.wikidata)) throw new Error(`"${fields.wikidata}" is not a Wikidata id (Q followed by digits).`);
  return withEntityEdit(s, doc, text, entityId, fields);
}

export function linkMention(s: Sidecar, doc: AnnotationDocument, text: string, mentionId: string, entityId: string): Sidecar {
  const m = mention(doc, mentionId);
  entity(doc, entityId);
  const ref = entityRef(s, doc, text, entityId);
  if (s.annotations.some(a => a.id === mentionId)) {
    return { ...s, annotations: s.annotations.map(a => (a.id === mentionId && a.kind === 'mention' ? { ...a, entity: ref } : a)) };
  }
  return { ...s, links: [...s.links, { id: nextId(s, 'ln'), mention: makeAnchor(text, m.start, m.end), entity: ref }] };
}

export function mergeEntities(s: Sidecar, doc: AnnotationDocument, text: string, fromId: string, intoId: string): Sidecar {
  if (fromId === intoId) return s;
  entity(doc, fromId);
  entity(doc, intoId);
  const merge = { id: nextId(s, 'mg'), from: entityRef(s, doc, text, fromId), into: entityRef(s, doc, text, intoId) };
  return { ...s, merges: [...s.merges, merge] };
}

/** Takes one mention out of its entity into a new entity of its own. */
export function splitMention(s: Sidecar, doc: AnnotationDocument, text: string, mentionId: string): Sidecar {
  const m = mention(doc, mentionId);
  const id = nextId(s, 'me');
  const next = withEntity(s, { id, type: m.type, name: m.text });
  if (next.annotations.some(a => a.id === mentionId)) {
    return { ...next, annotations: next.annotations.map(a => (a.id === mentionId && a.kind === 'mention' ? { ...a, entity: { id } } : a)) };
  }
  return { ...next, links: [...next.links, { id: nextId(next, 'ln'), mention: makeAnchor(text, m.start, m.end), entity: { id } }] };
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PROCLITIC = /^[وفبلك]{1,2}$/;

/** Occurrences of `word` standing as a word of their own, or after proclitics (وماكرون). */
export function wordOccurrences(text: string, word: string): Span[] {
  const out: Span[] = [];
  if (!word) return out;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (end < text.length && LETTER.test(text[end])) continue;
    let j = i;
    while (j > 0 && LETTER.test(text[j - 1])) j--;
    if (j === i || PROCLITIC.test(text.slice(j, i))) out.push({ start: i, end });
  }
  return out;
}

/** Gives every other occurrence of the mention's text the same entity. */
export function applyToAllMentions(s: Sidecar, doc: AnnotationDocument, text: string, mentionId: string): Sidecar {
  const m = mention(doc, mentionId);
  let next = s;
  for (const occ of wordOccurrences(text, m.text)) {
    const existing = doc.mentions.find(x => x.start === occ.start && x.end === occ.end);
    if (existing?.entity === m.entity) continue;
    if (existing) next = linkMention(next, doc, text, existing.id, m.entity);
    else {
      const a: ManualAnnotation = {
        id: nextId(next, 'mm'), kind: 'mention', anchor: makeAnchor(text, occ.start, occ.end), type: m.type,
        entity: entityRef(next, doc, text, m.entity),
      };
      next = { ...next, annotations: [...next.annotations, a] };
    }
  }
  return next;
}

export function setPublicationDate(s: Sidecar, date: string | undefined): Sidecar {
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const { publicationDate: _old, ...rest } = s.document;
  return { ...s, document: date ? { ...rest, publicationDate: date } : rest };
}

/**
 * Records an imported document (brat, Label Studio) as the analyst's own
 * annotations. Anchors are taken on the imported text, so they re-anchor onto
 * the article even if it has changed since the export.
 */
export function importAnnotations(s: Sidecar, imported: AnnotationDocument, importedText: string): Sidecar {
  let next = s;
  const entityIds = new Map<string, string>();
  for (const e of imported.entities) {
    const id = nextId(next, 'me');
    entityIds.set(e.id, id);
    next = withEntity(next, {
      id, type: e.type, name: e.name, ...(e.nameEn ? { nameEn: e.nameEn } : {}),
      ...(e.description ? { description: e.description } : {}), ...(e.kb?.wikidata ? { wikidata: e.kb.wikidata } : {}),
    });
  }
  const ref = (id: string | null): EntityRef | null => (id && entityIds.has(id) ? { id: entityIds.get(id)! } : null);
  const refs = (ids: string[]) => ids.map(ref).filter((r): r is EntityRef => !!r);
  const add = (a: ManualAnnotation) => (next = { ...next, annotations: [...next.annotations, a] });
  const anchor = (sp: Span) => makeAnchor(importedText, sp.start, sp.end);
  const spanAnchor = (sp: Span | undefined) => (sp ? anchor(sp) : null);
  for (const m of imported.mentions) {
    const r = ref(m.entity);
    if (r) add({ id: nextId(next, 'mm'), kind: 'mention', anchor: anchor(m), type: m.type, entity: r });
  }
  for (const q of imported.quotes) add({ id: nextId(next, 'mq'), kind: 'quote', anchor: anchor(q), speaker: ref(q.speaker) });
  for (const d of imported.dates) add({ id: nextId(next, 'md'), kind: 'date', anchor: anchor(d), value: d.value });
  for (const v of imported.events) {
    add({
      id: nextId(next, 'mv'), kind: 'event', anchor: anchor(v.trigger), plover: v.plover, cameo: v.cameo,
      actors: refs(v.actors), targets: refs(v.targets), location: ref(v.location), summary: v.summary,
      time: spanAnchor(imported.dates.find(d => d.id === v.time)),
      quote: spanAnchor(imported.quotes.find(q => q.id === v.quote)),
      ...(v.modality ? { modality: v.modality } : {}),
    });
  }
  return next;
}
