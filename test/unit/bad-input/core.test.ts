// Bad input through the core: annotate() and decodeBytes() never throw, never
// hang, and every offset still slices to its text.
import { strict as assert } from 'node:assert';
import { annotate, DEFAULT_MAX_LENGTH } from '../../../src/core/annotate';
import { decodeBytes } from '../../../src/core/text/decode';
import { assertDocumentInvariants } from './invariants';
import { CASES, PATHOLOGICAL, SENTENCE, singleLine } from './hostile-texts';

const enc = (s: string) => Buffer.from(s, 'utf8');

/**
 * Runs annotate() on `text` and checks the invariants. How long it takes is `npm run bench`'s
 * business; mocha's timeouts only stop a hang.
 */
function annotated(text: string) {
  const doc = annotate(text);
  assertDocumentInvariants(doc, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return doc;
}

const mentionTexts = (text: string) => annotate(text).mentions.map(m => m.text);

describe('bad input: annotate()', function () {
  this.timeout(300_000);
  before(() => annotate(SENTENCE)); // Loads the model and knowledge base once.

  for (const c of CASES) {
    it(`${c.name}: no throw, offsets slice`, () => {
      const doc = annotated(c.text);
      c.check?.(doc, c.text);
    });
  }

  it('marks each kind of unclosed quote as unclosed and stops it at the paragraph end', () => {
    for (const mark of ['«', '“', '„', '‹']) {
      const text = `قال بوتين ${mark}نحن مستعدون للحوار مع الجميع\nوأضاف لافروف أن الوضع خطير.`;
      const q = annotated(text).quotes.find(x => x.unclosed);
      assert.ok(q, `an unclosed ${mark} quote is found`);
      assert.equal(q.end, text.indexOf('\n'), `${mark}: ends at the paragraph end`);
    }
  });

  it('a BOM is removed and every offset is relative to the text without it', () => {
    const text = `عنوان\n${SENTENCE}`;
    const withBom = annotate('\uFEFF' + text);
    const without = annotate(text);
    assertDocumentInvariants(withBom, text);
    assert.equal(withBom.document.length, text.length);
    assert.deepEqual(withBom.mentions, without.mentions);
    assert.deepEqual(withBom.document.sha256, without.document.sha256);
  });

  it('CRLF and lone CR keep the same names as LF, at offsets in their own text', () => {
    const lf = `عنوان الخبر\n${SENTENCE}\n${SENTENCE}`;
    const names = mentionTexts(lf);
    for (const eol of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, eol);
      assert.deepEqual(mentionTexts(text), names, JSON.stringify(eol));
    }
  });

  it('a text over the size limit is refused at once with a clear warning', () => {
    const text = 'قال بوتين '.repeat(Math.ceil((DEFAULT_MAX_LENGTH + 1) / 10));
    const doc = annotated(text);
    assert.deepEqual([doc.mentions.length, doc.events.length], [0, 0]);
    assert.match(doc.warnings?.[0] ?? '', /^Not analysed: \d+ characters is over the limit of 5000000\.$/);
  });

  it('a 20 MB single line is refused', () => {
    const text = singleLine(20_000_000);
    const doc = annotated(text);
    assert.equal(doc.document.length, 20_000_000);
    assert.equal(doc.mentions.length, 0);
    assert.match(doc.warnings?.[0] ?? '', /over the limit/);
  });

  it('a single line of 1.5M characters below the limit is analysed', () => {
    // Whether 10x the line takes about 10x the time is a figure of `npm run bench`.
    const small = annotated(singleLine(150_000));
    const doc = annotated(singleLine(1_500_000));
    assert.ok(doc.mentions.length > 1000, 'the long line is analysed');
    assert.ok(doc.mentions.length > 9 * small.mentions.length, `${doc.mentions.length} mentions in 10x the line, ${small.mentions.length} in 1x`);
  });
});

