// Property tests over random Unicode: whatever the text (astral characters,
// emoji, combining marks, lone surrogates, bidi marks, quote marks mixed with
// Arabic words), annotate() keeps the offset invariants and decodeBytes()
// decodes like VS Code.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { annotate } from '../../../src/core/annotate';
import { exportText, FORMAT_IDS, getFormat } from '../../../src/core/formats';
import { decodeBytes } from '../../../src/core/text/decode';
import { assertDocumentInvariants } from './invariants';

const WORDS = ['قال', 'الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'وبوتين', 'لافروف', 'وزير', 'الخارجية', 'موسكو', 'باريس',
  'أمس', 'الأحد', '27', 'أيلول/سبتمبر', 'الجاري', 'دعا', 'إلى', 'وقف', 'إطلاق', 'النار', 'مجلس', 'الأمن', 'إقليم', 'ناغورنو', 'كاراباخ',
  'Putin', 'said', 'President', 'Macron'];
const MARKS = ['«', '»', '“', '”', '„', '"', '″', '‹', '›', '‘', '’', "'", '.', '،', '؟', '!', '؛', ':', '\n', '\r\n', '\r', '\u2029'];
const ODD = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF',
  '\u064E', '\u0651', '\u0652', 'ـ', '\u0301', '\uFFFD', '\uD800', '\uDFFF', '\uD83D', '😀', '👨‍👩‍👧', '🇷🇺', '𝒜', '\u0000', '<script>', '&amp;'];

/** Any UTF-16 code unit, so lone surrogates appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c));
/** Full Unicode (fast-check 4's replacement for fullUnicodeString): astral code points included, no lone surrogates. */
const fullUnicode = fc.string({ unit: 'binary', maxLength: 12 });
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fullUnicode },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const article = fc.tuple(fc.array(piece, { maxLength: 60 }), fc.constantFrom(' ', '', ' \u200F')).map(([parts, sep]) => parts.join(sep));

describe('bad input: random Unicode (property)', function () {
  this.timeout(120_000);
  before(() => annotate('قال بوتين')); // Loads the model once.

  it('full Unicode strings: annotate never throws and offsets slice', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
      assertDocumentInvariants(annotate(text), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }), { numRuns: 300 });
  });

  it('arbitrary UTF-16 (lone surrogates): annotate never throws and offsets slice', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), text => {
      assertDocumentInvariants(annotate(text), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }), { numRuns: 300 });
  });

  it('Arabic words mixed with quote marks, line breaks, bidi marks and random Unicode keep every invariant', () => {
    fc.assert(fc.property(article, fc.constantFrom<'auto' | 'ar' | 'en'>('auto', 'ar', 'en'), (text, language) => {
      assertDocumentInvariants(annotate(text, { language }), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }), { numRuns: 400 });
  });

  it('inserting bidi marks or diacritics never breaks the offsets of the names found', () => {
    fc.assert(fc.property(article, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD.slice(0, 16))), { maxLength: 8 }), (base, inserts) => {
      let text = base;
      for (const [at, s] of inserts) {
        const i = text.length ? at % (text.length + 1) : 0;
        text = text.slice(0, i) + s + text.slice(i);
      }
      assertDocumentInvariants(annotate(text), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }), { numRuns: 200 });
  });

  it('decodeBytes: random bytes never throw; U+FFFD count is reported; text is what a UTF-8 decoder gives', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), bytes => {
      const d = decodeBytes(bytes);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      assert.equal(d.hadBom, bom);
      assert.equal(d.text, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes));
      const body = Buffer.from(bom ? bytes.subarray(3) : bytes);
      let genuine = 0;
      for (let i = body.indexOf('\uFFFD'); i >= 0; i = body.indexOf('\uFFFD', i + 1)) genuine++;
      assert.equal(d.invalidSequences, [...d.text].filter(c => c === '\uFFFD').length - genuine, 'only decoding errors count');
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(d.text), 'no lone surrogates');
      if (bytes.includes(0)) assert.equal(d.binary, true);
      if (!d.binary) assertDocumentInvariants(annotate(d.text), d.text);
    }), { numRuns: 300 });
  });

  it('decodeBytes: any Unicode text round-trips through UTF-8, a leading BOM removed', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.constant('\uFFFDبوتين\uFFFD'), article.map(s => s.replace(/[\uD800-\uDFFF]/g, ''))), fc.boolean(), (text, bom) => {
      const bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
      const d = decodeBytes(bytes);
      assert.equal(d.text, bom ? text : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      assert.equal(d.invalidSequences, 0, 'well-formed UTF-8 has no invalid sequences, even with U+FFFD in it');
    }), { numRuns: 300 });
  });
});

describe('bad input: every export format on random Unicode (property)', function () {
  this.timeout(120_000);
  it('no format throws, and JSON-based formats stay valid JSON', () => {
    fc.assert(fc.property(article, text => {
      const doc = annotate(text);
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      for (const id of FORMAT_IDS) {
        const out = exportText(getFormat(id)!, doc, body);
        assert.equal(typeof out, 'string', id);
        if (id === 'json' || id === 'webanno' || id === 'labelstudio') JSON.parse(out);
        if (id === 'jsonl' || id === 'doccano' || id === 'plover') out.split('\n').filter(Boolean).forEach(l => JSON.parse(l));
      }
    }), { numRuns: 150 });
  });
});
