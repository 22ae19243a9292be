// Re-analyses only the lines (paragraphs) an edit touched and reuses the rest
// of the previous analysis, so typing in a long article costs a paragraph,
// not the article. Names found in the new lines join the existing entity with
// the same knowledge-base id or name; anything cross-paragraph the splice
// cannot judge (headline and lead edits, language or option changes, large
// rewrites) falls back to a full annotate(). The editor follows each
// incremental result with a full analysis once typing pauses.
import type { AnnotateOptions, AnnotationDocument, AnnotationEvent, Entity, Span } from './types';
import { annotate, sha256 } from './annotate';
import { stripBom } from './text/decode';

export interface IncrementalStats {
  /** Characters given to annotate(): the touched lines, or the whole text. */
  analysedChars: number;
  full: boolean;
}

/** Above this share of the text changed, a full analysis is as cheap and exact. */
const MAX_INCREMENTAL_SHARE = 0.25;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const optionsKey = (o: AnnotateOptions) => JSON.stringify([o.path, o.language, o.publicationDate, o.maxLength]);

export class IncrementalAnnotator {
  /** `exact`: the doc came from a full annotate() of `text`, not a splice. */
  private prev: { text: string; doc: AnnotationDocument; key: string; exact: boolean } | undefined;
  private serial = 0;
  lastStats: IncrementalStats = { analysedChars: 0, full: true };

  /** `incremental: false` forces a full, exact analysis (and makes it the new base). */
  annotate(rawText: string, options: AnnotateOptions = {}, incremental = true): AnnotationDocument {
    const text = stripBom(rawText);
    const key = optionsKey(options);
    const prev = this.prev?.key === key ? this.prev : undefined;
    // Same text and options (a correction was saved, a view asked again): annotate() would say
    // the same; a spliced result is reused only where a splice is acceptable.
    if (prev && (prev.exact || incremental) && prev.text === text) {
      this.lastStats = { analysedChars: 0, full: false };
      return prev.doc;
    }
    const spliced = incremental && prev ? this.splice(prev.text, prev.doc, text, options) : undefined;
    const doc = spliced ?? annotate(text, options);
    if (!spliced) this.lastStats = { analysedChars: text.length, full: true };
    this.prev = { text, doc, key, exact: !spliced };
    return doc;
  }

  private splice(oldText: string, old: AnnotationDocument, text: string, options: AnnotateOptions): AnnotationDocument | undefined {
    if (old.warnings?.length || old.document.language === 'unknown') return undefined;
    const p = commonPrefix(oldText, text);
    const s = commonSuffix(oldText, text, Math.min(oldText.length, text.length) - p);
    // Whole lines around the change, in new-text coordinates; old ones by the length delta.
    const start = text.lastIndexOf('\n', p - 1) + 1;
    const nl = text.indexOf('\n', text.length - s);
    const end = nl < 0 ? text.length : nl;
    const delta = text.length - oldText.length;
    const oldEnd = end - delta;
    if (end - start > text.length * MAX_INCREMENTAL_SHARE) return undefined;
    const guard = old.document.lead ?? old.document.headline;
    if (guard && start <= guard.end) return undefined;
    const part = annotate(text.slice(start, end), { ...options, path: undefined, language: old.document.language });
    this.lastStats = { analysedChars: end - start, full: false };
    return this.merge(old, part, text, start, oldEnd, delta);
  }

  private merge(old: AnnotationDocument, part: AnnotationDocument, text: string, start: number, oldEnd: number, delta: number): AnnotationDocument {
    const tag = `~${++this.serial}`;
    const keep = <T extends Span>(xs: T[]): T[] => xs
      .filter(x => x.end < start || x.start > oldEnd)
      .map(x => (x.start > oldEnd ? { ...x, start: x.start + delta, end: x.end + delta } : x));
    const moved = <T extends Span>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });

    const entities = [...old.entities];
    const entityId = new Map<string, string>();
    for (const e of part.entities) {
      const same = entities.find(x => x.type === e.type && sameEntity(x, e));
      if (same) entityId.set(e.id, same.id);
      else {
        entityId.set(e.id, e.id + tag);
        entities.push({ ...e, id: e.id + tag });
      }
    }
    const mapEntity = (id: string) => entityId.get(id) ?? id;
    const quoteId = new Map(part.quotes.map(q => [q.id, q.id + tag]));
    const dateId = new Map(part.dates.map(d => [d.id, d.id + tag]));
    const eventId = new Map(part.events.map(v => [v.id, v.id + tag]));

    const mentions = [...keep(old.mentions), ...part.mentions.map(m => ({ ...moved(m), id: m.id + tag, entity: mapEntity(m.entity) }))];
    const quotes = [...keep(old.quotes), ...part.quotes.map(q => ({
      ...moved(q), id: quoteId.get(q.id)!, speaker: q.speaker && mapEntity(q.speaker), ...(q.cue ? { cue: moved(q.cue) } : {}),
    }))];
    const dates = [...keep(old.dates), ...part.dates.map(d => ({ ...moved(d), id: dateId.get(d.id)! }))];
    const oldEvents = old.events
      .filter(v => v.trigger.end < start || v.trigger.start > oldEnd)
      .map(v => (v.trigger.start > oldEnd ? shiftEvent(v, delta) : v));
    const newEvents = part.events.map((v): AnnotationEvent => ({
      ...v,
      id: eventId.get(v.id)!,
      trigger: moved(v.trigger),
      sentence: moved(v.sentence),
      actors: v.actors.map(mapEntity),
      targets: v.targets.map(mapEntity),
      location: v.location && mapEntity(v.location),
      time: v.time && (dateId.get(v.time) ?? null),
      quote: v.quote && (quoteId.get(v.quote) ?? null),
      ...(v.source ? { source: mapEntity(v.source) } : {}),
      ...(v.restates ? { restates: eventId.get(v.restates) ?? null } : {}),
    }));
    const live = new Set(mentions.map(m => m.entity));
    for (const q of quotes) if (q.speaker) live.add(q.speaker);
    for (const v of [...oldEvents, ...newEvents]) {
      for (const id of [...v.actors, ...v.targets, v.location, v.source]) if (id) live.add(id);
    }
    const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
    return {
      ...old,
      document: { ...old.document, length: text.length, sha256: sha256(text) },
      entities: entities.filter(e => live.has(e.id) || e.origin === 'manual'),
      mentions: mentions.sort(byStart),
      quotes: quotes.sort(byStart),
      dates: dates.sort(byStart),
      events: [...oldEvents, ...newEvents].sort((a, b) => byStart(a.trigger, b.trigger)),
    };
  }
}

function shiftEvent(v: AnnotationEvent, delta: number): AnnotationEvent {
  return {
    ...v,
    trigger: { ...v.trigger, start: v.trigger.start + delta, end: v.trigger.end + delta },
    sentence: { start: v.sentence.start + delta, end: v.sentence.end + delta },
  };
}

/** The same thing: one knowledge-base entry, or one name among the other's spellings. */
function sameEntity(a: Entity, b: Entity): boolean {
  if (a.kb?.id && b.kb?.id) return a.kb.id === b.kb.id;
  const names = new Set([a.name, ...a.aliases]);
  return names.has(b.name) || b.aliases.some(x => names.has(x));
}
