import { strict as assert } from 'node:assert';
import { buildEntityRows } from '../../../src/extension/views/entity-rows';
import { buildQuoteRows } from '../../../src/extension/views/quote-rows';
import { childrenOf, clipWords, countBuilt, foldForFilter, lineIndex, PAGE_SIZE, shortName } from '../../../src/extension/views/rows';
import type { AnnotationDocument } from '../../../src/core/types';
import { fixture, TEXT } from './fixture';

describe('views/entity-rows', () => {
  it('groups by type with entity and mention counts, most-mentioned first', () => {
    const rows = buildEntityRows(fixture(), { text: TEXT });
    assert.deepEqual(rows.map(r => [r.label, r.description]), [
      ['People', '2 · 4 mentions'], ['Places', '2 · 2 mentions'], ['Organisations', '1 · 1 mentions'],
    ]);
    const people = childrenOf(rows[0]);
    assert.deepEqual(people.map(p => p.label), ['فلاديمير بوتين', 'إيمانويل ماكرون']);
    assert.equal(people[0].description, 'Vladimir Putin · ×2');
    assert.match(people[0].tooltip!, /Wikidata: Q7747/);
  });

  it('expands to mentions that reveal their own text, with the line', () => {
    const putin = childrenOf(buildEntityRows(fixture(), { text: TEXT })[0])[0];
    const ms = childrenOf(putin);
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

describe('views/entity-rows: orphaned corrections', () => {
  it('lists each orphan with its reason; only one whose text is still in place reveals it', () => {
    const doc = fixture();
    const at = TEXT.indexOf('بوتين');
    doc.orphans = [
      { id: 'mm1', kind: 'mention', text: 'بوتين', start: at, end: at + 5, reason: 'displaced by the later overlapping manual mention «فلاديمير بوتين» (mm2)' },
      { id: 'md1', kind: 'date', text: 'أمس', start: 9_999, end: 10_002 },
    ];
    const rows = buildEntityRows(doc, { text: TEXT });
    const group = rows[rows.length - 1];
    assert.deepEqual([group.id, group.label, group.description], ['orphans', 'Orphaned annotations', '2']);
    const [displaced, lost] = childrenOf(group);
    assert.deepEqual([displaced.label, displaced.description], ['بوتين', 'mention · displaced by a later overlapping correction']);
    assert.match(displaced.tooltip!, /«فلاديمير بوتين» \(mm2\)/);
    assert.deepEqual(displaced.reveal, { start: at, end: at + 5 });
    assert.deepEqual([lost.label, lost.description, lost.reveal], ['أمس', 'date · its text is no longer in the article', undefined]);
  });

  it('has no orphan group when nothing is orphaned', () => {
    assert.ok(!buildEntityRows(fixture(), { text: TEXT }).some(r => r.id === 'orphans'));
  });
});

describe('views: rows of a long article are built when shown, a page at a time', () => {
  function longDoc(): AnnotationDocument {
    const doc = fixture();
    const [m] = doc.mentions;
    const q = doc.quotes[0];
    doc.mentions = Array.from({ length: 5000 }, (_, i) => ({ ...m, id: `m${i}` }));
    doc.quotes = Array.from({ length: 1000 }, (_, i) => ({ ...q, id: `q${i}` }));
    return doc;
  }

  it('an entity’s mentions are built only when it expands, then one page and a "Show more" row', () => {
    const rows = buildEntityRows(longDoc(), { text: TEXT });
    const people = childrenOf(rows[0]);
    assert.equal(countBuilt(rows), rows.length + people.length, 'no mention row before an entity expands');
    const mentions = childrenOf(people[0]);
    assert.equal(mentions.length, PAGE_SIZE + 1);
    assert.equal(mentions[PAGE_SIZE].label, `Show ${5000 - PAGE_SIZE} more…`);
    assert.equal(childrenOf(mentions[PAGE_SIZE]).length, PAGE_SIZE + 1);
  });

  it('quotes by speaker are paged', () => {
    const rows = buildQuoteRows(longDoc());
    assert.equal(countBuilt(rows), rows.length);
    assert.equal(childrenOf(rows[0]).length, PAGE_SIZE + 1);
  });
});

describe('views/quote-rows', () => {
  it('groups by speaker, unknown speaker last, each quote revealing its span', () => {
    const rows = buildQuoteRows(fixture());
    assert.deepEqual(rows.map(r => r.label), ['إيمانويل ماكرون', 'Unknown speaker']);
    const q = childrenOf(rows[0])[0];
    assert.equal(TEXT.slice(q.reveal!.start, q.reveal!.end), '<script>alert(1)</script> نريد السلام');
    assert.match(q.tooltip!, /Cue: وقال/);
    assert.equal(childrenOf(rows[1])[0].label, 'لا تعليق');
  });

  it('treats a speaker id naming no entity as unknown', () => {
    const doc = fixture();
    doc.quotes[0].speaker = 'nobody';
    assert.deepEqual(buildQuoteRows(doc).map(r => [r.label, childrenOf(r).length]), [['Unknown speaker', 2]]);
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
