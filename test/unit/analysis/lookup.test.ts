import { strict as assert } from 'node:assert';
import type { AnnotationDocument } from '../../../src/core/types';
import { hitsAt, hitStartingAt, mentionsOf, nextStart, previousStart, rolesOf } from '../../../src/extension/analysis/lookup';
import { spansByKind } from '../../../src/extension/decorations/ranges';
import { countAnnotations } from '../../../src/extension/status/counts';

const text = 'قال بوتين "نلتقي ماكرون" أمس. واتصل بوتين بباريس.';
const at = (s: string, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
const p1 = at('بوتين');
const p2 = at('بوتين', p1.end);
const mac = at('ماكرون');
const par = at('باريس', p2.end);
const q = at('نلتقي ماكرون');
const d = at('أمس');
const trig = at('اتصل');

function doc(): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: '', length: text.length, language: 'ar', headline: null },
    entities: [
      { id: 'e1', type: 'PER', name: 'بوتين', aliases: [] },
      { id: 'e2', type: 'PER', name: 'ماكرون', aliases: [] },
      { id: 'e3', type: 'LOC', name: 'باريس', aliases: [] },
    ],
    mentions: [
      { id: 'm3', entity: 'e1', type: 'PER', ...p2, origin: 'auto' },
      { id: 'm1', entity: 'e1', type: 'PER', ...p1, origin: 'auto' },
      { id: 'm2', entity: 'e2', type: 'PER', ...mac, origin: 'auto' },
      { id: 'm4', entity: 'e3', type: 'LOC', ...par, origin: 'auto', state: 'rejected' },
    ],
    quotes: [{ id: 'q1', ...q, speaker: 'e1', origin: 'auto' }],
    dates: [{ id: 'd1', ...d, value: { relativeDays: -1 }, origin: 'auto' }],
    events: [{ id: 'v1', plover: 'CONSULT', cameo: '042', trigger: trig, actors: ['e1'], targets: [], location: 'e3', time: 'd1', quote: null, sentence: { start: 0, end: text.length }, summary: '', origin: 'auto' }],
  };
}

describe('analysis lookup', () => {
  it('finds the most specific annotation first: a name inside a quote', () => {
    const hits = hitsAt(doc(), mac.start + 1);
    assert.deepEqual(hits.map(h => h.kind), ['mention', 'quote']);
  });

  it('counts a cursor right after the last letter as on the name, and nothing just outside', () => {
    assert.equal(hitsAt(doc(), p1.end)[0]?.kind, 'mention');
    assert.deepEqual(hitsAt(doc(), p1.start - 2), []);
  });

  it('lists an entity\'s mentions in text order', () => {
    assert.deepEqual(mentionsOf(doc(), 'e1').map(m => m.start), [p1.start, p2.start]);
    assert.deepEqual(mentionsOf(doc(), 'nope'), []);
  });

  it('steps to the next and previous annotation start and wraps', () => {
    const a = doc();
    const starts = [p1.start, q.start, mac.start, d.start, trig.start, p2.start, par.start];
    assert.equal(nextStart(a, 0), starts[0]);
    assert.equal(nextStart(a, p1.start), q.start);
    assert.equal(nextStart(a, par.start), starts[0]);
    assert.equal(previousStart(a, q.start), p1.start);
    assert.equal(previousStart(a, p1.start), par.start);
    assert.equal(hitStartingAt(a, q.start)?.kind, 'quote');
    const empty = { ...a, mentions: [], quotes: [], dates: [], events: [] };
    assert.equal(nextStart(empty, 0), undefined);
  });

  it('finds the events an entity takes part in and the quotes it said', () => {
    const r = rolesOf(doc(), 'e1');
    assert.deepEqual(r.events.map(e => e.id), ['v1']);
    assert.deepEqual(r.quotes.map(x => x.id), ['q1']);
    assert.deepEqual(rolesOf(doc(), 'e3').events.map(e => e.id), ['v1'], 'a place takes part as the location');
  });

  it('decoration spans per kind equal the annotations, rejected ones left out', () => {
    const s = spansByKind(doc());
    assert.deepEqual(s.people.map(x => x.start).sort((a, b) => a - b), [p1.start, mac.start, p2.start]);
    assert.deepEqual(s.places, []);
    assert.deepEqual(s.quotes, [{ start: q.start, end: q.end }]);
    assert.deepEqual(s.dates, [{ start: d.start, end: d.end }]);
    assert.deepEqual(s.events, [{ start: trig.start, end: trig.end }]);
  });

  it('status counts entities (not mentions), quotes and events', () => {
    assert.deepEqual(countAnnotations(doc()), { people: 2, places: 0, organisations: 0, quotes: 1, events: 1, orphans: 0 });
    assert.equal(countAnnotations({ ...doc(), orphans: [{ id: 'mm1', kind: 'mention', text: 'x', start: 0, end: 1 }] }).orphans, 1);
  });
});
