// Re-anchoring under random edits anywhere (before, after, inside, across the
// annotation, in random Unicode): an analyst's correction is either found
// again on the same text (or, for an edit inside it, between its unchanged
// prefix and suffix) or reported as an orphan. Never dropped, never moved
// onto other text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { annotate } from '../../../src/core/annotate';
import { locate, makeAnchor } from '../../../src/core/corrections/anchor';
import { applyCorrections } from '../../../src/core/corrections/apply';
import { emptySidecar, reanchorSidecar } from '../../../src/core/corrections/sidecar';
import type { Anchor, Sidecar } from '../../../src/core/corrections/types';
import type { Span } from '../../../src/core/types';
import { assertDocumentInvariants } from './invariants';

const WORDS = ['قال', 'الرئيس', 'بوتين', 'لافروف', 'موسكو', 'أمس', '«', '»', '"', '.', '،', '\n', ' ', ' ', 'و', 'ال'];
const unit = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u200F', '\uD800', '😀', '\u0651', '\r\n') },
);
const chunk = fc.array(unit, { maxLength: 30 }).map(us => us.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: chunk });

interface Scenario {
  text: string;
  edited: string;
  anchors: Anchor[];
}

/** A text, two or three annotations on it, and random edits applied anywhere. */
const scenario = fc
  .tuple(fc.array(chunk, { minLength: 3, maxLength: 6 }), fc.array(edit, { maxLength: 6 }), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }))
  .map(([parts, edits, picks]): Scenario | null => {
    const text = parts.join(' بوتين ');
    if (text.length < 4) return null;
    const anchors: Anchor[] = [];
    for (let i = 0; i < picks.length; i += 2) {
      const start = picks[i] % (text.length - 1);
      const end = start + 1 + (picks[i + 1] % Math.min(20, text.length - start));
      anchors.push(makeAnchor(text, start, end));
    }
    let edited = text;
    for (const e of edits) {
      const at = e.at % (edited.length + 1);
      edited = edited.slice(0, at) + e.insert + edited.slice(at + Math.min(e.remove, edited.length - at));
    }
    return { text, edited, anchors };
  })
  .filter((s): s is Scenario => s !== null);

/** A found span is right when it holds the same text, or sits between the unchanged prefix and suffix. */
function assertFaithful(text: string, a: Anchor, span: Span, what: string): void {
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: in bounds`);
  const found = text.slice(span.start, span.end);
  if (found === a.exact) return;
  assert.ok(text.slice(0, span.start).endsWith(a.prefix), `${what}: «${found}» replaces «${a.exact}» only after its prefix`);
  assert.ok(text.slice(span.end).startsWith(a.suffix), `${what}: «${found}» replaces «${a.exact}» only before its suffix`);
}

describe('bad input: re-anchoring under random edits (property)', function () {
  this.timeout(120_000);
  before(() => annotate('قال بوتين'));

  it('locate() finds the same text, or the edited text between the same context, or nothing', () => {
    fc.assert(fc.property(scenario, ({ edited, anchors }) => {
      anchors.forEach((a, i) => {
        const span = locate(edited, a);
        if (span) assertFaithful(edited, a, span, `anchor ${i}`);
      });
    }), { numRuns: 500 });
  });

  it('an unedited text keeps every anchor exactly where it was', () => {
    fc.assert(fc.property(scenario, ({ text, anchors }) => {
      for (const a of anchors) assert.deepEqual(locate(text, a), { start: a.start, end: a.end });
    }), { numRuns: 200 });
  });

  it('applyCorrections: every manual annotation is in the document on faithful text, or listed as an orphan, exactly once', () => {
    fc.assert(fc.property(scenario, ({ text, edited, anchors }) => {
      const sidecar: Sidecar = emptySidecar(text);
      sidecar.entities.push({ id: 'me1', type: 'PER', name: 'بوتين' });
      anchors.forEach((anchor, i) => {
        sidecar.annotations.push(i % 2
          ? { id: `md${i}`, kind: 'date', anchor, value: { relativeDays: -1 } }
          : { id: `mm${i}`, kind: 'mention', anchor, type: 'PER', entity: { id: 'me1' } });
      });
      const doc = applyCorrections(annotate(edited), sidecar, edited);
      assertDocumentInvariants(doc, edited);
      const orphans = new Map((doc.orphans ?? []).map(o => [o.id, o]));
      sidecar.annotations.forEach(a => {
        const placed = [...doc.mentions, ...doc.dates].filter(x => x.id === a.id);
        const orphan = orphans.get(a.id);
        // Never lost: each correction is placed or kept aside, exactly once.
        assert.equal(placed.length + (orphan ? 1 : 0), 1, `${a.id} appears once`);
        if (placed.length) assertFaithful(edited, a.anchor, placed[0], a.id);
        else if (orphan!.reason) assert.match(orphan!.reason, /^displaced by the later overlapping manual/, a.id);
        else assert.equal(locate(edited, a.anchor), null, `${a.id} is an orphan without a reason only when it cannot be found`);
      });
      if ([...orphans.values()].some(o => !o.reason)) assert.ok(doc.warnings?.some(w => /no longer match/.test(w)), 'orphans are announced');
      if ([...orphans.values()].some(o => o.reason)) assert.ok(doc.warnings?.some(w => /displaced by later/.test(w)), 'displaced corrections are announced');
    }), { numRuns: 300 });
  });

  it('reanchorSidecar: moved anchors are faithful; unmoved ones are orphans kept as they were', () => {
    fc.assert(fc.property(scenario, ({ text, edited, anchors }) => {
      const sidecar: Sidecar = emptySidecar(text);
      anchors.forEach((anchor, i) => sidecar.reviews.push({ id: `r${i}`, kind: 'mention', anchor, decision: 'rejected' }));
      const moved = reanchorSidecar(sidecar, edited);
      assert.equal(moved.reviews.length, anchors.length, 'no review is dropped');
      moved.reviews.forEach((r, i) => {
        const span = locate(edited, anchors[i]);
        if (span) {
          assertFaithful(edited, anchors[i], r.anchor, r.id);
          assert.equal(r.anchor.exact, edited.slice(r.anchor.start, r.anchor.end));
        } else assert.deepEqual(r.anchor, anchors[i], `${r.id}: an orphan keeps its old anchor`);
      });
    }), { numRuns: 300 });
  });
});
