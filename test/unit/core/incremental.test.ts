import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { annotate } from '../../../src/core/annotate';
import { IncrementalAnnotator } from '../../../src/core/incremental';
import type { AnnotationDocument } from '../../../src/core/types';

const root = path.resolve(__dirname, '../../../..');
const seed = readFileSync(path.join(root, 'seeds/000_aa1428275e2aae3c.txt'), 'utf8');
const spans = (d: AnnotationDocument) => d.mentions.map(m => `${m.start}:${m.end}:${m.type}`).sort();

function slicesHold(d: AnnotationDocument, text: string): void {
  for (const x of [...d.mentions, ...d.quotes, ...d.dates, ...d.events.map(e => e.trigger)]) assert.equal(text.slice(x.start, x.end), x.text);
  const ids = new Set(d.entities.map(e => e.id));
  for (const m of d.mentions) assert.ok(ids.has(m.entity), `entity ${m.entity} of ${m.text}`);
}

describe('incremental annotation (re-analyse the touched paragraph only)', function () {
  this.timeout(30_000);

  it('after a one-character edit in a body paragraph, analyses that line only and finds what a full analysis finds', () => {
    const inc = new IncrementalAnnotator();
    inc.annotate(seed);
    const lines = seed.split('\n');
    const target = lines.findIndex((l, i) => i > 3 && l.trim().length > 40);
    const at = lines.slice(0, target).join('\n').length + 1 + lines[target].length;
    const edited = seed.slice(0, at) + ' ' + seed.slice(at);
    const doc = inc.annotate(edited);
    assert.equal(inc.lastStats.full, false);
    assert.ok(inc.lastStats.analysedChars <= lines[target].length + 1, `${inc.lastStats.analysedChars} chars`);
    slicesHold(doc, edited);
    assert.deepEqual(spans(doc), spans(annotate(edited)));
  });

  it('a name typed into a paragraph joins the entity already known by that name', () => {
    const inc = new IncrementalAnnotator();
    const before = inc.annotate(seed);
    const putin = before.mentions.find(m => m.text === 'بوتين');
    if (!putin) return;
    const edited = `${seed.trimEnd()}\nوقال بوتين إن الوضع خطير.\n`;
    const doc = inc.annotate(edited);
    assert.equal(inc.lastStats.full, false);
    const added = doc.mentions.filter(m => m.start >= seed.trimEnd().length && m.text === 'بوتين');
    assert.equal(added.length, 1);
    assert.equal(added[0].entity, putin.entity);
  });

  it('the same text again is answered from the last exact analysis; a spliced one is redone in full', () => {
    const inc = new IncrementalAnnotator();
    const first = inc.annotate(seed);
    assert.equal(inc.annotate(seed, {}, false), first);
    assert.equal(inc.lastStats.analysedChars, 0);
    const edited = `${seed.trimEnd()}\nوقال بوتين إن الوضع خطير.\n`;
    inc.annotate(edited);
    assert.equal(inc.lastStats.full, false);
    assert.deepEqual(inc.annotate(edited, {}, false), annotate(edited));
    assert.equal(inc.lastStats.full, true);
  });

  it('an edit in the headline falls back to a full analysis', () => {
    const inc = new IncrementalAnnotator();
    inc.annotate(seed);
    const edited = `x${seed}`;
    assert.deepEqual(inc.annotate(edited), annotate(edited));
    assert.equal(inc.lastStats.full, true);
  });

  it('offsets always slice to their text after random edits', () => {
    const inc = new IncrementalAnnotator();
    let text = seed;
    inc.annotate(text);
    fc.assert(fc.property(fc.nat(seed.length), fc.nat(4), fc.constantFrom('', 'a', ' ', 'بوتين ', '\n', '«', 'و'), (at, removed, insert) => {
      const i = Math.min(at, text.length);
      text = text.slice(0, i) + insert + text.slice(i + removed);
      slicesHold(inc.annotate(text), text);
    }), { numRuns: 40 });
  });
});
