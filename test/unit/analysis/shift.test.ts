import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { AnnotationDocument, Mention } from '../../../src/core/types';
import { shiftDocument, type TextChange } from '../../../src/extension/analysis/shift';
import { longDocument } from './long-document';

const text = 'قال بوتين إن ماكرون اتصل أمس.';
const at = (s: string) => { const start = text.indexOf(s); return { start, end: start + s.length, text: s }; };

function doc(): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: '', length: text.length, language: 'ar', headline: null },
    entities: [{ id: 'e1', type: 'PER', name: 'بوتين', aliases: [] }, { id: 'e2', type: 'PER', name: 'ماكرون', aliases: [] }],
    mentions: [
      { id: 'm1', entity: 'e1', type: 'PER', ...at('بوتين'), origin: 'auto' },
      { id: 'm2', entity: 'e2', type: 'PER', ...at('ماكرون'), origin: 'auto' },
    ],
    quotes: [],
    dates: [{ id: 'd1', ...at('أمس'), value: { relativeDays: -1 }, origin: 'auto' }],
    events: [{ id: 'v1', plover: 'CONSULT', cameo: '042', trigger: at('اتصل'), actors: ['e1'], targets: ['e2'], location: null, time: 'd1', quote: null, sentence: { start: 0, end: text.length }, summary: '', origin: 'auto' }],
  };
}

function apply(t: string, changes: Array<TextChange & { text: string }>): string {
  for (const c of [...changes].sort((a, b) => b.start - a.start)) t = t.slice(0, c.start) + c.text + t.slice(c.start + c.removed);
  return t;
}

describe('shifting an analysis through an edit', () => {
  it('moves spans after an insertion and keeps them slicing to their text', () => {
    const edit = { start: 0, removed: 0, inserted: 4, text: 'خبر ' };
    const next = apply(text, [edit]);
    const d = shiftDocument(doc(), [edit]);
    for (const m of [...d.mentions, ...d.dates, ...d.events.map(e => e.trigger)]) assert.equal(next.slice(m.start, m.end), m.text);
    assert.equal(d.document.length, next.length);
    assert.equal(d.events[0].sentence.end, next.length);
  });

  it('drops a mention the edit touches, and its entity when no mention is left', () => {
    const m = at('ماكرون');
    const d = shiftDocument(doc(), [{ start: m.start + 2, removed: 1, inserted: 0 }]);
    assert.deepEqual(d.mentions.map(x => x.id), ['m1']);
    assert.deepEqual(d.entities.map(e => e.id), ['e1']);
    assert.equal(d.dates[0].start, at('أمس').start - 1);
  });

  it('typing right after a name drops it (the word is changing)', () => {
    const m = at('بوتين');
    assert.deepEqual(shiftDocument(doc(), [{ start: m.end, removed: 0, inserted: 1 }]).mentions.map(x => x.id), ['m2']);
  });

  it('every kept span still slices to its text after random edits', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ start: fc.nat(text.length), removed: fc.nat(5), text: fc.string({ maxLength: 5 }) }), { maxLength: 3 }),
      raw => {
        // Non-overlapping changes in original coordinates, as one VS Code event gives them.
        const changes: Array<TextChange & { text: string }> = [];
        for (const r of [...raw].sort((a, b) => a.start - b.start)) {
          const prevEnd = changes.length ? changes[changes.length - 1].start + changes[changes.length - 1].removed : -1;
          if (r.start <= prevEnd) continue;
          const removed = Math.min(r.removed, text.length - r.start);
          changes.push({ start: r.start, removed, inserted: r.text.length, text: r.text });
        }
        const next = apply(text, changes);
        const d = shiftDocument(doc(), changes);
        const spans: Array<{ start: number; end: number; text: string }> = [...d.mentions, ...d.dates, ...d.events.map(e => e.trigger)];
        for (const s of spans) assert.equal(next.slice(s.start, s.end), s.text);
        for (const m of d.mentions as Mention[]) assert.ok(d.entities.some(e => e.id === m.entity));
      },
    ), { numRuns: 300 });
  });

  it('shifts 10,000 annotations of a long article, those before the edit unmoved', () => {
    // How long this takes is a figure of `npm run bench`, not a test.
    const big = longDocument(10_000);
    const shifted = shiftDocument(big, [{ start: 500_050, removed: 0, inserted: 1 }]);
    assert.equal(shifted.mentions.length, 10_000);
    assert.equal(shifted.mentions[5_000].start, 500_000);
    assert.equal(shifted.mentions[5_001].start, 500_101);
    assert.equal(shifted.mentions.at(-1)?.start, 999_901);
  });
});
