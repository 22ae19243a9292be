// The promises the native format makes about any document, whatever the text:
// spans slice to their text, stay in bounds and in order, and every id refers to something.
import { strict as assert } from 'node:assert';
import type { AnnotationDocument, Span, TextSpan } from '../../../src/core/types';

function inBounds(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) within 0..${text.length}`);
}

function slices(text: string, s: TextSpan, what: string): void {
  inBounds(text, s, what);
  assert.equal(s.text, text.slice(s.start, s.end), `${what}: text is text.slice(start, end)`);
}

function ordered(spans: Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), `${what} ordered at ${i}: [${a.start},${a.end}) then [${b.start},${b.end})`);
  }
}

/** `text` is the text the document's offsets refer to (after decoding and BOM removal). */
export function assertDocumentInvariants(doc: AnnotationDocument, text: string): void {
  assert.equal(doc.document.length, text.length, 'document.length is the text length');
  if (doc.document.headline) inBounds(text, doc.document.headline, 'headline');
  if (doc.document.lead) inBounds(text, doc.document.lead, 'lead');
  const entities = new Set(doc.entities.map(e => e.id));
  const quotes = new Set(doc.quotes.map(q => q.id));
  const dates = new Set(doc.dates.map(d => d.id));
  const events = new Set(doc.events.map(e => e.id));
  const known = (id: string | null | undefined, ids: Set<string>, what: string) =>
    assert.ok(id === null || id === undefined || ids.has(id), `${what} ${id} exists`);

  for (const m of doc.mentions) {
    slices(text, m, `mention ${m.id}`);
    assert.ok(m.end > m.start, `mention ${m.id} is not empty`);
    known(m.entity, entities, `mention ${m.id}: entity`);
  }
  for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1].end <= doc.mentions[i].start, 'mentions are flat');
  for (const q of doc.quotes) {
    slices(text, q, `quote ${q.id}`);
    if (q.cue) slices(text, q.cue, `quote ${q.id} cue`);
    known(q.speaker, entities, `quote ${q.id}: speaker`);
  }
  for (const d of doc.dates) slices(text, d, `date ${d.id}`);
  for (const v of doc.events) {
    slices(text, v.trigger, `event ${v.id} trigger`);
    inBounds(text, v.sentence, `event ${v.id} sentence`);
    for (const id of [...v.actors, ...v.targets, v.location, v.source]) known(id, entities, `event ${v.id}: entity`);
    known(v.time, dates, `event ${v.id}: time`);
    known(v.quote, quotes, `event ${v.id}: quote`);
    known(v.restates, events, `event ${v.id}: restates`);
  }
  ordered(doc.mentions, 'mentions');
  ordered(doc.quotes, 'quotes');
  ordered(doc.dates, 'dates');
  ordered(doc.events.map(v => v.trigger), 'event triggers');
  assert.equal(new Set(doc.mentions.map(m => m.id)).size, doc.mentions.length, 'mention ids are unique');
  assert.equal(entities.size, doc.entities.length, 'entity ids are unique');
}
