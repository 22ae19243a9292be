import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { codePointToUtf16, createCodePointMap, utf16ToCodePoint } from '../../../src/core/text/offsets';
import { getFormat, exportText } from '../../../src/core/formats';
import type { AnnotationDocument } from '../../../src/core/types';

// "😀" is one code point and two UTF-16 units: everything after it shifts by one.
const TEXT = 'قال 😀 بوتين 👍🏽 اليوم';

function docWithMention(text: string, word: string): AnnotationDocument {
  const start = text.indexOf(word);
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: 'x', length: text.length, language: 'ar', headline: null, path: 'emoji.txt' },
    entities: [{ id: 'e1', type: 'PER', name: word, aliases: [] }],
    mentions: [{ id: 'm1', entity: 'e1', type: 'PER', start, end: start + word.length, text: word, origin: 'auto' }],
    quotes: [], dates: [], events: [],
  };
}

describe('UTF-16 and code point offsets', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const at = TEXT.indexOf('بوتين');
    assert.equal(at, 7);
    assert.equal(utf16ToCodePoint(TEXT, at), 6);
    assert.equal(codePointToUtf16(TEXT, 6), 7);
    assert.equal([...TEXT].slice(6, 11).join(''), 'بوتين');
  });

  it('is the identity on text without astral characters', () => {
    const map = createCodePointMap('بوتين وماكرون');
    assert.equal(map.toCodePoint(9), 9);
    assert.equal(map.toUtf16(9), 9);
    assert.equal(map.codePointLength, 13);
  });

  it('maps an offset inside a surrogate pair to the pair start', () => {
    const map = createCodePointMap('a😀b');
    assert.deepEqual([0, 1, 2, 3, 4].map(i => map.toCodePoint(i)), [0, 1, 1, 2, 3]);
    assert.deepEqual([0, 1, 2, 3].map(c => map.toUtf16(c)), [0, 1, 3, 4]);
  });

  it('round-trips every code point boundary of random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), s => {
        const map = createCodePointMap(s);
        const cps = [...s];
        let utf16 = 0;
        for (let cp = 0; cp <= cps.length; cp++) {
          assert.equal(map.toUtf16(cp), utf16);
          assert.equal(map.toCodePoint(utf16), cp);
          utf16 += cp < cps.length ? cps[cp].length : 0;
        }
      }),
    );
  });

  it('brat, Label Studio, doccano and W3C count code points after an emoji', () => {
    const doc = docWithMention(TEXT, 'بوتين');
    assert.match(exportText(getFormat('brat')!, doc, TEXT), /^T1\tPER 6 11\tبوتين$/m);
    const ls = JSON.parse(exportText(getFormat('labelstudio')!, doc, TEXT));
    assert.deepEqual([ls[0].predictions[0].result[0].value.start, ls[0].predictions[0].result[0].value.end], [6, 11]);
    assert.deepEqual(JSON.parse(exportText(getFormat('doccano')!, doc, TEXT)).label, [[6, 11, 'PER']]);
    const w3c = JSON.parse(exportText(getFormat('webanno')!, doc, TEXT));
    const sel = w3c.first.items[0].target.selector;
    assert.deepEqual(sel[1], { type: 'TextPositionSelector', start: 6, end: 11 });
    assert.equal(sel[0].exact, 'بوتين');
  });
});
