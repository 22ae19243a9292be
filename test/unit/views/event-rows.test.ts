import { strict as assert } from 'node:assert';
import { buildEventRows, eventLabel, matchesFilter, orderByTime, timeKey } from '../../../src/extension/views/event-rows';
import { childrenOf, hasChildren, indexDoc, PAGE_SIZE, type RowNode } from '../../../src/extension/views/rows';

/** Event rows only (no group headers), in display order. */
function flattenRows(rows: RowNode[]): RowNode[] {
  return rows.flatMap(r => (hasChildren(r) ? flattenRows(childrenOf(r)) : [r]));
}
import { fixture, TEXT } from './fixture';

describe('views/event-rows', () => {
  it('reads actor → TYPE (CAMEO) → target with the Arabic surnames the article uses', () => {
    const doc = fixture();
    const ix = indexDoc(doc);
    assert.equal(eventLabel(doc.events[1], ix), 'بوتين → APPEAL (0256) → أرمينيا');
    assert.equal(eventLabel(doc.events[0], ix), 'بوتين، ماكرون → APPEAL (02)');
    doc.entities[0].aliases = ['الرئيس الروسي'];
    assert.equal(eventLabel(doc.events[1], indexDoc(doc)), 'فلاديمير بوتين → APPEAL (0256) → أرمينيا', 'no surname alias: the full name');
  });

  it('groups by PLOVER type: one group per type, every event once, in text order', () => {
    const rows = buildEventRows(fixture(), { groupBy: 'type' });
    assert.deepEqual(rows.map(r => [r.label, r.description]), [['APPEAL', '2'], ['CONSULT', '1']]);
    assert.deepEqual(childrenOf(rows[0]).map(c => c.id), ['event:v1', 'event:v2']);
    assert.equal(flattenRows(rows).length, 3);
    for (const r of flattenRows(rows)) assert.match(r.label, /APPEAL|CONSULT/);
  });

  it('puts place, time, modality and restatement in the description, English in the tooltip', () => {
    const rows = flattenRows(buildEventRows(fixture(), { groupBy: 'type', text: TEXT }));
    assert.equal(rows[0].description, 'ناجورنو كاراباخ · restated');
    assert.equal(rows[1].description, 'أمس الأربعاء (2020-09-30)');
    assert.equal(rows[2].description, 'negated');
    assert.match(rows[1].tooltip!, /Putin calls on Armenia to calm/);
    assert.match(rows[1].tooltip!, /Actors: فلاديمير بوتين \(Vladimir Putin\)/);
    assert.match(rows[1].tooltip!, /دعا أرمينيا إلى التهدئة/, 'tooltip quotes the sentence');
  });

  it('reveals the trigger', () => {
    const doc = fixture();
    const row = flattenRows(buildEventRows(doc, { groupBy: 'time' })).find(r => r.id === 'event:v2')!;
    assert.equal(TEXT.slice(row.reveal!.start, row.reveal!.end), 'دعا');
  });

  it('orders by time: resolved dates, then relative, then undated in text order', () => {
    const doc = fixture();
    doc.dates.push({ id: 'd2', start: 0, end: 1, text: TEXT[0], origin: 'auto', value: { relativeDays: -3 } });
    doc.events[2].time = 'd2';
    assert.deepEqual(orderByTime(doc.events, indexDoc(doc)).map(e => e.id), ['v2', 'v3', 'v1']);
    assert.deepEqual(buildEventRows(doc, { groupBy: 'time' }).map(r => r.id), ['event:v2', 'event:v3', 'event:v1']);
  });

  it('timeKey reads partial ISO dates and yearless days', () => {
    assert.deepEqual(timeKey({ iso: '2020-09' }), [0, Date.UTC(2020, 8, 1) / 86_400_000]);
    assert.deepEqual(timeKey({ relativeDays: 2 }), [1, 2]);
    assert.deepEqual(timeKey({ day: 27, month: 9 }), [2, 9 * 31 + 27]);
    assert.deepEqual(timeKey({ weekday: 2 }), [3, 0]);
    assert.deepEqual(timeKey(undefined), [3, 0]);
  });

  it('filters on actor (Arabic without hamza, or English), type, code and summary; empty shows all', () => {
    const doc = fixture();
    const ix = indexDoc(doc);
    const ids = (f: string) => doc.events.filter(e => matchesFilter(e, ix, f)).map(e => e.id);
    assert.deepEqual(ids('ارمينيا'), ['v2']);
    assert.deepEqual(ids('macron'), ['v1', 'v3']);
    assert.deepEqual(ids('consult'), ['v3']);
    assert.deepEqual(ids('0256'), ['v2']);
    assert.deepEqual(ids('ceasefire'), ['v1']);
    assert.deepEqual(ids('  '), ['v1', 'v2', 'v3']);
    assert.deepEqual(ids('nothing like this'), []);
    assert.equal(flattenRows(buildEventRows(doc, { groupBy: 'type', filter: 'putin' })).length, 2);
  });

  it('shows an event whose actors are unknown ids without crashing', () => {
    const doc = fixture();
    doc.events[0].actors = ['ghost'];
    assert.equal(eventLabel(doc.events[0], indexDoc(doc)), '? → APPEAL (02)');
  });

  it('a long list is built a page at a time: time order shows one page and a "Show more" row', () => {
    const doc = fixture();
    doc.events = Array.from({ length: 500 }, (_, i) => ({ ...doc.events[0], id: `e${i}` }));
    const byTime = buildEventRows(doc, { groupBy: 'time' });
    assert.equal(byTime.length, PAGE_SIZE + 1);
    assert.equal(byTime[PAGE_SIZE].label, `Show ${500 - PAGE_SIZE} more…`);
    assert.equal(flattenRows(byTime).length, 500, 'every event is reachable');
    const byType = buildEventRows(doc, { groupBy: 'type' });
    assert.equal(byType[0].children, undefined, 'a group builds its rows when shown');
    assert.equal(byType[0].expanded, false, 'groups of a long list start closed');
    assert.equal(buildEventRows(fixture(), { groupBy: 'type' })[0].expanded, true, 'a short list opens its groups');
    assert.equal(childrenOf(byType[0]).length, PAGE_SIZE + 1);
  });
});
