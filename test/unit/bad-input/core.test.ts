// Bad input through the core: annotate() and decodeBytes() never throw, never
// hang, and every offset still slices to its text.
import { strict as assert } from 'node:assert';
import { annotate, DEFAULT_MAX_LENGTH } from '../../../src/core/annotate';
import { decodeBytes } from '../../../src/core/text/decode';
import { assertDocumentInvariants } from './invariants';
import { PATHOLOGICAL, SENTENCE, singleLine } from './pathological';

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

interface Case {
  name: string;
  text: string;
  /** Extra checks beyond the invariants. */
  check?: (doc: ReturnType<typeof annotate>, text: string) => void;
}

const UNCLOSED_MARKS = ['«', '“', '„', '"', '″', '‹', '”'];

const CASES: Case[] = [
  { name: 'an empty text', text: '', check: d => assert.deepEqual([d.mentions.length, d.quotes.length, d.events.length, d.document.headline], [0, 0, 0, null]) },
  { name: 'only white space and line breaks', text: ' \n\r\n\r\t\u00a0\u2029\n', check: d => assert.equal(d.mentions.length, 0) },
  { name: 'only diacritics', text: '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652'.repeat(200), check: d => assert.equal(d.mentions.length, 0) },
  { name: 'diacritics and tatweel lines', text: 'ـــــ\nَُِّْ\nًٌٍ ـَـُـ\n', check: d => assert.equal(d.mentions.length, 0) },
  { name: 'CRLF line endings', text: `عنوان الخبر\r\n${SENTENCE}\r\n${SENTENCE}\r\n`, check: d => assert.ok(d.mentions.some(m => m.text === 'فلاديمير بوتين')) },
  { name: 'lone CR line endings', text: `عنوان الخبر\r${SENTENCE}\r${SENTENCE}\r`, check: d => assert.ok(d.mentions.some(m => m.text === 'فلاديمير بوتين')) },
  { name: 'mixed CR, LF, CRLF, U+2028 and U+2029', text: `أ\r${SENTENCE}\n\r\n${SENTENCE}\u2028${SENTENCE}\u2029${SENTENCE}` },
  {
    name: 'bidi marks around names',
    text: `قال \u200Fالرئيس\u200E الروسي \u202Bفلاديمير بوتين\u202C في \u2066موسكو\u2069 و\u2067باريس\u2069 و\u202Aلندن\u202C و\u202Dبرلين\u202E.`,
    check: d => assert.ok(d.mentions.some(m => m.text.includes('بوتين')), 'the name is still found'),
  },
  { name: 'bidi marks inside names', text: `قال الرئيس بو\u200Fتين وفلاد\u2066يمير\u2069 بو\u202Eتين في موس\u200Eكو\u200F.` },
  { name: 'only bidi marks', text: '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'.repeat(50) },
  {
    name: 'HTML and a script in the text',
    text: `<h1>عنوان</h1>\n<script>alert("x")</script> ${SENTENCE} <img src=x onerror=alert(1)> «<b>نرفض</b> ذلك» &amp; &lt;`,
    check: (d, t) => {
      assert.ok(d.mentions.some(m => m.text === 'فلاديمير بوتين'));
      assert.ok(t.includes('<script>'), 'the text is analysed as is');
    },
  },
  ...UNCLOSED_MARKS.map(mark => ({
    name: `an unclosed ${mark} quote`,
    text: `قال بوتين ${mark}نحن مستعدون للحوار مع الجميع\nوأضاف لافروف أن الوضع خطير.`,
    check: (d: ReturnType<typeof annotate>, t: string) => {
      for (const q of d.quotes) assert.ok(q.end <= t.indexOf('\n') || q.start > t.indexOf('\n'), 'no quote crosses the paragraph end');
    },
  })),
  { name: 'every quote mark open, nothing closed', text: '«“„"″‹‘'.repeat(300) + SENTENCE },
  { name: 'only closing marks', text: '»”″›’'.repeat(300) + SENTENCE },
  { name: 'deep nesting of «', text: '«'.repeat(5000) + SENTENCE + '»'.repeat(10) },
  { name: 'U+FFFD replacement characters', text: `\uFFFD\uFFFDقال بوتين\uFFFD «نعم\uFFFD» في موسكو\uFFFD.` },
  { name: 'lone surrogates', text: `\uD800قال بوتين \uDC00«نعم» \uDBFF في موسكو\uDFFF.\uD83D` },
  { name: 'astral letters, emoji and ZWJ sequences', text: `😀 قال 👨‍👩‍👧 بوتين «𝒜𝓇𝒶𝒷𝒾𝒸 🇷🇺» في موسكو 𐎀𐎁.` },
  { name: 'combining marks stacked on Latin and Arabic', text: `Z̴̡̛̖a̷̝l̸go ب${'\u0651\u064E'.repeat(50)}وتين Putin\u0301\u0301 met Macron.` },
  {
    name: 'English names after « and bidi marks (compromise counts them in its length)',
    text: '« Putin spoke.\n\u200F\u200F\u200FPutin met Emmanuel Macron in Paris. He said «Putin» and \u200E\u200EMacron met.\n \u200FPutin',
    check: d => assert.deepEqual(d.mentions.map(m => m.text), ['Putin', 'Putin', 'Emmanuel Macron', 'Paris', 'Putin', 'Macron', 'Putin']),
  },
  { name: 'C0 and C1 control characters', text: `\u0001\u0002قال بوتين\u0007\u001b[31m «نعم»\u0085\u009f في موسكو.` },
  // Found by the re-anchoring property test: a tagged person ending on a NUL after the last word.
  { name: 'a name run into a NUL at the very end', text: 'قال \u00abبوتين بوتين\u00bb. بوتين بو\u0000 ' },
  { name: 'the property test\'s counterexample', text: 'موسكوال »بوتينقالقالالرئيسقالال.،،بوتينلافروففروف»𐀀«." بوتين لافروفو بوتين بوتين"الرئيسموسكو" \n بوتين  بوتين \u200f«"»قالموسكو« بوتين بو\u0000 ' },
  { name: 'a single long word', text: 'ب'.repeat(200_000) },
  { name: 'a long run of punctuation', text: '،.؟!؛'.repeat(40_000) },
  { name: 'a long run of digits', text: '١٢٣٤٥6789'.repeat(20_000) },
];

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
