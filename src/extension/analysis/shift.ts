// Carries an analysis through an edit without re-running the core: spans
// after the edit move by its length change, spans the edit touches are
// dropped until the real analysis arrives. Linear in the number of
// annotations, so hover, references and navigation stay right while the
// worker re-analyses a long article. Pure (no vscode).
import type { AnnotationDocument, AnnotationEvent, Span } from '../../core/types';

/** One replacement in the coordinates of the text before the edit (as VS Code reports it). */
export interface TextChange {
  start: number;
  /** Length of the replaced text. */
  removed: number;
  /** Length of the inserted text. */
  inserted: number;
}

type Mapper = <T extends Span>(span: T) => T | undefined;

/** A span touching a change (even at its edge: typing extends a word) is dropped. */
function mapperFor(changes: TextChange[]): Mapper {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  return span => {
    let delta = 0;
    for (const c of sorted) {
      const end = c.start + c.removed;
      if (span.end < c.start) break;
      if (span.start > end) {
        delta += c.inserted - c.removed;
        continue;
      }
      return undefined;
    }
    return delta ? { ...span, start: span.start + delta, end: span.end + delta } : span;
  };
}

/** A sentence containing an edit grows or shrinks with it rather than being dropped. */
function mapSentence(sentence: Span, changes: TextChange[]): Span {
  let { start, end } = sentence;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) {
    const d = c.inserted - c.removed;
    if (c.start + c.removed < sentence.start) { start += d; end += d; }
    else if (c.start <= sentence.end) end += d;
  }
  return { start, end: Math.max(start, end) };
}

export function shiftDocument(doc: AnnotationDocument, changes: TextChange[]): AnnotationDocument {
  if (!changes.length) return doc;
  const map = mapperFor(changes);
  const keep = <T extends Span>(xs: T[]) => xs.map(map).filter((x): x is T => x !== undefined);
  const mentions = keep(doc.mentions);
  const live = new Set(mentions.map(m => m.entity));
  const quotes = keep(doc.quotes).map(q => (q.cue ? { ...q, cue: map(q.cue) } : q));
  const quoteIds = new Set(quotes.map(q => q.id));
  const dates = keep(doc.dates);
  const events: AnnotationEvent[] = [];
  for (const e of doc.events) {
    const trigger = map(e.trigger);
    if (!trigger) continue;
    events.push({ ...e, trigger, sentence: mapSentence(e.sentence, changes), quote: e.quote && quoteIds.has(e.quote) ? e.quote : null });
  }
  const growth = changes.reduce((n, c) => n + c.inserted - c.removed, 0);
  return {
    ...doc,
    document: { ...doc.document, length: doc.document.length + growth },
    // An entity all of whose mentions were edited away disappears until the re-analysis.
    entities: doc.entities.filter(e => live.has(e.id) || e.origin === 'manual'),
    mentions,
    quotes,
    dates,
    events,
  };
}