describe('bad input: texts that once took quadratic time', function () {
  // A hang guard: the quadratic passes these texts once hit took minutes at 4n. Whether 4x the
  // text takes about 4x the time is a figure of `npm run bench`.
  this.timeout(300_000);
  for (const [name, make, n] of PATHOLOGICAL) {
    it(`${name}: 4x the text, no throw, offsets slice`, () => {
      annotated(make(n));
      annotated(make(4 * n));
    });
  }
});

describe('bad input: decodeBytes()', () => {
  it('an empty file decodes to an empty text, not binary', () => {
    assert.deepEqual(decodeBytes(new Uint8Array()), { text: '', binary: false, hadBom: false, invalidSequences: 0 });
  });

  for (const [name, bytes] of [
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['a NUL byte after Arabic text', Buffer.concat([enc(SENTENCE), Buffer.from([0]), enc(SENTENCE)])],
    ['a zip header', Buffer.from('PK\u0003\u0004\u0014\u0000\u0008\u0000', 'latin1')],
    ['control bytes without NUL', Buffer.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 0x41][i % 4]))],
    ['UTF-16LE text (NUL high bytes)', Buffer.from('\uFEFFhello world', 'utf16le')],
  ] as const) {
    it(`${name} is detected as binary`, () => assert.equal(decodeBytes(bytes).binary, true));
  }

  it('text with tabs, CR, LF, form feed and ESC is not binary', () => {
    assert.equal(decodeBytes(enc(`${SENTENCE}\t\r\n\f\u001b[0m\v`.repeat(20))).binary, false);
  });

  it('invalid UTF-8 becomes U+FFFD and offsets of the text after it are still right', () => {
    const bytes = Buffer.concat([enc('قال '), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), enc(' ' + SENTENCE)]);
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.binary, false);
    assert.ok(decoded.invalidSequences >= 3, `${decoded.invalidSequences} replacements`);
    assert.equal(decoded.text, new TextDecoder().decode(bytes));
    const doc = annotated(decoded.text);
    const putin = doc.mentions.find(m => m.text === 'فلاديمير بوتين');
    assert.ok(putin, 'the name after the bad bytes is found');
    assert.equal(putin.start, decoded.text.indexOf('فلاديمير بوتين'));
  });

  it('a U+FFFD written in the file is text, not an invalid sequence', () => {
    const decoded = decodeBytes(Buffer.concat([enc('\uFFFDبوتين\uFFFD'), Buffer.from([0xef]), enc('\uFFFD')]));
    assert.deepEqual([decoded.text, decoded.invalidSequences], ['\uFFFDبوتين\uFFFD\uFFFD\uFFFD', 1]);
  });

  it('a truncated multi-byte character at the end becomes one U+FFFD', () => {
    const decoded = decodeBytes(Buffer.concat([enc('بوتين'), Buffer.from([0xd8])]));
    assert.deepEqual([decoded.text, decoded.invalidSequences], ['بوتين\uFFFD', 1]);
  });

  it('encoded lone surrogates (CESU) decode to U+FFFD, not to surrogates', () => {
    const decoded = decodeBytes(Buffer.from([0xed, 0xa0, 0x80, 0x41]));
    assert.ok(!/[\uD800-\uDFFF]/.test(decoded.text));
    assert.ok(decoded.invalidSequences >= 1);
  });

  it('a BOM is removed and reported; a BOM alone is an empty text', () => {
    const decoded = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(SENTENCE)]));
    assert.deepEqual([decoded.text, decoded.hadBom], [SENTENCE, true]);
    assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf])), { text: '', binary: false, hadBom: true, invalidSequences: 0 });
    // Only the first BOM is the encoding's; a second one is text.
    assert.equal(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).text, '\uFEFFA');
  });

  it('decodes 20 MB of text', () => {
    // How long it takes is a figure of `npm run bench`.
    const bytes = enc(SENTENCE.repeat(Math.ceil(20_000_000 / Buffer.byteLength(SENTENCE))));
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.binary, false);
    assert.equal(decoded.text.length, SENTENCE.length * Math.ceil(20_000_000 / Buffer.byteLength(SENTENCE)));
  });
});
