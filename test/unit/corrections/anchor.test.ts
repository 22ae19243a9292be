import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { locate, makeAnchor, reanchor } from '../../../src/core/corrections/anchor';

const TEXT = 'قال الكرملين إن بوتين وماكرون بحثا الخطوات المقبلة. وأضاف بوتين أن الوضع خطير.';

function anchorOf(text: string, word: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  return makeAnchor(text, at, at + word.length);
}

describe('re-anchoring', () => {
  it('stays put when the text is unchanged', () => {
    const a = anchorOf(TEXT, 'بوتين', 1);
    assert.deepEqual(locate(TEXT, a), { start: a.start, end: a.end });
  });

  it('follows an insertion before the annotation', () => {
    const a = anchorOf(TEXT, 'ماكرون');
    const edited = 'عاجل: ' + TEXT;
    assert.deepEqual(locate(edited, a), { start: a.start + 6, end: a.end + 6 });
  });

  it('follows a deletion before the annotation', () => {
    const a = anchorOf(TEXT, 'ماكرون');
    const edited = TEXT.replace('قال الكرملين ', '');
    const span = locate(edited, a)!;
    assert.equal(edited.slice(span.start, span.end), 'ماكرون');
    assert.equal(span.start, a.start - 'قال الكرملين '.length);
  });

  it('tells two occurrences of the same name apart by their context', () => {
    const second = anchorOf(TEXT, 'بوتين', 1);
    // Inserting a third بوتين right where the second one was would fool a position-only anchor.
    const edited = TEXT.replace('وأضاف', 'بوتين وأضاف');
    const span = locate(edited, second)!;
    assert.equal(edited.slice(span.start - 6, span.end), 'وأضاف بوتين');
  });

  it('re-anchors an edit inside the mention between its unchanged prefix and suffix', () => {
    const text = 'في بيان صادر عن وزارة الخارجية الروسية اليوم، قال وزير الخارجية سيرغي لافروف إن بلاده مستعدة للوساطة بين الطرفين المتنازعين.';
    const a = anchorOf(text, 'سيرغي لافروف');
    const edited = text.replace('سيرغي لافروف', 'سيرجي لافروف');
    const moved = reanchor(edited, a)!;
    assert.equal(moved.exact, 'سيرجي لافروف');
    assert.equal(moved.start, a.start);
  });

  it('orphans an annotation whose text and context are both gone', () => {
    const a = anchorOf(TEXT, 'ماكرون');
    assert.equal(locate('نص آخر تماما لا علاقة له بالمقالة الأصلية ولا بأي اسم فيها على الإطلاق.', a), null);
  });

  it('keeps an annotation at the very start of the text when the text after it changes', () => {
    const a = anchorOf(TEXT, 'قال');
    assert.deepEqual(locate('قال ' + TEXT.slice(4).replace('الكرملين', 'المتحدث'), a), { start: 0, end: 3 });
  });

  it('property: random edits away from an annotation keep it anchored at its shifted place', () => {
    const alphabet = fc.constantFrom(...'ابتثجح دذرز.،'.split(''));
    const chunk = fc.array(alphabet, { maxLength: 60 }).map(cs => cs.join(''));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: chunk });
    fc.assert(
      fc.property(chunk, chunk, fc.array(edit, { maxLength: 5 }), (before, after, edits) => {
        // The mention holds a character the rest never does, so it is unique.
        const mention = 'بوتين§';
        let text = before + mention + after;
        const anchor = makeAnchor(text, before.length, before.length + mention.length);
        let start = anchor.start;
        for (const e of edits) {
          const inBefore = e.at % 2 === 0;
          const left = inBefore ? 0 : start + mention.length;
          const right = inBefore ? start : text.length;
          const at = left + (right > left ? e.at % (right - left + 1) : 0);
          const remove = Math.min(e.remove, right - at);
          text = text.slice(0, at) + e.insert + text.slice(at + remove);
          if (inBefore) start += e.insert.length - remove;
        }
        const span = locate(text, anchor);
        assert.ok(span, 'still anchored');
        assert.equal(text.slice(span.start, span.end), mention);
        assert.equal(span.start, start);
      }),
      { numRuns: 300 },
    );
  });
});
