// Hostile texts shared by the bad-input tests and `npm run bench`, which times them.
import { strict as assert } from 'node:assert';
import type { AnnotationDocument } from '../../../src/core/types';

export const SENTENCE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن بلاده مستعدة للحوار.';

/** The sentence repeated on one line (no full stop) to exactly `n` characters. */
export function singleLine(n: number): string {
  return SENTENCE.replace('.', ' ').repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);
}

/** Texts that once took quadratic time somewhere in the pipeline: [name, about n characters of it, n]. */
export const PATHOLOGICAL: Array<[string, (n: number) => string, number]> = [
  ['a line of unclosed «', n => '«كلمة '.repeat(n / 6), 50_000],
  ['capitalised English words with no full stop', n => 'Abc Def Ghi '.repeat(n / 12), 50_000],
  ['English sentences on one line', n => 'President Vladimir Putin met Emmanuel Macron in Paris. '.repeat(n / 55), 20_000],
  ['a line of open and close marks', n => '«"“'.repeat(n / 3), 50_000],
  ['names on one line without punctuation', n => 'فلاديمير بوتين '.repeat(n / 15), 50_000],
  ['one short line per name', n => 'بوتين\n'.repeat(n / 6), 25_000],
  ['lone-CR lines without quote marks', n => 'بوتين\r'.repeat(n / 6), 100_000],
];

export interface Case {
  name: string;
  text: string;
  /** Extra checks beyond the invariants. */
  check?: (doc: AnnotationDocument, text: string) => void;
}

const UNCLOSED_MARKS = ['«', '“', '„', '"', '″', '‹', '”'];

/** Odd and hostile inputs with the checks each gets beyond the document invariants. */
export const CASES: Case[] = [
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
    check: (d: AnnotationDocument, t: string) => {
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
