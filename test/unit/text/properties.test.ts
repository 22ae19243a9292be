import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normalizeForMatch, matchKey, PLACEHOLDER } from '../../../src/core/text/normalize';
import { tokenize, procliticSplits } from '../../../src/core/text/tokens';
import { splitParagraphs, splitSentences } from '../../../src/core/text/sentences';
import { buildContext } from '../../../src/core/text/context';

/** Characters that stress the text layer: Arabic letters, marks, digits, CR/LF, bidi, quotes, emoji. */
const pieces = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ة', 'ؤ', 'ئ', 'ء', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال', 'لل', 'م', 'ن', 'ي', 'ر',
  'ک', 'ی', 'گ', 'پ', 'ڤ', '\u064e', '\u0651', '\u0652', '\u0670', '\u0640', '٣', '۴', '٫', '.', ',', '،', '؟', '!', '؛',
  ' ', '\n', '\r\n', '\r', '\u200f', '\u200e', '\u061c', '\u202b', '\u2067', '\u200c', '«', '»', '"', '“', '”', '-',
  '😀', '👍🏽', 'A', 'z', 'É', 'İ', '3', '\ufeff', '\ud800',
];
const arbText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map(a => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('text layer properties', () => {
  it('normalizeForMatch keeps the length', () => {
    fc.assert(fc.property(arbText, s => normalizeForMatch(s).length === s.length), { numRuns: 500 });
  });

  it('tokens slice to their text and stems sit inside them', () => {
    fc.assert(fc.property(arbText, s => {
      for (const t of tokenize(s)) {
        assert.equal(s.slice(t.start, t.end), t.text);
        assert.ok(t.end > t.start);
        assert.ok(t.stemStart >= t.start && t.stemStart < t.end);
        assert.equal(t.text.slice(0, t.stemStart - t.start), t.prefix);
        assert.ok(!t.key.includes(PLACEHOLDER));
      }
    }), { numRuns: 500 });
  });

  it('proclitic splits rebuild the word', () => {
    fc.assert(fc.property(arbText, s => {
      for (const seg of procliticSplits(s)) assert.equal(seg.prefix + seg.stem, s);
    }), { numRuns: 300 });
  });

  it('paragraphs and sentences are in order, non-empty and inside the text', () => {
    fc.assert(fc.property(arbText, s => {
      for (const spans of [splitParagraphs(s), splitSentences(s)]) {
        let last = 0;
        for (const sp of spans) {
          assert.ok(sp.start >= last && sp.end > sp.start && sp.end <= s.length);
          assert.ok(!/[\r\n]/.test(s.slice(sp.start, sp.end)));
          last = sp.end;
        }
      }
    }), { numRuns: 300 });
  });

  it('buildContext keeps norm aligned with text', () => {
    fc.assert(fc.property(arbText, s => {
      const ctx = buildContext(s);
      assert.equal(ctx.norm.length, s.length);
      for (const t of ctx.tokens) assert.equal(matchKey(t.text), t.key.replace(/\s+/g, ' ').trim());
    }), { numRuns: 200 });
  });
});
