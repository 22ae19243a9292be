import { strict as assert } from 'node:assert';
import { buildEntityRows } from '../../../src/extension/views/entity-rows';
import { buildQuoteRows } from '../../../src/extension/views/quote-rows';
import { clipWords, foldForFilter, lineIndex, shortName } from '../../../src/extension/views/rows';
import { fixture, TEXT } from './fixture';

describe('views/entity-rows', () => {
  it('groups by type with entity and mention counts, most-mentioned first', () => {
    const rows = buildEntityRows(fixture(), { text: TEXT });
    assert.deepEqual(rows.map(r => [r.label, r.description]), [
      ['People', '2 · 4 mentions'], ['Places', '2 · 2 mentions'], ['Organisations', '1 · 1 mentions'],
    ]);
    const people = rows[0].children!;
    assert.deepEqual(people.map(p => p.label), ['فلاديمير بوتين', 'إيمانويل ماكرون']);
    assert.equal(people[0].description, 'Vladimir Putin · ×2');
    assert.match(people[0].tooltip!, /Wikidata: Q7747/);
  });

  it('expands to mentions that reveal their own text, with the line', () => {
    const putin = buildEntityRows(fixture(), { text: TEXT })[0].children![0];
    const ms = putin.children!;
    assert.deepEqual(ms.map(m => TEXT.slice(m.reveal!.start, m.reveal!.end)), ['بوتين', 'فلاديمير بوتين']);
    assert.deepEqual(ms.map(m => m.description), ['line 1', 'line 2']);
    assert.deepEqual(putin.reveal, ms[0].reveal, 'the entity row reveals its first mention');
  });

  it('omits empty types', () => {
    const doc = fixture();
    doc.entities = doc.entities.filter(e => e.type !== 'ORG');
    assert.deepEqual(buildEntityRows(doc).map(r => r.id), ['entity-type:PER', 'entity-type:LOC']);
  });
});

describe('views/quote-rows', () => {
  it('groups by speaker, unknown speaker last, each quote revealing its span', () => {
    const rows = buildQuoteRows(fixture());
    assert.deepEqual(rows.map(r => r.label), ['إيمانويل ماكرون', 'Unknown speaker']);
    const q = rows[0].children![0];
    assert.equal(TEXT.slice(q.reveal!.start, q.reveal!.end), '<script>alert(1)</script> نريد السلام');
    assert.match(q.tooltip!, /Cue: وقال/);
    assert.equal(rows[1].children![0].label, 'لا تعليق');
  });

  it('treats a speaker id naming no entity as unknown', () => {
    const doc = fixture();
    doc.quotes[0].speaker = 'nobody';
    assert.deepEqual(buildQuoteRows(doc).map(r => [r.label, r.children!.length]), [['Unknown speaker', 2]]);
  });
});

describe('views/rows helpers', () => {
  it('lineIndex maps offsets to 1-based lines', () => {
    const lineOf = lineIndex('a\nbc\n\nd');
    assert.deepEqual([0, 1, 2, 4, 5, 6].map(lineOf), [1, 1, 2, 2, 3, 4]);
  });
  it('clipWords cuts long text at a word boundary', () => {
    assert.equal(clipWords('إزاء التوترات في المنطقة وشدد على أهمية', 20), 'إزاء التوترات في…');
    assert.equal(clipWords('  short\n text ', 20), 'short text');
    assert.equal(clipWords('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghij…');
  });
  it('shortName: only a person\'s alias that ends the full name', () => {
    assert.equal(shortName({ id: 'x', type: 'PER', name: 'مولود جاويش أوغلو', aliases: ['جاويش أوغلو', 'وزير الخارجية التركي'] }), 'جاويش أوغلو');
    assert.equal(shortName({ id: 'y', type: 'ORG', name: 'مجموعة مينسك', aliases: ['مينسك'] }), 'مجموعة مينسك');
    assert.equal(shortName(undefined), '?');
  });
  it('foldForFilter folds case, hamza forms, diacritics and digits', () => {
    assert.equal(foldForFilter('أرمينيّا ٢٠٢٠ APPEAL'), 'ارمينيا 2020 appeal');
  });
});
